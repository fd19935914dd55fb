import type { Aim } from '../schema/common.js';
import type { CharacteristicDefinition } from '../schema/profile.js';
import {
  disability as disabilitySet,
  englishProficiency,
  ethnicGroup,
  genderIdentity,
  legalPartnershipStatus,
  religion as religionSet,
  sex as sexSet,
  sexualOrientation as sexualOrientationSet,
  unpaidCare,
} from './census.js';

const allAims: Aim[] = ['eliminateDiscrimination', 'advanceEquality', 'fosterGoodRelations'];
const ea = (section: string) => `Equality Act 2010 ${section}; public sector equality duty s.149`;

/** The nine protected characteristics of the Equality Act 2010 (s.4), always assessed. */
export const protectedCharacteristics: readonly CharacteristicDefinition[] = [
  {
    id: 'age',
    label: 'Age',
    protected: true,
    legalBasis: ea('s.5'),
    aims: allAims,
    note: 'Covers people of all ages, including children. Check Schedule 18 for exceptions that apply to services for children.',
    prompts: [
      'Does the policy treat children, young people, working-age adults or older people differently?',
      'Will younger children or older people find it harder to understand, reach or use the service?',
      'Does it rely on digital access that some age groups are less likely to have?',
    ],
    census: [],
  },
  {
    id: 'disability',
    label: 'Disability',
    protected: true,
    legalBasis: ea('s.6; duty to make reasonable adjustments ss.20–21'),
    aims: allAims,
    note: 'Includes physical and mental health conditions, learning disabilities, neurodivergence and sensory impairments. s.149(4) asks for steps that take account of disabled people’s disabilities.',
    prompts: [
      'Which reasonable adjustments will people need to take part: formats, venues, timing, communication support?',
      'Could a neutral rule put disabled people at a particular disadvantage (indirect discrimination)?',
      'Have you thought about neurodivergent people and people with mental health conditions, not only physical access?',
    ],
    census: [disabilitySet],
  },
  {
    id: 'gender_reassignment',
    label: 'Gender reassignment',
    protected: true,
    legalBasis: ea('s.7'),
    aims: allAims,
    note: 'Protects people proposing to undergo, undergoing or who have undergone a process to reassign their sex.',
    prompts: [
      'Does the policy ask for or record sex or gender, and how is that handled sensitively and confidentially?',
      'Could trans people face harassment or disclosure of their history because of this policy?',
    ],
    census: [genderIdentity],
  },
  {
    id: 'marriage_civil_partnership',
    label: 'Marriage and civil partnership',
    protected: true,
    legalBasis: ea('s.8; s.149(7) limits the duty to aim (a)'),
    aims: ['eliminateDiscrimination'],
    note: 'Relevant to aim (a) only — eliminating discrimination — and only in relation to work.',
    prompts: [
      'For staff: does the policy treat employees differently because they are married or in a civil partnership?',
    ],
    census: [legalPartnershipStatus],
  },
  {
    id: 'pregnancy_maternity',
    label: 'Pregnancy and maternity',
    protected: true,
    legalBasis: ea('ss.17–18'),
    aims: allAims,
    note: 'Covers pregnancy and the period after birth, including breastfeeding.',
    prompts: [
      'Could appointments, travel or deadlines be harder to meet for people who are pregnant or on maternity leave?',
      'Are staff on maternity leave kept informed and consulted?',
    ],
    census: [],
  },
  {
    id: 'race',
    label: 'Race',
    protected: true,
    legalBasis: ea('s.9'),
    aims: allAims,
    note: 'Includes colour, nationality and ethnic or national origins, including Gypsy, Roma and Traveller communities.',
    prompts: [
      'Do your data show different outcomes or experiences for different ethnic groups (use the census categories)?',
      'Could assumptions about culture, heritage or family structure shape how the policy is applied?',
      'Are people from some communities less likely to know about, trust or use the service?',
    ],
    census: [ethnicGroup],
  },
  {
    id: 'religion_belief',
    label: 'Religion or belief',
    protected: true,
    legalBasis: ea('s.10'),
    aims: allAims,
    note: 'Includes a lack of religion or belief.',
    prompts: [
      'Do timings, dress, food, or holy days make it harder for some faiths to take part?',
      'Could the policy affect relations between people of different faiths or none?',
    ],
    census: [religionSet],
  },
  {
    id: 'sex',
    label: 'Sex',
    protected: true,
    legalBasis: ea('s.11'),
    aims: allAims,
    note: 'Consider women and men, girls and boys; domestic abuse affects the sexes differently.',
    prompts: [
      'Do women and men, girls and boys, experience the service or the workplace differently?',
      'Does the policy touch on domestic abuse or safety, where risks differ by sex?',
    ],
    census: [sexSet],
  },
  {
    id: 'sexual_orientation',
    label: 'Sexual orientation',
    protected: true,
    legalBasis: ea('s.12'),
    aims: allAims,
    note: 'Heterosexual, gay, lesbian and bisexual people, and other orientations.',
    prompts: [
      'Does the policy assume a particular family form, such as a mother and a father?',
      'Could lesbian, gay or bisexual people face harassment or be reluctant to disclose relevant information?',
    ],
    census: [sexualOrientationSet],
  },
];

/** Groups many public bodies consider beyond the nine; a profile chooses which to include. */
export const carers: CharacteristicDefinition = {
  id: 'carers',
  label: 'Carers',
  protected: false,
  legalBasis:
    'Not a protected characteristic; carers are protected by association with disability and age (Coleman v Attridge Law) and considered by organisational choice.',
  aims: allAims,
  note: 'People who look after a family member, partner or friend who needs help because of illness, disability, age or addiction, including young carers and kinship carers.',
  prompts: [
    'Can people with caring responsibilities attend at the times and places the policy expects?',
    'Are kinship carers and young carers recognised and supported?',
  ],
  census: [unpaidCare],
};

export const language: CharacteristicDefinition = {
  id: 'language',
  label: 'Language',
  protected: false,
  legalBasis:
    'Not a protected characteristic; closely linked to race (national origin) and considered by organisational choice.',
  aims: allAims,
  note: 'People whose first language is not English, including British Sign Language users; use of interpreters and translation.',
  prompts: [
    'Will people whose first language is not English understand what is asked of them? Are interpreters and translations offered?',
    'Are written materials in plain English and available in other languages and formats?',
  ],
  census: [englishProficiency],
};

export const socioEconomic: CharacteristicDefinition = {
  id: 'socio_economic',
  label: 'Socio-economic disadvantage',
  protected: false,
  legalBasis: 'Equality Act 2010 s.1 (in force in Wales and Scotland; not commenced in England).',
  aims: allAims,
  note: 'Low income, material deprivation, area deprivation.',
  prompts: ['Could costs, travel or digital access make the policy harder for people on low incomes?'],
  census: [],
};

export const careExperience: CharacteristicDefinition = {
  id: 'care_experience',
  label: 'Care experience',
  protected: false,
  legalBasis: 'Not a protected characteristic; considered by organisational choice.',
  aims: allAims,
  note: 'People who are or have been looked after by a local authority.',
  prompts: ['Does the policy assume family support that care-experienced people may not have?'],
  census: [],
};

export const welshLanguage: CharacteristicDefinition = {
  id: 'welsh_language',
  label: 'Welsh language',
  protected: false,
  legalBasis: 'Welsh Language (Wales) Measure 2011 and the Welsh language standards.',
  aims: allAims,
  note: 'Treating Welsh no less favourably than English.',
  prompts: ['Can people use the service through the medium of Welsh?'],
  census: [],
};

export const extraCharacteristics: readonly CharacteristicDefinition[] = [
  carers,
  language,
  socioEconomic,
  careExperience,
  welshLanguage,
];

/** Every characteristic the catalogue defines: the nine, then the extras. */
export const catalogue: readonly CharacteristicDefinition[] = [
  ...protectedCharacteristics,
  ...extraCharacteristics,
];
