import { type Told, ValidationError, type ValidationIssue } from '../errors.js';
import { csvTold } from '../labels/csv-words.js';
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
  const lines: number[] = [];
  const fail = (line: number, said: { message: string; told: Told }): void => {
    const where = csvTold('at', { line: String(line) });
    lines.push(line);
    issues.push({ path: where.message, where: where.told, ...said });
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
      fail(line, csvTold('quoteOpen'));
      continue;
    }
    if (!headerSeen) {
      headerSeen = true;
      if (fields.map((f) => f.trim().toLowerCase()).join(',') !== 'category,count') {
        fail(line, csvTold('countsHeader', { found: raw.trim() }));
      }
      continue;
    }
    if (fields.length !== 2) {
      fail(line, csvTold('countsFields', { count: String(fields.length) }));
      continue;
    }
    const name = (fields[0] ?? '').trim();
    const count = parseCount((fields[1] ?? '').trim(), (said) => fail(line, said));
    if (count === undefined) continue;
    const key = normalise(name);
    if (notKnownNames.includes(key)) {
      if (notKnown) {
        fail(line, csvTold('notKnownAgain', { first: String(notKnown.line) }));
        continue;
      }
      notKnown = { line, count };
    } else if (key === 'total') {
      if (statedTotal) {
        fail(line, csvTold('totalAgain', { first: String(statedTotal.line) }));
        continue;
      }
      statedTotal = { line, count };
    } else {
      const match = (entries: readonly { id: string; label: string }[]) =>
        entries.find((entry) => entry.id === key || normalise(entry.label) === key)?.id;
      rows.push({ line, name, count, category: match(set.categories), group: match(set.groups) });
    }
  }

  if (!headerSeen) fail(1, csvTold('countsEmpty'));
  else if (rows.length === 0 && issues.length === 0) fail(1, csvTold('noCounts'));

  const level = levelOf(rows);
  const counts: Record<string, number> = {};
  const firstLine: Record<string, number> = {};
  for (const row of rows) {
    const id = level === 'categories' ? row.category : row.group;
    if (id === undefined) {
      const other = level === 'categories' ? row.group : row.category;
      if (other !== undefined) {
        const id = level === 'categories' ? 'groupAmongCategories' : 'categoryAmongGroups';
        fail(row.line, csvTold(id, { name: row.name }));
      } else {
        fail(row.line, unknownCategory(row.name, set));
      }
      continue;
    }
    if (firstLine[id] !== undefined) {
      const again = level === 'groups' ? 'groupAgain' : 'categoryAgain';
      fail(row.line, csvTold(again, { name: row.name, first: String(firstLine[id]) }));
      continue;
    }
    firstLine[id] = row.line;
    counts[id] = row.count;
  }

  if (statedTotal && issues.length === 0) {
    const known = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const sum = known + (notKnown?.count ?? 0);
    if (sum !== statedTotal.count) {
      const totals = { stated: String(statedTotal.count), sum: String(sum) };
      fail(
        statedTotal.line,
        notKnown
          ? csvTold('totalDiffersNotKnown', { ...totals, notKnown: String(notKnown.count) })
          : csvTold('totalDiffers', totals),
      );
    }
  }
  if (issues.length) {
    const order = issues.map((_, index) => index).sort((a, b) => (lines[a] ?? 0) - (lines[b] ?? 0));
    const { message, told } = csvTold('csvUnreadable', { what });
    throw new ValidationError(
      message,
      order.map((index) => issues[index] as ValidationIssue),
      { told },
    );
  }

  const characteristic = details.characteristic ?? characteristicForSet(set.id);
  if (!characteristic) {
    const { message, told } = csvTold('noCharacteristicForSet', { set: set.id });
    throw new ValidationError(message, [], { told });
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

function parseCount(text: string, fail: (said: { message: string; told: Told }) => void): number | undefined {
  if (/^\d+$/.test(text) || /^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replaceAll(',', ''));
  if (text === '') fail(csvTold('countEmpty'));
  else if (/^-\s*\d/.test(text)) fail(csvTold('countNegative', { count: text }));
  else fail(csvTold('countNotWhole', { count: text }));
  return undefined;
}

/** A row that names no category or group of the set: the ids it may use. */
function unknownCategory(name: string, set: CensusCategorySet): { message: string; told: Told } {
  const values = { name, set: set.id, categories: set.categories.map((category) => category.id).join(', ') };
  if (set.groups.length === 0) return csvTold('unknownCategory', values);
  const groups = set.groups.map((group) => group.id).join(', ');
  return csvTold('unknownCategoryOrGroup', { ...values, groups });
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
