import { describe, expect, it } from 'vitest';
import { compareToBaseline, disparityEvidence, parsePopulationCsv } from '../src/analysis.js';
import { type CsvProfileDetails, EvidenceItem } from '../src/index.js';

const ethnicity = (population: CsvProfileDetails['population'], period: string, source: string) => ({
  categorySet: 'ethnic_group',
  population,
  period,
  area: 'Northshire',
  source,
});

const caseloadCsv = `category,count
indian,9
pakistani,14
african,22
caribbean,11
white_and_black_caribbean,16
white_british,152
other_white,9
arab,3
not_known,18
total,254`;

const censusCsv = `category,count
asian,5200
black,2100
mixed,1900
white,39800
other,1000`;

describe('from two CSV files to an evidence item', () => {
  const analysis = compareToBaseline(
    parsePopulationCsv(
      caseloadCsv,
      ethnicity({ kind: 'caseload', label: 'children in our caseload' }, '2023-24', 'Case records'),
    ),
    parsePopulationCsv(
      censusCsv,
      ethnicity(
        { kind: 'local_population', label: 'children living in Northshire' },
        'Census 2021',
        'ONS Census 2021',
      ),
    ),
  );
  const evidence = disparityEvidence(analysis, { id: 'ev-ethnicity-2024', date: '2024-04-30' });

  it('is a valid data evidence item for race, with the result attached', () => {
    expect(EvidenceItem.parse(evidence)).toEqual(evidence);
    expect(evidence).toMatchObject({
      kind: 'data',
      characteristics: ['race'],
      title: 'Children in our caseload compared with children living in Northshire by ethnic group, 2023-24',
      source: 'Case records; ONS Census 2021',
      date: '2024-04-30',
    });
    expect(evidence.disparity).toBe(analysis);
  });

  it('summarises the comparison in plain English without any suppressed count', () => {
    expect(evidence.summary).toMatchInlineSnapshot(
      `"Children in our caseload (Northshire, 2023-24) compared with children living in Northshire (Northshire, Census 2021) by ethnic group. Over-represented: Black, Black British, Black Welsh, Caribbean or African (14.0% against 4.2%, ratio 3.33). Under-represented: White (68.2% against 79.6%, ratio 0.86). In line with the baseline: Asian, Asian British or Asian Welsh. Too few to say: Mixed or Multiple ethnic groups; Other ethnic group. Ethnic group is not known for 7.1% of children in our caseload. Differences are flagged when the baseline share lies outside the 95% Wilson interval of the profile share. Counts fewer than 5 are suppressed, with further cells where needed so they cannot be worked out from the totals."`,
    );
    expect(analysis.rows.find((row) => row.id === 'other')?.profile.count).toBeNull();
  });
});
