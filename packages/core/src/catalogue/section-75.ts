import type { Aim } from '../schema/common.js';
import type { CharacteristicDefinition } from '../schema/profile.js';

// Northern Ireland Act 1998 s.75: its own nine categories, not the Equality Act's. s.75(1) asks for
// due regard to equality of opportunity between them; s.75(2) adds regard to good relations between
// people of different religious belief, political opinion or racial group only.

const opportunity: Aim[] = ['advanceEquality'];
const withGoodRelations: Aim[] = ['advanceEquality', 'fosterGoodRelations'];
const s75 = (limb: string) => `Northern Ireland Act 1998 s.75${limb}`;

const category = (
  id: string,
  label: string,
  aims: Aim[],
  note: string,
  prompt: string,
): CharacteristicDefinition => ({
  id,
  label,
  protected: true,
  legalBasis: aims.includes('fosterGoodRelations') ? `${s75('(1) and (2)')}` : s75('(1)'),
  aims,
  note,
  prompts: [prompt],
  census: [],
});

/** The nine section 75 categories, in the order the Act lists them. */
export const section75Categories: readonly CharacteristicDefinition[] = [
  category(
    'religious_belief',
    'Religious belief',
    withGoodRelations,
    'Includes perceived community background (Protestant, Catholic, other, none).',
    'Could the policy affect people of one community background differently, or where they feel safe to go?',
  ),
  category(
    'political_opinion',
    'Political opinion',
    withGoodRelations,
    'Often assessed alongside religious belief; includes nationalist, unionist and other opinion.',
    'Could the policy be seen as favouring one political tradition, in its symbols, venues or language?',
  ),
  category(
    'racial_group',
    'Racial group',
    withGoodRelations,
    'Includes colour, race, nationality, ethnic or national origins, Irish Travellers, migrant workers.',
    'Will people whose first language is not English, or Irish Travellers, reach and use the service?',
  ),
  category(
    'age',
    'Age',
    opportunity,
    'All ages, including children and older people.',
    'Does the policy treat children, working-age adults or older people differently?',
  ),
  category(
    'marital_status',
    'Marital status',
    opportunity,
    'Married, in a civil partnership, single, separated, divorced or widowed.',
    'Does the policy assume a household or family form?',
  ),
  category(
    'sexual_orientation',
    'Sexual orientation',
    opportunity,
    'Heterosexual, gay, lesbian, bisexual and other orientations.',
    'Could lesbian, gay or bisexual people be less likely to use the service, or feel unsafe doing so?',
  ),
  category(
    'men_and_women',
    'Men and women generally',
    opportunity,
    'Includes trans people, and pregnancy and maternity as it bears on women.',
    'Will women and men be affected differently, for instance through caring roles or working patterns?',
  ),
  category(
    'disability',
    'Disability',
    opportunity,
    'The Disability Discrimination Act 1995 definition still applies in Northern Ireland.',
    'Which adjustments will disabled people need to take part?',
  ),
  category(
    'dependants',
    'Persons with or without dependants',
    opportunity,
    'People caring for children, older people or disabled people.',
    'Can people with caring responsibilities attend at the times and places the policy expects?',
  ),
];
