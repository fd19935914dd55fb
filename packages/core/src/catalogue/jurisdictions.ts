import type { Aim } from '../schema/common.js';
import type { CharacteristicDefinition, Jurisdiction, Profile } from '../schema/profile.js';
import { protectedCharacteristics, socioEconomic, welshLanguage } from './characteristics.js';
import { section75Categories } from './section-75.js';

/** How one nation's law frames an assessment: the duty, the aims it asks about, whom it covers. */
export interface JurisdictionDefinition {
  label: string;
  /** The duties an assessment there answers to, in a sentence. */
  duty: string;
  /** The aims a statement is asked for, with the words that law uses for each. */
  aims: readonly { aim: Aim; limb: string; label: string }[];
  /** The characteristics assessed unless a profile replaces them. */
  characteristics: readonly CharacteristicDefinition[];
}

const section149Aims: JurisdictionDefinition['aims'] = [
  { aim: 'eliminateDiscrimination', limb: '(a)', label: 'Eliminate discrimination' },
  { aim: 'advanceEquality', limb: '(b)', label: 'Advance equality of opportunity' },
  { aim: 'fosterGoodRelations', limb: '(c)', label: 'Foster good relations' },
];

export const jurisdictions: Readonly<Record<Jurisdiction, JurisdictionDefinition>> = {
  england: {
    label: 'England',
    duty: 'Equality Act 2010 s.149 and the Specific Duties and Public Authorities Regulations 2017 (SI 2017/353).',
    aims: section149Aims,
    characteristics: protectedCharacteristics,
  },
  wales: {
    label: 'Wales',
    duty: 'Equality Act 2010 s.149; the Wales specific duties (SI 2011/1064), reg 8: assess likely impact and publish a report where it is substantial; the socio-economic duty (s.1) for strategic decisions; the Welsh Language Standards.',
    aims: section149Aims,
    characteristics: [...protectedCharacteristics, socioEconomic, welshLanguage],
  },
  scotland: {
    label: 'Scotland',
    duty: 'Equality Act 2010 s.149; the Scottish specific duties (SI 2012/162), reg 5: assess and review policies and publish the results; the Fairer Scotland Duty (s.1).',
    aims: section149Aims,
    characteristics: [...protectedCharacteristics, socioEconomic],
  },
  northern_ireland: {
    label: 'Northern Ireland',
    duty: 'Northern Ireland Act 1998 s.75 and the equality scheme approved by the Equality Commission: screening (major, minor or no impact) and a full EQIA where the impact is major.',
    aims: [
      { aim: 'advanceEquality', limb: 's.75(1)', label: 'Promote equality of opportunity' },
      { aim: 'fosterGoodRelations', limb: 's.75(2)', label: 'Promote good relations' },
    ],
    characteristics: section75Categories,
  },
};

/** The jurisdiction a profile answers to; England for a profile written before profiles had one. */
export function jurisdictionOf(profile: Pick<Profile, 'jurisdiction'>): JurisdictionDefinition {
  return jurisdictions[(profile.jurisdiction as Jurisdiction | undefined) ?? 'england'];
}
