import { describe, expect, it } from 'vitest';
import { parsePayGapCsv, parsePopulationCsv } from '../src/analysis.js';
import { type CsvProfileDetails, recordWording, type ValidationError } from '../src/index.js';
import { welshRecordWords } from '../src/labels/cy/records.js';

// A CSV's mistakes are told as data, issue by issue with its line and column (`where`), so a client says
// them in Welsh as the English says them: the same issues, in the same order.

const details: CsvProfileDetails = {
  categorySet: 'ethnic_group',
  population: { kind: 'caseload', label: 'children' },
  period: '2023-24',
  area: 'Northshire',
};
const refused = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error('read');
};
const inWelsh = (error: ValidationError) => [
  recordWording(welshRecordWords, error.told ?? { id: '', values: {} }),
  ...error.issues.map(
    (issue) =>
      `${issue.where ? recordWording(welshRecordWords, issue.where) : issue.path}: ${issue.told ? recordWording(welshRecordWords, issue.told) : issue.message}`,
  ),
];

describe('a CSV’s mistakes, told as data', () => {
  it('tells every issue of a population CSV, its line included, and sorts them by line', () => {
    const error = refused(() =>
      parsePopulationCsv(
        'category,count\nafrican,"1\nafrican,3\nafrican,4\nblack,2\nnot known,\nmars,1\nnot known,1\nnot known,2\ntotal,1\ntotal,2\n',
        details,
        'The CSV',
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(
      error.issues.map((issue) =>
        recordWording(
          { at: ({ line }: { line: string }) => `line ${line}` } as never,
          issue.where ?? { id: '', values: {} },
        ),
      ),
    );
    expect(inWelsh(error)).toMatchInlineSnapshot(`
      [
        "Ni ellir darllen The CSV:",
        "llinell 2: nid yw dyfynnod wedi’i gau: rhowch label mewn "dyfynodau dwbl" a’u cau",
        "llinell 4: rhestrir "african" eto (gyntaf ar linell 3): rhowch bob categori unwaith",
        "llinell 5: mae "black" yn grŵp bras ond categorïau yw’r rhesi eraill: defnyddiwch un lefel drwyddi draw",
        "llinell 6: mae’r cyfrif yn wag: ysgrifennwch 0 os nad oes neb yn y categori hwn",
        "llinell 7: categori anhysbys "mars": defnyddiwch id neu label o "ethnic_group": bangladeshi, chinese, indian, pakistani, other_asian, african, caribbean, other_black, white_and_asian, white_and_black_african, white_and_black_caribbean, other_mixed, white_british, irish, gypsy_or_irish_traveller, roma, other_white, arab, any_other_ethnic_group; neu ei grwpiau: asian, black, mixed, white, other",
        "llinell 9: rhoddir "not known" eto (gyntaf ar linell 8): adiwch nhw at ei gilydd mewn un rhes",
        "llinell 11: rhoddir y cyfanswm eto (gyntaf ar linell 10)",
      ]
    `);
    expect(inWelsh(refused(() => parsePopulationCsv('', details)))).toMatchInlineSnapshot(`
      [
        "Ni ellir darllen The CSV:",
        "llinell 1: mae’r ffeil yn wag: dechreuwch gyda’r pennawd "category,count"",
      ]
    `);
    expect(inWelsh(refused(() => parsePopulationCsv('category,count\n', details)))).toMatchInlineSnapshot(`
      [
        "Ni ellir darllen The CSV:",
        "llinell 1: nid oes cyfrifon o dan y pennawd",
      ]
    `);
    expect(
      inWelsh(
        refused(() =>
          parsePopulationCsv('category,count\nafrican,3\nother,-1\ntotal,10\nnot known,2\n', details),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "Ni ellir darllen The CSV:",
        "llinell 3: mae’r cyfrif -1 yn negatif: mae cyfrif pobl yn 0 neu fwy",
      ]
    `);
  });

  it('tells a stated total that does not match, with and without not-known counts', () => {
    const total = (text: string) => inWelsh(refused(() => parsePopulationCsv(text, details)))[1];
    expect(total('category,count\nafrican,3\ntotal,10\nnot known,2\n')).toMatchInlineSnapshot(
      `"llinell 3: nid yw’r cyfanswm a nodwyd (10) yn cyfateb i’r rhesi, sy’n adio i 5 (2 ohonynt heb fod yn hysbys): gwiriwch y cyfrifon neu’r cyfanswm"`,
    );
    expect(total('category,count\nafrican,3\ntotal,10\n')).toMatchInlineSnapshot(
      `"llinell 3: nid yw’r cyfanswm a nodwyd (10) yn cyfateb i’r rhesi, sy’n adio i 3: gwiriwch y cyfrifon neu’r cyfanswm"`,
    );
  });

  it('tells every issue of a pay gap CSV, its column included', () => {
    const pay = { dimension: 'sex', period: '2025-26', snapshotDate: '2025-03-31' } as const;
    const error = refused(() =>
      parsePayGapCsv(
        'measure,value\n"x\nmean_hourly_gap,\nmean_hourly_gap,1\nmedian_hourly_gap,1,2\nbonus_paid_men,101\nbonus_paid_women,ten\nlower_quartile_men,50\nlower_quartile_women,40\n',
        pay,
      ),
    );
    expect(inWelsh(error)).toMatchInlineSnapshot(`
      [
        "Ni ellir darllen The CSV:",
        "llinell 2: nid yw dyfynnod wedi’i gau: caewch y "dyfynodau dwbl"",
        "llinell 3, colofn value: mae’r gwerth yn wag: ysgrifennwch ganran megis 12.5 neu -0.2",
        "llinell 5: disgwyliwyd 2 faes (measure,value) ond cafwyd: 3",
        "llinell 6, colofn value: nid yw 101 yn ganran o grŵp: rhowch werth o 0 i 100",
        "llinell 7, colofn value: nid yw "ten" yn rhif: ysgrifennwch ganran megis 12.5 neu -0.2",
        "ar goll: ychwanegwch res "median_hourly_gap,<canran>"",
        "ar goll: ychwanegwch res "lower_middle_quartile_men,<canran>"",
        "ar goll: ychwanegwch res "lower_middle_quartile_women,<canran>"",
        "ar goll: ychwanegwch res "upper_middle_quartile_men,<canran>"",
        "ar goll: ychwanegwch res "upper_middle_quartile_women,<canran>"",
        "ar goll: ychwanegwch res "upper_quartile_men,<canran>"",
        "ar goll: ychwanegwch res "upper_quartile_women,<canran>"",
        "llinell 9, colofn value: mae cyfrannau’r chwartel isaf (50 ar linell 8 a 40) yn adio i 90, nid 100: gwiriwch y ddau",
      ]
    `);
    expect(inWelsh(refused(() => parsePayGapCsv('# nothing\n', pay)))).toMatchInlineSnapshot(`
      [
        "Ni ellir darllen The CSV:",
        "llinell 1: mae’r ffeil yn wag: dechreuwch gyda’r pennawd "measure,value"",
      ]
    `);
    expect(inWelsh(refused(() => parsePayGapCsv('value,measure\n', pay))).slice(0, 2)).toMatchInlineSnapshot(`
      [
        "Ni ellir darllen The CSV:",
        "llinell 1: rhaid i’r llinell gyntaf fod yn bennawd "measure,value", nid "value,measure"",
      ]
    `);
  });
});
