import type { DocumentWords } from '../report-words.js';

export const welshDocument: DocumentWords = {
  months: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  dateTime: ({ date, time }) => `${date} am ${time} UTC`,
  contents: 'Cynnwys',
  none: 'Dim',
  notRecorded: 'Heb ei gofnodi',
  notRecordedSentence: 'Heb ei gofnodi.',
  noAttestation: 'Dim testun ardystio wedi’i gofnodi.',
  footer:
    'Cynhyrchwyd gydag eqia. Rhoddir yr ystyr mewn tablau mewn geiriau a symbolau; dim ond cymorth yw lliw.',
  docxFooter: 'Cynhyrchwyd gydag eqia. Rhoddir yr ystyr mewn tablau mewn geiriau a symbolau.',
  draftMark: 'DRAFFT: heb ei gymeradwyo',
  page: { before: 'Tudalen ', between: ' o ' },
  about: {
    heading: 'Cysylltu, fformatau eraill a hygyrchedd',
    questions: 'Cwestiynau am y ddogfen hon',
    otherFormats: 'Fformatau eraill',
    askFormats: ({ organisation }) => `Gofynnwch i ${organisation} am y ddogfen hon mewn fformat arall.`,
    accessibility: 'Datganiad hygyrchedd',
    askAccessibility: ({ organisation }) => `Gofynnwch i ${organisation} am ei ddatganiad hygyrchedd.`,
    produced: 'Dyddiad cynhyrchu’r ddogfen',
  },
};
