import type { SchemaIssueWords } from '@eqia/core/light';
import type { englishSchemaSubjects } from './schema-subjects.js';

/** "300 nod", or the number alone when it counts nothing. */
const counted = (limit: string, unit: string) => (unit ? `${limit} ${unit}` : limit);

/** Problemau dilysu sgema yn Gymraeg (drafted by machine, unreviewed). A path stays as it is. */
export const welshSchemaIssues: SchemaIssueWords & typeof englishSchemaSubjects = {
  notValid: ({ what }) => `Nid yw’n ddilys (${what}):`,
  subjects: {
    'The assessment': 'yr asesiad',
    'The assessment record': 'cofnod yr asesiad',
    'The profile': 'y proffil',
    'The export': 'yr allforyn',
    'The event': 'y digwyddiad',
    'The snapshot': 'y ciplun',
    'The change to the objective': 'y newid i’r amcan',
    'The evidence item': 'yr eitem o dystiolaeth',
    'The data gap': 'y bwlch yn y data',
    'The impact': 'yr effaith',
    'The action': 'y cam gweithredu',
    'The analysis of a characteristic': 'dadansoddiad nodwedd',
    'The baseline': 'y llinell sylfaen',
    'The answers file': 'y ffeil atebion',
    'The CSV': 'y CSV',
    'The population CSV': 'CSV y boblogaeth',
    'The baseline CSV': 'CSV y llinell sylfaen',
    'The workforce CSV': 'CSV y gweithlu',
    'The caseload CSV': 'CSV y llwyth achosion',
    'The pay gap CSV': 'CSV y bwlch cyflog',
  },
  types: {
    string: 'testun',
    number: 'rhif',
    boolean: 'gwir neu gau',
    object: 'gwrthrych',
    array: 'rhestr',
    null: 'gwerth null',
    date: 'dyddiad',
    bigint: 'rhif cyfan',
    value: 'gwerth',
  },
  missing: ({ expected }) => `Mewnbwn annilys: mae angen ${expected} yma, ond nid oes dim`,
  wrongType: ({ expected, received }) => `Mewnbwn annilys: disgwyliwyd ${expected}, cafwyd ${received}`,
  notValue: ({ expected }) => `Mewnbwn annilys: disgwyliwyd ${expected}`,
  notOption: ({ options }) => `Dewis annilys: disgwyliwyd un o: ${options}`,
  tooLong: ({ origin, bound }) => `Rhy hir: rhaid i’r ${origin} gael ${bound}`,
  tooShort: ({ origin, bound }) => `Rhy fyr: rhaid i’r ${origin} gael ${bound}`,
  tooBig: ({ origin, bound }) => `Rhy fawr: rhaid i’r ${origin} fod yn ${bound}`,
  tooSmall: ({ origin, bound }) => `Rhy fach: rhaid i’r ${origin} fod yn ${bound}`,
  // A noun after a number stays singular in Welsh: "300 nod", "1 eitem neu fwy". A number's bound
  // follows "fod yn", which softens "mwy" to "fwy"; a size's follows "gael", which does not.
  bounds: {
    atLeast: ({ limit, unit }) => `${counted(limit, unit)} neu fwy`,
    moreThan: ({ limit, unit }) => `${unit ? 'mwy' : 'fwy'} na ${counted(limit, unit)}`,
    atMost: ({ limit, unit }) => `${counted(limit, unit)} neu lai`,
    lessThan: ({ limit, unit }) => `llai na ${counted(limit, unit)}`,
    exactly: ({ limit, unit }) => `${counted(limit, unit)} yn union`,
  },
  units: {
    string: ['nod', 'nod'],
    array: ['eitem', 'eitem'],
    set: ['eitem', 'eitem'],
    map: ['cofnod', 'cofnod'],
    file: ['beit', 'beit'],
  },
  pattern: ({ pattern }) => `Testun annilys: rhaid iddo gyfateb i’r patrwm ${pattern}`,
  format: ({ format }) => `Fformat annilys: disgwyliwyd ${format}`,
  formats: {
    datetime: 'dyddiad ac amser ISO',
    date: 'dyddiad ISO',
    email: 'cyfeiriad e-bost',
    url: 'cyfeiriad URL',
  },
  unknownKeys: ({ keys }) => `Allwedd(i) anhysbys: ${keys}`,
  invalid: 'Mewnbwn annilys',
};
