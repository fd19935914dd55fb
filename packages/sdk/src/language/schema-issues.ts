// The words of a schema's validation issues (what zod says of bad input), in English as zod's own locale
// words them: the shape the Welsh follows (cy-schema-issues.ts). A path stays as it is; a message our
// schemas give themselves ("give the policy a title") is worded by core's catalogue (`schemaSaidIn`).

import { type SchemaWords, schemaSaidIn } from '@eqia/core/light';

export const englishSchemaIssues = {
  notValid: ({ what }: { what: string }) => `${what} is not valid:`,
  /** What core names the thing parsed (`what`), by its English: another language says it its way. */
  subjects: Object.fromEntries(
    [
      'The assessment',
      'The assessment record',
      'The profile',
      'The export',
      'The event',
      'The snapshot',
      'The change to the objective',
      'The evidence item',
      'The data gap',
      'The impact',
      'The action',
      'The analysis of a characteristic',
      'The baseline',
      'The answers file',
      'The CSV',
      'The population CSV',
      'The baseline CSV',
      'The workforce CSV',
      'The caseload CSV',
      'The pay gap CSV',
    ].map((subject) => [subject, subject]),
  ) as Readonly<Record<string, string>>,
  /** A type as zod names it, by name. */
  types: Object.fromEntries(
    ['string', 'number', 'boolean', 'object', 'array', 'null', 'date', 'bigint', 'value'].map((type) => [
      type,
      type,
    ]),
  ) as Readonly<Record<string, string>>,
  missing: ({ expected }: { expected: string }) => `Invalid input: expected ${expected}, received undefined`,
  wrongType: ({ expected, received }: { expected: string; received: string }) =>
    `Invalid input: expected ${expected}, received ${received}`,
  notValue: ({ expected }: { expected: string }) => `Invalid input: expected ${expected}`,
  notOption: ({ options }: { options: string }) => `Invalid option: expected one of ${options}`,
  tooLong: ({ origin, bound }: { origin: string; bound: string }) =>
    `Too big: expected ${origin} to have ${bound}`,
  tooShort: ({ origin, bound }: { origin: string; bound: string }) =>
    `Too small: expected ${origin} to have ${bound}`,
  tooBig: ({ origin, bound }: { origin: string; bound: string }) =>
    `Too big: expected ${origin} to be ${bound}`,
  tooSmall: ({ origin, bound }: { origin: string; bound: string }) =>
    `Too small: expected ${origin} to be ${bound}`,
  /** A size's unit, by origin. */
  units: { string: 'characters', array: 'items', set: 'items', map: 'entries', file: 'bytes' } as Readonly<
    Record<string, string>
  >,
  pattern: ({ pattern }: { pattern: string }) => `Invalid string: must match pattern ${pattern}`,
  format: ({ format }: { format: string }) => `Invalid ${format}`,
  /** A format's name, by zod's id (`datetime`, `email`…). */
  formats: { datetime: 'ISO datetime', date: 'ISO date', email: 'email address', url: 'URL' } as Readonly<
    Record<string, string>
  >,
  unknownKeys: ({ keys }: { keys: string }) => `Unrecognized key(s): ${keys}`,
  invalid: 'Invalid input',
};

export type SchemaIssueWords = typeof englishSchemaIssues;

/** One issue as zod reports it: the fields the words use. */
interface Issue {
  code: string;
  message: string;
  params?: { said?: { id: string; values: Record<string, string> } };
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  exact?: boolean;
  values?: readonly unknown[];
  format?: string;
  pattern?: string;
  keys?: readonly string[];
  issues?: readonly Issue[];
}

// zod's own English starts so; any other message is one a schema gave itself: core words it, else it
// is kept as it is.
const zodsOwn = /^(Invalid|Too (big|small):|Unrecognized key)/;
const name = (words: Readonly<Record<string, string>>, key: string) => words[key] ?? key;
const listed = (values: readonly unknown[], separator: string) =>
  values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value))).join(separator);

/** An issue's message in these words, or in `says` when a schema worded it itself. */
export function issueMessage(issue: Issue, words: SchemaIssueWords, says: SchemaWords): string {
  if (issue.code === 'invalid_key' && issue.issues?.[0]) return issueMessage(issue.issues[0], words, says);
  if (!zodsOwn.test(issue.message)) return schemaSaidIn(issue, says) ?? issue.message;
  const type = (id: string) => name(words.types, id);
  switch (issue.code) {
    case 'invalid_type': {
      const received = / received (\w+)$/.exec(issue.message)?.[1] ?? 'undefined';
      const expected = type(issue.expected ?? '');
      return received === 'undefined'
        ? words.missing({ expected })
        : words.wrongType({ expected, received: type(received) });
    }
    case 'invalid_value':
      return issue.values?.length === 1
        ? words.notValue({ expected: listed(issue.values, '') })
        : words.notOption({ options: listed(issue.values ?? [], '|') });
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = String(big ? issue.maximum : issue.minimum);
      const relation = issue.exact ? '' : big ? (issue.inclusive ? '<=' : '<') : issue.inclusive ? '>=' : '>';
      const origin = issue.origin ?? 'value';
      const unit = words.units[origin];
      const bound = unit ? `${relation}${limit} ${unit}` : `${relation}${limit}`;
      const values = { origin: type(origin), bound };
      if (unit) return big ? words.tooLong(values) : words.tooShort(values);
      return big ? words.tooBig(values) : words.tooSmall(values);
    }
    case 'invalid_format':
      return issue.format === 'regex'
        ? words.pattern({ pattern: issue.pattern ?? '' })
        : words.format({ format: name(words.formats, issue.format ?? '') });
    case 'unrecognized_keys':
      return words.unknownKeys({ keys: listed(issue.keys ?? [], ', ') });
    default:
      return words.invalid;
  }
}
