import { describe, expect, it } from 'vitest';
import { parsePopulationCsv } from '../src/analysis.js';
import type { CsvProfileDetails } from '../src/index.js';

const details: CsvProfileDetails = {
  categorySet: 'ethnic_group',
  population: { kind: 'caseload', label: 'children in our caseload' },
  period: '2023-24',
  area: 'Northshire',
  source: 'Case management system, 31 March 2024',
};
const read = (text: string) => parsePopulationCsv(text, details, 'caseload.csv');

describe('reading a profile from CSV', () => {
  it('accepts ids or labels, quoted labels with commas, a not-known row and a matching total', () => {
    const profile = read(
      [
        '# Children open to us on 31 March 2024',
        'category,count',
        'african,20',
        'Caribbean,10',
        '"English, Welsh, Scottish, Northern Irish or British","1,204"',
        'Prefer not to say,45',
        '',
        'total,1279',
      ].join('\r\n'),
    );
    expect(profile).toEqual({
      population: details.population,
      characteristic: 'race',
      categorySet: 'ethnic_group',
      level: 'categories',
      period: '2023-24',
      area: 'Northshire',
      source: 'Case management system, 31 March 2024',
      counts: { african: 20, caribbean: 10, white_british: 1204 },
      notKnown: 45,
    });
  });

  it('reads broad groups when every row names one', () => {
    const profile = read(
      'category,count\nasian,12\n"Black, Black British, Black Welsh, Caribbean or African",30\n',
    );
    expect(profile.level).toBe('groups');
    expect(profile.counts).toEqual({ asian: 12, black: 30 });
  });

  it('names the line of an unknown category and lists the valid ones', () => {
    expect(() => read('category,count\nafrican,20\nwhte,3\n')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: caseload.csv cannot be read:
        - line 3: unknown category "whte": use an id or label from "ethnic_group": bangladeshi, chinese, indian, pakistani, other_asian, african, caribbean, other_black, white_and_asian, white_and_black_african, white_and_black_caribbean, other_mixed, white_british, irish, gypsy_or_irish_traveller, roma, other_white, arab, any_other_ethnic_group; or its groups: asian, black, mixed, white, other]
    `);
  });

  it('names each bad number, negative count and duplicate, all at once', () => {
    expect(() =>
      read('category,count\nafrican,12.5\ncaribbean,-3\nindian,\nchinese,lots\nirish,4\nIrish,5\nroma,1,2\n'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: caseload.csv cannot be read:
        - line 2: "12.5" is not a whole number: write counts as digits, such as 12 or 1,204
        - line 3: the count -3 is negative: a count of people is 0 or more
        - line 4: the count is empty: write 0 if there is nobody in this category
        - line 5: "lots" is not a whole number: write counts as digits, such as 12 or 1,204
        - line 7: "Irish" is listed again (first on line 6): give each category once
        - line 8: expected 2 fields (category,count) but found 3: quote a label or number that contains a comma]
    `);
  });

  it('checks a stated total against the rows', () => {
    expect(() =>
      read('category,count\nafrican,20\nnot_known,5\ntotal,30\n'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: caseload.csv cannot be read:
        - line 4: the stated total 30 does not match the rows, which add up to 25 (5 of them not known): check the counts or the total]
    `);
  });

  it('asks for the header and for one level throughout', () => {
    expect(() => read('african,20\n')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: caseload.csv cannot be read:
        - line 1: the first line must be the header "category,count", not "african,20"]
    `);
    expect(() => read('')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: caseload.csv cannot be read:
        - line 1: the file is empty: start with the header "category,count"]
    `);
    expect(() =>
      read('category,count\nafrican,20\ncaribbean,4\nwhite,100\n'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: caseload.csv cannot be read:
        - line 4: "white" is a broad group but the other rows are categories: use one level throughout]
    `);
    expect(() => read('category,count\n"african,20\n')).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: caseload.csv cannot be read:
        - line 2: a quote is not closed: wrap a label in "double quotes" and close them]
    `);
  });

  it('refuses a set it does not know', () => {
    expect(() =>
      parsePopulationCsv('category,count\n', { ...details, categorySet: 'heritage' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: There is no census category set "heritage". Use one of: ethnic_group, religion, sexual_orientation, gender_identity, sex, disability, unpaid_care, english_proficiency, legal_partnership_status.]`,
    );
  });
});
