import { describe, expect, it } from 'vitest';
import {
  newAction,
  newCharacteristicAnalysis,
  newEvidenceItem,
  newImpact,
  ValidationError,
} from '../src/index.js';

describe('new entries from what a form gives', () => {
  it('fills every defaulted field, so a form asks only for what has no default', () => {
    expect(newAction({ id: 'a1', description: 'Offer a paper form' })).toEqual({
      id: 'a1',
      description: 'Offer a paper form',
      impactIds: [],
      gapIds: [],
      owner: '',
      measure: '',
      status: 'open',
      updates: [],
    });
    expect(
      newImpact({ id: 'i1', audience: 'staff', direction: 'negative', description: 'Longer journeys' }),
    ).toMatchObject({ aims: [], evidenceIds: [], mitigation: '', actionIds: [], justification: '' });
    expect(newEvidenceItem({ id: 'e1', kind: 'census', title: 'Census 2021' })).toMatchObject({
      source: '',
      characteristics: [],
    });
    expect(newCharacteristicAnalysis({})).toMatchObject({ status: 'not_assessed', impacts: [] });
  });

  it('refuses what is wrong, naming each field', () => {
    const bad = () => newAction({ id: 'has space', description: ' ' });
    expect(bad).toThrow(ValidationError);
    expect(bad).toThrow(/id: use letters[\s\S]*description: describe the action/);
  });
});
