import { describe, expect, it } from 'vitest';
import { check } from '../src/checks.js';
import {
  defaultProfile,
  Profile,
  profileCharacteristics,
  protectedCharacteristics,
  section75Categories,
  workedExample,
  workedExampleNow,
} from '../src/index.js';

const under = (jurisdiction: string, more: object = {}): Profile =>
  Profile.parse({ ...defaultProfile, jurisdiction, ...more });

const ids = (profile: Profile) => profileCharacteristics(profile).map((c) => c.id);
const findingsFor = (profile: Profile, ruleId: string) =>
  check(workedExample, profile, { now: workedExampleNow }).filter((f) => f.ruleId === ruleId);

describe('the four nations', () => {
  it('assesses under England by default: the nine characteristics of the Equality Act', () => {
    expect(defaultProfile.jurisdiction).toBe('england');
    expect(ids(defaultProfile)).toEqual(protectedCharacteristics.map((c) => c.id));
  });

  it('adds the socio-economic duty and the Welsh language in Wales, and the Fairer Scotland Duty in Scotland', () => {
    expect(ids(under('wales')).slice(9)).toEqual(['socio_economic', 'welsh_language']);
    expect(ids(under('scotland')).slice(9)).toEqual(['socio_economic']);
  });

  it('assesses section 75’s nine categories in Northern Ireland, with good relations for three of them', () => {
    expect(ids(under('northern_ireland'))).toEqual([
      'religious_belief',
      'political_opinion',
      'racial_group',
      'age',
      'marital_status',
      'sexual_orientation',
      'men_and_women',
      'disability',
      'dependants',
    ]);
    expect(
      section75Categories.filter((c) => c.aims.includes('fosterGoodRelations')).map((c) => c.id),
    ).toEqual(['religious_belief', 'political_opinion', 'racial_group']);
  });

  it('demands no Equality Act category under section 75, and asks for its categories instead', () => {
    const unassessed = findingsFor(under('northern_ireland'), 'characteristic-concluded').map((f) => f.path);
    expect(unassessed).toContain('analysis.religious_belief.status');
    expect(unassessed).toContain('analysis.dependants.status');
    expect(unassessed.some((path) => path.includes('race') || path.includes('pregnancy'))).toBe(false);
  });

  it('asks for the aims of the jurisdiction: s.75(1) and s.75(2) in Northern Ireland, not s.149(1)(a)', () => {
    const emptyDuty = {
      ...workedExample,
      generalDuty: { eliminateDiscrimination: '', advanceEquality: '', fosterGoodRelations: '' },
    };
    const messages = (profile: Profile) =>
      check(emptyDuty, profile, { now: workedExampleNow })
        .filter((f) => f.ruleId === 'general-duty-statements')
        .map((f) => f.message);
    expect(messages(under('northern_ireland'))).toEqual([
      'There is no statement for aim s.75(1): promote equality of opportunity.',
      'There is no statement for aim s.75(2): promote good relations.',
    ]);
    expect(messages(defaultProfile)).toHaveLength(3);
  });

  it('lets a profile replace the characteristic set, not only extend it', () => {
    const own = under('england', {
      characteristics: [protectedCharacteristics[0], protectedCharacteristics[1]],
    });
    expect(ids(own)).toEqual(['age', 'disability']);
  });
});
