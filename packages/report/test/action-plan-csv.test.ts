import { cafcassProfile, showInvisible, workedExample } from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, renderActionPlanCsv, toCsv } from '../src/index.js';
import { parseCsv } from './support/parse-csv.js';
import { hostileText } from './support/payloads.js';

const formulaStart = /^[=+\-@\t\r]/;

describe('action plan CSV', () => {
  it('has a header row and one record per action, CRLF-terminated, readable by a strict RFC 4180 reader', () => {
    const csv = renderActionPlanCsv(workedExample, { profile: cafcassProfile, today: '2026-06-01' });
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual([
      'Assessment',
      'Action id',
      'Action',
      'Addresses',
      'Owner',
      'Due date',
      'Measure of success',
      'Status',
      'Overdue',
      'Latest note',
    ]);
    expect(records).toHaveLength(workedExample.actions.length);
    const listing = records.find((record) => record[1] === 'act-domestic-abuse-listing');
    expect(listing).toEqual([
      'eqia-2026-007',
      'act-domestic-abuse-listing',
      workedExample.actions[3]?.description,
      'Sex: Parents, carers and families',
      'Sam Patel, Director of Operations',
      '2026-05-01',
      workedExample.actions[3]?.measure,
      'Open',
      'yes',
      '',
    ]);
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"\nbye']])).toBe('\uFEFFa,b\r\n"x, y","say ""hi""\nbye"\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'].map(csvField)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=1",
      `"'\r=1"`,
    ]);
  });

  it('starts with a byte-order mark, so Excel reads ŵ, ŷ and dashes as UTF-8', () => {
    const csv = renderActionPlanCsv({
      ...workedExample,
      actions: [{ ...workedExample.actions[0]!, description: 'Cyfieithu i’r Gymraeg – ŵ ŷ' }],
    });
    expect(csv.startsWith('\uFEFFAssessment,')).toBe(true);
    expect(parseCsv(csv)[1]?.[2]).toBe('Cyfieithu i’r Gymraeg – ŵ ŷ');
  });

  it('shows bidi overrides and control characters instead of obeying them', () => {
    const csv = renderActionPlanCsv({
      ...workedExample,
      actions: [{ ...workedExample.actions[0]!, description: 'Invoice \u202Egnp.exe\u0007' }],
    });
    expect(parseCsv(csv)[1]?.[2]).toBe('Invoice ⟨U+202E⟩gnp.exe⟨U+0007⟩');
    expect(csv).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('never produces a live formula, whatever the text in the action plan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostileText, hostileText, hostileText, fc.string()), { maxLength: 5 }),
        (texts) => {
          const assessment = {
            ...workedExample,
            actions: texts.map(([description, owner, measure, note], index) => ({
              id: `act-${index}`,
              description: description.slice(1),
              impactIds: [],
              gapIds: [],
              owner,
              measure: measure.slice(1),
              status: 'open' as const,
              updates: [{ status: 'open' as const, note, by: 'amara', at: '2026-01-01T00:00:00Z' }],
            })),
          };
          const records = parseCsv(renderActionPlanCsv(assessment));
          expect(records).toHaveLength(texts.length + 1);
          for (const record of records) {
            expect(record).toHaveLength(10);
            for (const field of record) expect(field).not.toMatch(formulaStart);
          }
          texts.forEach(([description], index) => {
            const field = records[index + 1]?.[2] ?? '';
            // Exactly the text, with one apostrophe in front only when it would start a formula (a text that
            // already begins with an apostrophe is shown as text as it is).
            // Control and bidi characters are shown as "⟨U+202E⟩".
            const text = showInvisible(description.slice(1), '\t\r\n');
            expect(field).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
          });
        },
      ),
      // Once found at random: a text that already starts with an apostrophe before a formula sign.
      { examples: [[[["a'@SUM(A1)", 'a', 'a', '']]]] },
    );
  });
});
