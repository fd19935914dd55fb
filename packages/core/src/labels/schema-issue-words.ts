// What a schema says of bad input in its own words (zod's issues), in English: the words core gives every
// ValidationError's issues (validation.ts), and the shape every other language follows (the SDK's
// cy-schema-issues.ts, worded from zod's issues, which the error keeps as its cause; the subject words
// only rewording needs are the SDK's, schema-subjects.ts). Plain words for the person who wrote the
// input (an answers file, a record to import), not zod's: "text", not "string". A path stays as it is;
// a message our schemas give themselves ("give the policy a title") is worded by core's catalogue
// (`schemaSaidIn`).

import { type SchemaWords, schemaSaidIn } from './schema-words.js';

/** A bound worded before its limit and unit: "at most 300 characters", "at least 1". */
const before =
  (words: string) =>
  ({ limit, unit }: IssueBound) =>
    unit ? `${words} ${limit} ${unit}` : `${words} ${limit}`;

export const englishSchemaIssues = {
  /** A type as zod names it, by name, as a person writing JSON would say it. */
  types: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object { … }',
    array: 'a list [ … ]',
    null: 'null',
    date: 'a date',
    bigint: 'a whole number',
    value: 'a value',
  } as Readonly<Record<string, string>>,
  missing: ({ expected }: { expected: string }) => `missing: give ${expected}`,
  wrongType: ({ expected, received }: { expected: string; received: string }) =>
    `give ${expected}, not ${received}`,
  notValue: ({ expected }: { expected: string }) => `give ${expected}`,
  notOption: ({ options }: { options: string }) => `give one of ${options}`,
  tooLong: ({ bound }: { origin: string; bound: string }) => `too long: give ${bound}`,
  tooShort: ({ bound }: { origin: string; bound: string }) => `too short: give ${bound}`,
  tooBig: ({ bound }: { origin: string; bound: string }) => `too big: give ${bound}`,
  tooSmall: ({ bound }: { origin: string; bound: string }) => `too small: give ${bound}`,
  /** A size's or a number's limit in words, by how the value stands to it: "at least 1 item". */
  bounds: {
    atLeast: before('at least'),
    moreThan: before('more than'),
    atMost: before('at most'),
    lessThan: before('less than'),
    exactly: before('exactly'),
  },
  /** A size's unit, by origin: for one, and for any other number. */
  units: {
    string: ['character', 'characters'],
    array: ['item', 'items'],
    set: ['item', 'items'],
    map: ['entry', 'entries'],
    file: ['byte', 'bytes'],
  } as Readonly<Record<string, readonly [one: string, other: string]>>,
  pattern: ({ pattern }: { pattern: string }) => `must match the pattern ${pattern}`,
  format: ({ format }: { format: string }) => `give ${format}`,
  /** A format's name, by zod's id (`datetime`, `email`…). */
  formats: {
    datetime: 'a date and time such as 2026-03-31T09:00:00Z',
    date: 'a date such as 2026-03-31',
    email: 'an email address',
    url: 'a web address',
  } as Readonly<Record<string, string>>,
  unknownKeys: ({ keys }: { keys: string }) => `not a field here: ${keys} (check its spelling, or remove it)`,
  invalid: 'not valid',
};

export type SchemaIssueWords = typeof englishSchemaIssues;

/** A limit, and the unit of a size (empty for a number). */
export interface IssueBound {
  limit: string;
  unit: string;
}

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
        : words.notOption({ options: listed(issue.values ?? [], ', ') });
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = String(big ? issue.maximum : issue.minimum);
      const relation = relationOf(big, issue.inclusive, issue.exact);
      const origin = issue.origin ?? 'value';
      const units = words.units[origin];
      const unit = units ? units[limit === '1' ? 0 : 1] : '';
      const values = { origin: type(origin), bound: words.bounds[relation]({ limit, unit }) };
      if (units) return big ? words.tooLong(values) : words.tooShort(values);
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

/** How a value must stand to the limit zod names: at most it, less than it, exactly it… */
function relationOf(big: boolean, inclusive = false, exact = false): keyof SchemaIssueWords['bounds'] {
  if (exact) return 'exactly';
  if (big) return inclusive ? 'atMost' : 'lessThan';
  return inclusive ? 'atLeast' : 'moreThan';
}
