import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../src/checks.js';
import {
  type CheckedProfile,
  checkedProfileParts,
  defaultProfile,
  Profile,
  profileFingerprint,
} from '../src/index.js';
import { assessment, instant, profile } from './checks/arbitraries.js';

/** Every part of the profile the checks do not read, changed. */
const otherwiseChanged = (given: Profile): Profile =>
  Profile.parse({
    ...given,
    id: 'another_profile',
    name: 'Another name',
    organisation: 'Another body',
    smallCountThreshold: given.smallCountThreshold + 1,
    keys: [
      {
        id: 'amara-key',
        user: 'amara',
        publicKey: 'a'.repeat(64),
        validFrom: '2026-01-01T00:00:00.000Z',
      },
    ],
    signing: 'required',
    changes: [
      {
        seq: 1,
        event: {
          type: 'profileChange',
          by: { id: 'amara', roles: ['admin'] },
          at: '2026-01-01T00:00:00.000Z',
          changed: ['keys'],
          content: 'b'.repeat(64),
        },
        prevHash: '0'.repeat(64),
        hash: 'c'.repeat(64),
      },
    ],
    publishing: { contact: 'Equality team, 0300 123 4567' },
    updatedAt: '2027-01-01',
  });

/** A change to each part the checks read: a part added to checkedProfileParts must be given one here. */
const changes: { [Part in keyof CheckedProfile]-?: (given: Profile) => Record<Part, unknown> } = {
  jurisdiction: (given) => ({ jurisdiction: given.jurisdiction === 'wales' ? 'england' : 'wales' }),
  characteristics: () => ({
    characteristics: [
      {
        id: 'age',
        label: 'Age',
        protected: true,
        legalBasis: 'Equality Act 2010',
        aims: ['eliminateDiscrimination'],
      },
    ],
  }),
  extraCharacteristics: (given) => ({
    extraCharacteristics: [
      ...given.extraCharacteristics,
      {
        id: 'care_leavers',
        label: 'Care leavers',
        protected: false,
        legalBasis: 'Local choice',
        aims: ['eliminateDiscrimination'],
      },
    ],
  }),
  audiences: (given) => ({ audiences: [...given.audiences, { id: 'visitors', label: 'Visitors' }] }),
  stakeholders: (given) => ({
    stakeholders: [...given.stakeholders, { id: 'carers_forum', name: 'Carers forum' }],
  }),
  users: (given) => ({ users: [...given.users, { id: 'zoe', name: 'Zoe', roles: ['viewer'] }] }),
  approvalChain: (given) => ({
    approvalChain: given.approvalChain.map((stage) => ({ ...stage, senior: !stage.senior })),
  }),
  reviewIntervalMonths: (given) => ({ reviewIntervalMonths: given.reviewIntervalMonths === 12 ? 24 : 12 }),
  evidenceFreshnessMonths: (given) => ({ evidenceFreshnessMonths: given.evidenceFreshnessMonths + 1 }),
  ruleOverrides: (given) => ({ ruleOverrides: { ...given.ruleOverrides, 'evidence-fresh': 'off' } }),
  languages: (given) => ({
    languages: given.languages?.publishes.includes('cy')
      ? { publishes: ['en'], default: 'en' }
      : { publishes: ['en', 'cy'], default: 'en' },
  }),
};

describe("a digest's checks are judged under the parts of the profile the checks read", () => {
  it('a change to any other part (a key, a logged change, the name) changes no finding and keeps the fingerprint', () => {
    fc.assert(
      fc.property(assessment, profile, instant, (a, p, now) => {
        const other = otherwiseChanged(p);
        expect(check(a, other, { now })).toEqual(check(a, p, { now }));
        expect(profileFingerprint(other)).toBe(profileFingerprint(p));
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it('a change to any part the checks read gives another fingerprint', () => {
    expect(Object.keys(changes).sort()).toEqual([...checkedProfileParts].sort());
    const before = profileFingerprint(defaultProfile);
    for (const part of checkedProfileParts) {
      const changed = Profile.parse({ ...defaultProfile, ...changes[part](defaultProfile) });
      expect(profileFingerprint(changed), part).not.toBe(before);
    }
  });
});
