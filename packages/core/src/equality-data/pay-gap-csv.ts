import { ValidationError, type ValidationIssue } from '../errors.js';
import { splitCsvLine } from '../insight/csv.js';
import { parseWith } from '../validation.js';
import {
  type PayGapData,
  type PayGapDimension,
  PayGapData as PayGapSchema,
  payGapGroups,
  payQuartiles,
} from './equality-data.js';

/** What the CSV does not say: which comparison it is, and when the snapshot was taken. */
export interface PayGapDetails {
  dimension: PayGapDimension;
  period: string;
  snapshotDate: string;
  narrative?: string;
  source?: string;
}

/** Quartile shares are published rounded to one decimal, so a pair may miss 100 by this much. */
const ROUNDING = 0.2;

/** The measure names a pay gap CSV of this dimension may use, each with whether it must be given. */
export function payGapMeasures(dimension: PayGapDimension): { name: string; required: boolean }[] {
  const { reference, comparison } = payGapGroups[dimension];
  return [
    { name: 'mean_hourly_gap', required: true },
    { name: 'median_hourly_gap', required: true },
    { name: 'mean_bonus_gap', required: false },
    { name: 'median_bonus_gap', required: false },
    { name: `bonus_paid_${reference}`, required: true },
    { name: `bonus_paid_${comparison}`, required: true },
    ...payQuartiles.flatMap((quartile) => [
      { name: `${quartile}_quartile_${reference}`, required: true },
      { name: `${quartile}_quartile_${comparison}`, required: true },
    ]),
  ];
}

/**
 * Read pay gap figures from CSV text (see docs/equality-lead.md): a `measure,value` header, then one row
 * per measure, each a percentage (a trailing `%` is allowed; gaps may be negative). Blank lines and lines
 * starting with `#` are skipped. Every problem is reported at once, naming its line and column.
 */
export function parsePayGapCsv(text: string, details: PayGapDetails, what = 'The CSV'): PayGapData {
  const { reference, comparison } = payGapGroups[details.dimension];
  const measures = payGapMeasures(details.dimension);
  const issues: ValidationIssue[] = [];
  const fail = (line: number, column: string | undefined, message: string) => {
    issues.push({ path: column ? `line ${line}, column ${column}` : `line ${line}`, message });
  };
  const values = new Map<string, { line: number; value: number }>();
  // Measures given with a bad value: their error is enough, without a second one saying they are missing.
  const given = new Set<string>();
  let headerSeen = false;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const fields = splitCsvLine(raw);
    if (!fields) {
      fail(line, undefined, 'a quote is not closed: close the "double quotes"');
      continue;
    }
    if (!headerSeen) {
      headerSeen = true;
      if (fields.map((field) => field.trim().toLowerCase()).join(',') !== 'measure,value')
        fail(line, undefined, `the first line must be the header "measure,value", not "${raw.trim()}"`);
      continue;
    }
    if (fields.length !== 2) {
      fail(line, undefined, `expected 2 fields (measure,value) but found ${fields.length}`);
      continue;
    }
    const name = (fields[0] ?? '').trim().toLowerCase();
    if (!measures.some((measure) => measure.name === name)) {
      fail(
        line,
        'measure',
        `unknown measure "${fields[0]?.trim()}" for a ${details.dimension} pay gap: use one of ${measures.map((m) => m.name).join(', ')}`,
      );
      continue;
    }
    const first = values.get(name);
    if (first) {
      fail(line, 'measure', `"${name}" is given again (first on line ${first.line}): give each measure once`);
      continue;
    }
    given.add(name);
    const value = parsePercent((fields[1] ?? '').trim());
    if (typeof value === 'string') {
      fail(line, 'value', value);
      continue;
    }
    if (!name.endsWith('_gap') && (value < 0 || value > 100)) {
      fail(line, 'value', `${value} is not a percentage of a group: give a value from 0 to 100`);
      continue;
    }
    values.set(name, { line, value });
  }
  if (!headerSeen) fail(1, undefined, 'the file is empty: start with the header "measure,value"');
  else {
    const missing = measures.filter((measure) => measure.required && !given.has(measure.name));
    for (const measure of missing)
      issues.push({ path: 'missing', message: `add a row "${measure.name},<percent>"` });
  }
  for (const quartile of payQuartiles) {
    const a = values.get(`${quartile}_quartile_${reference}`);
    const b = values.get(`${quartile}_quartile_${comparison}`);
    if (a && b && Math.abs(a.value + b.value - 100) > ROUNDING)
      fail(
        b.line,
        'value',
        `the ${quartile.replace('_', ' ')} quartile's shares (${a.value} on line ${a.line} and ${b.value}) add up to ${round(a.value + b.value)}, not 100: check both`,
      );
  }
  if (issues.length) throw new ValidationError(`${what} cannot be read:`, issues);

  const value = (name: string) => values.get(name)?.value as number;
  const optional = (name: string) => (values.has(name) ? value(name) : undefined);
  const shares = (prefix: string) => ({
    reference: value(`${prefix}${reference}`),
    comparison: value(`${prefix}${comparison}`),
  });
  const meanBonusGap = optional('mean_bonus_gap');
  const medianBonusGap = optional('median_bonus_gap');
  return parseWith(
    PayGapSchema,
    {
      kind: 'pay_gap',
      dimension: details.dimension,
      period: details.period,
      snapshotDate: details.snapshotDate,
      meanHourlyGap: value('mean_hourly_gap'),
      medianHourlyGap: value('median_hourly_gap'),
      ...(meanBonusGap === undefined ? {} : { meanBonusGap }),
      ...(medianBonusGap === undefined ? {} : { medianBonusGap }),
      bonusPaid: shares('bonus_paid_'),
      quartiles: Object.fromEntries(payQuartiles.map((q) => [q, shares(`${q}_quartile_`)])),
      narrative: details.narrative ?? '',
      source: details.source ?? '',
    },
    what,
  );
}

/** A number with an optional `%`, or the message saying what is wrong with it. */
function parsePercent(text: string): number | string {
  const bare = text.replace(/\s*%$/, '').replace(/^\+/, '');
  if (bare === '') return 'the value is empty: write a percentage such as 12.5 or -0.2';
  if (!/^-?\d+(\.\d+)?$/.test(bare))
    return `"${text}" is not a number: write a percentage such as 12.5 or -0.2`;
  return Number(bare);
}

const round = (value: number) => Math.round(value * 10) / 10;
