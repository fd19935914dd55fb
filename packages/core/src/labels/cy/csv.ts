import type { CsvWords } from '../csv-words.js';
import { inSentence } from '../label.js';
import { part } from '../refusals.js';
import { welshLabels } from './values.js';

/** A quartile of pay by its Welsh label, inside a sentence ("chwartel canol isaf"). */
const quartileIn = (quartile: string) => inSentence(part<string>(welshLabels.labels.payQuartile, quartile));

/** Yr hyn a ddywed craidd eqia am CSV na all ei ddarllen, yn Gymraeg (drafted by machine, unreviewed). */
export const welshCsvWords: CsvWords = {
  csvUnreadable: ({ what }) => `Ni ellir darllen ${what}:`,
  at: ({ line }) => `llinell ${line}`,
  atColumn: ({ line, column }) => `llinell ${line}, colofn ${column}`,
  atMissing: 'ar goll',
  quoteOpen: 'nid yw dyfynnod wedi’i gau: rhowch label mewn "dyfynodau dwbl" a’u cau',
  countsHeader: ({ found }) => `rhaid i’r llinell gyntaf fod yn bennawd "category,count", nid "${found}"`,
  countsFields: ({ count }) =>
    `disgwyliwyd 2 faes (category,count) ond cafwyd: ${count}. Rhowch label neu rif sy’n cynnwys coma mewn dyfynodau`,
  notKnownAgain: ({ first }) =>
    `rhoddir "not known" eto (gyntaf ar linell ${first}): adiwch nhw at ei gilydd mewn un rhes`,
  totalAgain: ({ first }) => `rhoddir y cyfanswm eto (gyntaf ar linell ${first})`,
  countsEmpty: 'mae’r ffeil yn wag: dechreuwch gyda’r pennawd "category,count"',
  noCounts: 'nid oes cyfrifon o dan y pennawd',
  groupAmongCategories: ({ name }) =>
    `mae "${name}" yn grŵp bras ond categorïau yw’r rhesi eraill: defnyddiwch un lefel drwyddi draw`,
  categoryAmongGroups: ({ name }) =>
    `mae "${name}" yn gategori ond grwpiau yw’r rhesi eraill: defnyddiwch un lefel drwyddi draw`,
  unknownCategory: ({ name, set, categories }) =>
    `categori anhysbys "${name}": defnyddiwch id neu label o "${set}": ${categories}`,
  unknownCategoryOrGroup: ({ name, set, categories, groups }) =>
    `categori anhysbys "${name}": defnyddiwch id neu label o "${set}": ${categories}; neu ei grwpiau: ${groups}`,
  categoryAgain: ({ name, first }) =>
    `rhestrir "${name}" eto (gyntaf ar linell ${first}): rhowch bob categori unwaith`,
  groupAgain: ({ name, first }) =>
    `rhestrir "${name}" eto (gyntaf ar linell ${first}): rhowch bob grŵp unwaith`,
  totalDiffers: ({ stated, sum }) =>
    `nid yw’r cyfanswm a nodwyd (${stated}) yn cyfateb i’r rhesi, sy’n adio i ${sum}: gwiriwch y cyfrifon neu’r cyfanswm`,
  totalDiffersNotKnown: ({ stated, sum, notKnown }) =>
    `nid yw’r cyfanswm a nodwyd (${stated}) yn cyfateb i’r rhesi, sy’n adio i ${sum} (${notKnown} ohonynt heb fod yn hysbys): gwiriwch y cyfrifon neu’r cyfanswm`,
  countEmpty: 'mae’r cyfrif yn wag: ysgrifennwch 0 os nad oes neb yn y categori hwn',
  countNegative: ({ count }) => `mae’r cyfrif ${count} yn negatif: mae cyfrif pobl yn 0 neu fwy`,
  countNotWhole: ({ count }) =>
    `nid yw "${count}" yn rhif cyfan: ysgrifennwch gyfrifon fel digidau, megis 12 neu 1,204`,
  noCharacteristicForSet: ({ set }) =>
    `Nid oes nodwedd yn defnyddio’r set cyfrifiad "${set}": dywedwch pa nodwedd y mae’r cyfrifon yn ei disgrifio.`,
  payQuoteOpen: 'nid yw dyfynnod wedi’i gau: caewch y "dyfynodau dwbl"',
  payHeader: ({ found }) => `rhaid i’r llinell gyntaf fod yn bennawd "measure,value", nid "${found}"`,
  payFields: ({ count }) => `disgwyliwyd 2 faes (measure,value) ond cafwyd: ${count}`,
  unknownMeasure: ({ name, dimension, measures }) =>
    `mesur anhysbys "${name}" ar gyfer bwlch cyflog (${dimension}): defnyddiwch un o: ${measures}`,
  measureAgain: ({ name, first }) =>
    `rhoddir "${name}" eto (gyntaf ar linell ${first}): rhowch bob mesur unwaith`,
  notAShare: ({ value }) => `nid yw ${value} yn ganran o grŵp: rhowch werth o 0 i 100`,
  payEmpty: 'mae’r ffeil yn wag: dechreuwch gyda’r pennawd "measure,value"',
  addMeasure: ({ name }) => `ychwanegwch res "${name},<canran>"`,
  quartileSum: ({ quartile, a, aLine, b, sum }) =>
    `mae cyfrannau’r ${quartileIn(quartile)} (${a} ar linell ${aLine} a ${b}) yn adio i ${sum}, nid 100: gwiriwch y ddau`,
  valueEmpty: 'mae’r gwerth yn wag: ysgrifennwch ganran megis 12.5 neu -0.2',
  valueNotNumber: ({ value }) => `nid yw "${value}" yn rhif: ysgrifennwch ganran megis 12.5 neu -0.2`,
};
