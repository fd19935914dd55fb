// `@eqia/core/analysis`: comparing populations — the census category sets' levels, the CSV readers
// (population counts, pay gaps), the comparison with a baseline and its statistics, small-count
// suppression, a disparity described and as evidence, and the organisation's equality data (its
// schemas, and put together). Their types are in the main entry; these functions
// are not, so that a page loads them only when it compares: a bundler splitting a page at
// `import('@eqia/core/analysis')` still puts in the page's own chunks every module that a static import
// reaches, even through a re-export nothing uses (see docs/performance.md, the browser page).

export {
  currentData,
  dataKey,
  dataPeriodOf,
  EqualityData,
  EqualityDataEntry,
  GroupShares,
  PayGapData,
  PayGapDimension,
  PayGapGroup,
  PayQuartile,
  PopulationData,
  payGapGroups,
  payQuartiles,
  ReportedPopulation,
  reportedPopulations,
} from './equality-data/equality-data.js';
export { dataPeriods, organisationData } from './equality-data/organisation-data.js';
export { parsePayGapCsv, payGapMeasures } from './equality-data/pay-gap-csv.js';
export {
  type CategoryEntry,
  characteristicForSet,
  checkAgainstSet,
  entriesAt,
  findCategorySet,
  toGroups,
} from './insight/categories.js';
export {
  compareToBaseline,
  DEFAULT_CONFIDENCE,
  DEFAULT_SMALL_COUNT_THRESHOLD,
} from './insight/compare.js';
export { parsePopulationCsv } from './insight/csv.js';
export { characteristicPhrase, describeDisparity } from './insight/describe.js';
export { disparityEvidence } from './insight/evidence.js';
export { suppressSmallCounts } from './insight/suppression.js';
export { normalQuantile, wilsonInterval } from './insight/wilson.js';
export { type CsvWords, csvTold, englishCsvWords } from './labels/csv-words.js';
export { englishInsightWords, type InsightWords } from './labels/insight-words.js';
