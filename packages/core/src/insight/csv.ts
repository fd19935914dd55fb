import { ValidationError, type ValidationIssue } from '../errors.js';
import type { CensusCategorySet } from '../schema/profile.js';
import { parseWith } from '../validation.js';
import { characteristicForSet, findCategorySet } from './categories.js';
import { type CategoryLevel, type Population, PopulationProfile } from './dataset.js';

/** What the CSV does not say: which set its categories come from, and whose counts they are. */
export interface CsvProfileDetails {
  /** The census set id, such as `ethnic_group`. */
  categorySet: string;
  /** Defaults to the catalogue characteristic the set describes (ethnic_group → race). */
  characteristic?: string;
  population: Population;
  period: string;
  area: string;
  source?: string;
  /** Where to find the set; defaults to the catalogue's. */
  categorySets?: readonly CensusCategorySet[];
}

/** Row names that mean "not known / prefer not to say" (compared in lower case). */
const notKnownNames = [
  'not_known',
  'not known',
  'prefer not to say',
  'not known / prefer not to say',
  'not stated',
  'unknown',
];

interface CountRow {
  line: number;
  name: string;
  count: number;
  category: string | undefined;
  group: string | undefined;
}

/**
 * Read a profile from CSV text (see docs/insight.md): a `category,count` header, then one row per
 * census category or group (its id or its label), an optional `not_known` row and an optional `total`
 * row that must equal the sum. Blank lines and lines starting with `#` are skipped. Every problem is
 * reported at once, each naming its line.
 */
export function parsePopulationCsv(
  text: string,
  details: CsvProfileDetails,
  what = 'The CSV',
): PopulationProfile {
  const set = findCategorySet(details.categorySet, details.categorySets);
  const issues: ValidationIssue[] = [];
  const fail = (line: number, message: string): void => {
    issues.push({ path: `line ${line}`, message });
  };
  const rows: CountRow[] = [];
  let notKnown: { line: number; count: number } | undefined;
  let statedTotal: { line: number; count: number } | undefined;
  let headerSeen = false;

  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const fields = splitCsvLine(raw);
    if (!fields) {
      fail(line, 'a quote is not closed: wrap a label in "double quotes" and close them');
      continue;
    }
    if (!headerSeen) {
      headerSeen = true;
      if (fields.map((f) => f.trim().toLowerCase()).join(',') !== 'category,count') {
        fail(line, `the first line must be the header "category,count", not "${raw.trim()}"`);
      }
      continue;
    }
    if (fields.length !== 2) {
      fail(
        line,
        `expected 2 fields (category,count) but found ${fields.length}: quote a label or number that contains a comma`,
      );
      continue;
    }
    const name = (fields[0] ?? '').trim();
    const count = parseCount((fields[1] ?? '').trim(), (message) => fail(line, message));
    if (count === undefined) continue;
    const key = normalise(name);
    if (notKnownNames.includes(key)) {
      if (notKnown) {
        fail(line, `"not known" is given again (first on line ${notKnown.line}): add them into one row`);
        continue;
      }
      notKnown = { line, count };
    } else if (key === 'total') {
      if (statedTotal) {
        fail(line, `the total is given again (first on line ${statedTotal.line})`);
        continue;
      }
      statedTotal = { line, count };
    } else {
      const match = (entries: readonly { id: string; label: string }[]) =>
        entries.find((entry) => entry.id === key || normalise(entry.label) === key)?.id;
      rows.push({ line, name, count, category: match(set.categories), group: match(set.groups) });
    }
  }

  if (!headerSeen) fail(1, 'the file is empty: start with the header "category,count"');
  else if (rows.length === 0 && issues.length === 0) fail(1, 'there are no counts under the header');

  const level = levelOf(rows);
  const counts: Record<string, number> = {};
  const firstLine: Record<string, number> = {};
  for (const row of rows) {
    const id = level === 'categories' ? row.category : row.group;
    if (id === undefined) {
      const other = level === 'categories' ? row.group : row.category;
      if (other !== undefined) {
        fail(
          row.line,
          `"${row.name}" is a ${level === 'categories' ? 'broad group' : 'category'} but the other rows are ${level}: use one level throughout`,
        );
      } else {
        fail(
          row.line,
          `unknown category "${row.name}": use an id or label from "${set.id}": ${validNames(set)}`,
        );
      }
      continue;
    }
    if (firstLine[id] !== undefined) {
      fail(
        row.line,
        `"${row.name}" is listed again (first on line ${firstLine[id]}): give each ${level === 'groups' ? 'group' : 'category'} once`,
      );
      continue;
    }
    firstLine[id] = row.line;
    counts[id] = row.count;
  }

  if (statedTotal && issues.length === 0) {
    const known = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const sum = known + (notKnown?.count ?? 0);
    if (sum !== statedTotal.count) {
      const including = notKnown ? ` (${notKnown.count} of them not known)` : '';
      fail(
        statedTotal.line,
        `the stated total ${statedTotal.count} does not match the rows, which add up to ${sum}${including}: check the counts or the total`,
      );
    }
  }
  if (issues.length) {
    const byLine = (issue: ValidationIssue) => Number(issue.path.slice('line '.length));
    throw new ValidationError(
      `${what} cannot be read:`,
      issues.toSorted((a, b) => byLine(a) - byLine(b)),
    );
  }

  const characteristic = details.characteristic ?? characteristicForSet(set.id);
  if (!characteristic) {
    throw new ValidationError(
      `No characteristic uses the census set "${set.id}": say which characteristic the counts describe.`,
    );
  }
  return parseWith(
    PopulationProfile,
    {
      population: details.population,
      characteristic,
      categorySet: set.id,
      level,
      period: details.period,
      area: details.area,
      source: details.source ?? '',
      counts,
      ...(notKnown ? { notKnown: notKnown.count } : {}),
    },
    what,
  );
}

/** Categories when every row names one; else groups when every row names one; else the likelier. */
function levelOf(rows: readonly CountRow[]): CategoryLevel {
  const categories = rows.filter((row) => row.category !== undefined).length;
  const groups = rows.filter((row) => row.group !== undefined).length;
  if (categories === rows.length) return 'categories';
  if (groups === rows.length) return 'groups';
  return groups > categories ? 'groups' : 'categories';
}

function parseCount(text: string, fail: (message: string) => void): number | undefined {
  if (/^\d+$/.test(text) || /^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replaceAll(',', ''));
  if (text === '') fail('the count is empty: write 0 if there is nobody in this category');
  else if (/^-\s*\d/.test(text)) fail(`the count ${text} is negative: a count of people is 0 or more`);
  else fail(`"${text}" is not a whole number: write counts as digits, such as 12 or 1,204`);
  return undefined;
}

function validNames(set: CensusCategorySet): string {
  const categories = set.categories.map((category) => category.id).join(', ');
  if (set.groups.length === 0) return categories;
  return `${categories}; or its groups: ${set.groups.map((group) => group.id).join(', ')}`;
}

const normalise = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Split one CSV line, honouring "double quotes" (with "" for a quote inside). `undefined`: unclosed quote. */
export function splitCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}
