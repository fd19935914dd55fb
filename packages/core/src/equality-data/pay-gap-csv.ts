import { type Told, ValidationError, type ValidationIssue } from '../errors.js';
import { splitCsvLine } from '../insight/csv.js';
import { csvTold } from '../labels/csv-words.js';
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
  type Said = { message: string; told: Told };
  const fail = (line: number, column: string | undefined, said: Said) => {
    const where = column
      ? csvTold('atColumn', { line: String(line), column })
      : csvTold('at', { line: String(line) });
    issues.push({ path: where.message, where: where.told, ...said });
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
      fail(line, undefined, csvTold('payQuoteOpen'));
      continue;
    }
    if (!headerSeen) {
      headerSeen = true;
      if (fields.map((field) => field.trim().toLowerCase()).join(',') !== 'measure,value')
        fail(line, undefined, csvTold('payHeader', { found: raw.trim() }));
      continue;
    }
    if (fields.length !== 2) {
      fail(line, undefined, csvTold('payFields', { count: String(fields.length) }));
      continue;
    }
    const name = (fields[0] ?? '').trim().toLowerCase();
    if (!measures.some((measure) => measure.name === name)) {
      const known = measures.map((m) => m.name).join(', ');
      const values = { name: fields[0]?.trim() ?? '', dimension: details.dimension, measures: known };
      fail(line, 'measure', csvTold('unknownMeasure', values));
      continue;
    }
    const first = values.get(name);
    if (first) {
      fail(line, 'measure', csvTold('measureAgain', { name, first: String(first.line) }));
      continue;
    }
    given.add(name);
    const value = parsePercent((fields[1] ?? '').trim());
    if (typeof value !== 'number') {
      fail(line, 'value', value);
      continue;
    }
    if (!name.endsWith('_gap') && (value < 0 || value > 100)) {
      fail(line, 'value', csvTold('notAShare', { value: String(value) }));
      continue;
    }
    values.set(name, { line, value });
  }
  if (!headerSeen) fail(1, undefined, csvTold('payEmpty'));
  else {
    const missing = measures.filter((measure) => measure.required && !given.has(measure.name));
    const where = csvTold('atMissing');
    for (const measure of missing)
      issues.push({
        path: where.message,
        where: where.told,
        ...csvTold('addMeasure', { name: measure.name }),
      });
  }
  for (const quartile of payQuartiles) {
    const a = values.get(`${quartile}_quartile_${reference}`);
    const b = values.get(`${quartile}_quartile_${comparison}`);
    if (a && b && Math.abs(a.value + b.value - 100) > ROUNDING)
      fail(
        b.line,
        'value',
        csvTold('quartileSum', {
          quartile,
          a: String(a.value),
          aLine: String(a.line),
          b: String(b.value),
          sum: String(round(a.value + b.value)),
        }),
      );
  }
  if (issues.length) {
    const { message, told } = csvTold('csvUnreadable', { what });
    throw new ValidationError(message, issues, { told });
  }

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
function parsePercent(text: string): number | { message: string; told: Told } {
  const bare = text.replace(/\s*%$/, '').replace(/^\+/, '');
  if (bare === '') return csvTold('valueEmpty');
  if (!/^-?\d+(\.\d+)?$/.test(bare)) return csvTold('valueNotNumber', { value: text });
  return Number(bare);
}

const round = (value: number) => Math.round(value * 10) / 10;
