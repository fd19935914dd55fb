import { describe, expect, it } from 'vitest';
import {
  cafcassProfile,
  createAssessment,
  defaultProfile,
  ethnicGroupCategories,
  profileCharacteristics,
  protectedCharacteristics,
} from '../src/index.js';

describe('catalogue and profiles', () => {
  it('lists the nine protected characteristics, with marriage and civil partnership on aim (a) only', () => {
    expect(protectedCharacteristics.map((c) => c.id)).toEqual([
      'age',
      'disability',
      'gender_reassignment',
      'marriage_civil_partnership',
      'pregnancy_maternity',
      'race',
      'religion_belief',
      'sex',
      'sexual_orientation',
    ]);
    const marriage = protectedCharacteristics.find((c) => c.id === 'marriage_civil_partnership');
    expect(marriage?.aims).toEqual(['eliminateDiscrimination']);
  });

  it('has the 19 census ethnic groups in 5 groups', () => {
    expect(ethnicGroupCategories.categories).toHaveLength(19);
    expect(new Set(ethnicGroupCategories.categories.map((c) => c.group)).size).toBe(5);
  });

  it('adds carers and language in the Cafcass profile, after the nine', () => {
    expect(profileCharacteristics(defaultProfile)).toHaveLength(9);
    expect(
      profileCharacteristics(cafcassProfile)
        .map((c) => c.id)
        .slice(9),
    ).toEqual(['carers', 'language']);
    expect(cafcassProfile.stakeholders.map((s) => s.name)).toContain("Family Justice Young People's Board");
  });

  it('starts every characteristic as not assessed, never neutral', () => {
    const assessment = createAssessment({
      id: 'eqia-1',
      title: 'Remote hearings',
      createdBy: 'amara',
      createdAt: '2026-01-05T09:00:00Z',
      profile: cafcassProfile,
    });
    expect(Object.keys(assessment.analysis)).toHaveLength(11);
    expect(Object.values(assessment.analysis).every((a) => a.status === 'not_assessed')).toBe(true);
    expect(assessment.approvalChain.map((s) => s.id)).toEqual(['equality_review', 'senior_sign_off']);
  });
});
