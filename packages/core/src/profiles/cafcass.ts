import { carers, language } from '../catalogue/characteristics.js';
import { Profile } from '../schema/profile.js';
import { defaultProfile } from './default.js';

/**
 * The example profile of the organisation eqia was first shaped for (Cafcass ED&I strategy 2022–25):
 * carers and language considered beside the nine, its young people's board, family forum and six staff
 * networks as stakeholders, annual review. The users are made up, for the demo.
 */
export const cafcassProfile: Profile = Profile.parse({
  schemaVersion: 1,
  id: 'cafcass',
  name: 'Cafcass example profile',
  organisation: 'Cafcass (Children and Family Court Advisory and Support Service)',
  extraCharacteristics: [carers, language],
  audiences: [
    { id: 'children_young_people', label: 'Children and young people' },
    { id: 'parents_carers_families', label: 'Parents, carers and families' },
    { id: 'staff', label: 'Staff' },
    { id: 'partners_public', label: 'Partners and the public' },
  ],
  stakeholders: [
    {
      id: 'fjypb',
      kind: 'board',
      name: "Family Justice Young People's Board",
      description:
        'Over 50 children and young people aged 7 to 25 with experience of the family justice system.',
      characteristics: ['age', 'disability', 'race', 'sex', 'language'],
    },
    {
      id: 'family_forum',
      kind: 'forum',
      name: 'Family Forum',
      description: 'Parents and carers who have used the service and offer constructive challenge.',
      characteristics: ['sex', 'carers', 'pregnancy_maternity', 'marriage_civil_partnership', 'language'],
    },
    {
      id: 'ability_matters',
      kind: 'staff_network',
      name: 'Ability Matters',
      description: 'Staff network: staff with disabilities.',
      characteristics: ['disability'],
    },
    {
      id: 'carers_network',
      kind: 'staff_network',
      name: 'Carers Network',
      description: 'Staff network: staff with caring responsibilities.',
      characteristics: ['carers'],
    },
    {
      id: 'faith_network',
      kind: 'staff_network',
      name: 'Faith Network',
      description: 'Staff network: faith and belief.',
      characteristics: ['religion_belief'],
    },
    {
      id: 'kaleidoscope',
      kind: 'staff_network',
      name: 'Kaleidoscope',
      description: 'Staff network: staff from Black, Asian and minority ethnic backgrounds.',
      characteristics: ['race'],
    },
    {
      id: 'pride',
      kind: 'staff_network',
      name: 'Pride',
      description: 'Staff network: staff from the LGBT+ community.',
      characteristics: ['sexual_orientation', 'gender_reassignment'],
    },
    {
      id: 'mental_health_network',
      kind: 'staff_network',
      name: 'Mental Health network',
      description: 'Staff network: mental health.',
      characteristics: ['disability'],
    },
  ],
  users: [
    { id: 'amara', name: 'Amara Okafor', jobTitle: 'Head of Practice Policy', roles: ['author'] },
    { id: 'ben', name: 'Ben Hughes', jobTitle: 'Service Manager', roles: ['author', 'contributor'] },
    { id: 'julie', name: 'Julie Brown', jobTitle: 'Strategic Lead for EDI', roles: ['equality_lead'] },
    { id: 'sam', name: 'Sam Patel', jobTitle: 'Director of Operations', roles: ['approver'] },
    { id: 'nadia', name: 'Nadia Rahman', jobTitle: 'Chief Executive', roles: ['approver'] },
    { id: 'owen', name: 'Owen Lloyd', jobTitle: 'Director of Strategy', roles: ['approver'] },
    { id: 'rachel', name: 'Rachel Osei', jobTitle: 'Director of Resources', roles: ['approver'] },
    { id: 'ops', name: 'Records team', jobTitle: 'Information governance', roles: ['admin'] },
    { id: 'val', name: 'Val Morgan', jobTitle: 'Board member', roles: ['viewer'] },
  ],
  approvalChain: defaultProfile.approvalChain,
  reviewIntervalMonths: 12,
  evidenceFreshnessMonths: 36,
  smallCountThreshold: 5,
  ruleOverrides: {},
  // Example addresses (example.org): an organisation puts its own.
  publishing: {
    contact: 'Equality, diversity and inclusion team',
    contactLink: 'mailto:equality@example.org',
    alternativeFormats:
      'Ask the equality team for this document in large print, easy read, Braille, audio or another language.',
    accessibilityStatement: 'https://www.example.org/accessibility-statement',
  },
});
