import { englishLabels } from './english.js';
import { inSentence } from './label.js';
import { part } from './refusals.js';
import { type Teller, tellerOf } from './told.js';

// What core says of a CSV it cannot read (a population's counts, a pay gap's figures), in English. An area of its own, loaded only with the CSV readers and
// insight (a page that never reads a CSV does not carry it); the Welsh joins core's `records` area
// (cy/records.ts), so a Welsh client words it again, issue by issue, where each line names itself
// (`at`, `atColumn`). The shape the Welsh follows (cy/csv.ts). Values are ids, numbers and what the
// file says, never words.

type Line = { line: string };
type First = { first: string };

/** A quartile of pay by its label, inside a sentence ("lower middle quartile"). */
const quartileIn = (quartile: string) => inSentence(part<string>(englishLabels.labels.payQuartile, quartile));

export const englishCsvWords = {
  /** `what` names the file as a schema's subject does ("The workforce CSV (staff.csv)"). */
  csvUnreadable: ({ what }: { what: string }) => `${what} cannot be read:`,
  at: ({ line }: Line) => `line ${line}`,
  atColumn: ({ line, column }: Line & { column: string }) => `line ${line}, column ${column}`,
  atMissing: 'missing',
  quoteOpen: 'a quote is not closed: wrap a label in "double quotes" and close them',
  countsHeader: ({ found }: { found: string }) =>
    `the first line must be the header "category,count", not "${found}"`,
  countsFields: ({ count }: { count: string }) =>
    `expected 2 fields (category,count) but found ${count}: quote a label or number that contains a comma`,
  notKnownAgain: ({ first }: First) =>
    `"not known" is given again (first on line ${first}): add them into one row`,
  totalAgain: ({ first }: First) => `the total is given again (first on line ${first})`,
  countsEmpty: 'the file is empty: start with the header "category,count"',
  noCounts: 'there are no counts under the header',
  groupAmongCategories: ({ name }: { name: string }) =>
    `"${name}" is a broad group but the other rows are categories: use one level throughout`,
  categoryAmongGroups: ({ name }: { name: string }) =>
    `"${name}" is a category but the other rows are groups: use one level throughout`,
  unknownCategory: ({ name, set, categories }: { name: string; set: string; categories: string }) =>
    `unknown category "${name}": use an id or label from "${set}": ${categories}`,
  unknownCategoryOrGroup: ({
    name,
    set,
    categories,
    groups,
  }: {
    name: string;
    set: string;
    categories: string;
    groups: string;
  }) =>
    `unknown category "${name}": use an id or label from "${set}": ${categories}; or its groups: ${groups}`,
  categoryAgain: ({ name, first }: { name: string } & First) =>
    `"${name}" is listed again (first on line ${first}): give each category once`,
  groupAgain: ({ name, first }: { name: string } & First) =>
    `"${name}" is listed again (first on line ${first}): give each group once`,
  totalDiffers: ({ stated, sum }: { stated: string; sum: string }) =>
    `the stated total ${stated} does not match the rows, which add up to ${sum}: check the counts or the total`,
  totalDiffersNotKnown: ({ stated, sum, notKnown }: { stated: string; sum: string; notKnown: string }) =>
    `the stated total ${stated} does not match the rows, which add up to ${sum} (${notKnown} of them not known): check the counts or the total`,
  countEmpty: 'the count is empty: write 0 if there is nobody in this category',
  countNegative: ({ count }: { count: string }) =>
    `the count ${count} is negative: a count of people is 0 or more`,
  countNotWhole: ({ count }: { count: string }) =>
    `"${count}" is not a whole number: write counts as digits, such as 12 or 1,204`,
  noCharacteristicForSet: ({ set }: { set: string }) =>
    `No characteristic uses the census set "${set}": say which characteristic the counts describe.`,
  payQuoteOpen: 'a quote is not closed: close the "double quotes"',
  payHeader: ({ found }: { found: string }) =>
    `the first line must be the header "measure,value", not "${found}"`,
  payFields: ({ count }: { count: string }) => `expected 2 fields (measure,value) but found ${count}`,
  /** `dimension` is the pay gap's id: sex, ethnicity or disability. */
  unknownMeasure: ({ name, dimension, measures }: { name: string; dimension: string; measures: string }) =>
    `unknown measure "${name}" for a ${dimension} pay gap: use one of ${measures}`,
  measureAgain: ({ name, first }: { name: string } & First) =>
    `"${name}" is given again (first on line ${first}): give each measure once`,
  notAShare: ({ value }: { value: string }) =>
    `${value} is not a percentage of a group: give a value from 0 to 100`,
  payEmpty: 'the file is empty: start with the header "measure,value"',
  addMeasure: ({ name }: { name: string }) => `add a row "${name},<percent>"`,
  /** `quartile` is its id (lower, lower_middle, upper_middle, upper). */
  quartileSum: ({
    quartile,
    a,
    aLine,
    b,
    sum,
  }: {
    quartile: string;
    a: string;
    aLine: string;
    b: string;
    sum: string;
  }) =>
    `the ${quartileIn(quartile)}'s shares (${a} on line ${aLine} and ${b}) add up to ${sum}, not 100: check both`,
  valueEmpty: 'the value is empty: write a percentage such as 12.5 or -0.2',
  valueNotNumber: ({ value }: { value: string }) =>
    `"${value}" is not a number: write a percentage such as 12.5 or -0.2`,
};

export type CsvWords = typeof englishCsvWords;

/** A message of this area as data: its id and values (`told`) and its English (`message`). */
export const csvTold: Teller<CsvWords> = tellerOf(englishCsvWords);
