import { describe, expect, it } from 'vitest';
import { cafcassProfile, defaultProfile } from '../../src/index.js';
import { findingsOf, screenedOutExample, variant } from './fixtures.js';
import type { Recipe } from './rigour-cases.js';

// Who counts as another mind: anyone recorded besides the author, whether in the assessment team (where
// people are named as the record states them), as a reviewer or approver, or through engagement.

/** Ben wrote and screened it alone: no team, no reviewers, no engagement. */
const alone: Recipe = (d) => {
  d.policy.assessmentTeam = [];
  d.review.approvals = [];
  d.engagement = [];
};

const warned = (recipe: Recipe, profile = cafcassProfile) =>
  findingsOf('more-than-one-mind', variant(recipe, screenedOutExample), profile).map((f) => f.message);

const onlyBen = [
  'Only one person (ben) is recorded as involved: no assessment team, contributors, engagement or reviewer.',
];

describe('more-than-one-mind', () => {
  it('warns on one author with no team, no reviewers and no engagement', () => {
    expect(warned(alone)).toEqual(onlyBen);
  });

  it.each([
    ['by profile name', 'Ben Hughes'],
    ['by profile name, spaced and cased differently', '  ben  HUGHES '],
    ['by user id', 'Ben'],
  ])('warns when the only team member is the author, named %s', (_, name) => {
    expect(
      warned((d) => {
        alone(d);
        d.policy.assessmentTeam = [{ name, role: 'Service Manager' }];
      }),
    ).toEqual(onlyBen);
  });

  it('passes with one team member other than the author', () => {
    expect(
      warned((d) => {
        alone(d);
        d.policy.assessmentTeam = [{ name: 'Julie Brown', role: 'Strategic Lead for EDI' }];
      }),
    ).toEqual([]);
  });

  it('passes with one team member other than the author under a profile that lists no users', () => {
    const withColleague: Recipe = (d) => {
      alone(d);
      d.policy.assessmentTeam = [{ name: 'Priya Shah', role: 'Equality adviser' }];
    };
    expect(warned(withColleague, defaultProfile)).toEqual([]);
  });

  it('passes with engagement with people', () => {
    expect(
      warned((d) => {
        alone(d);
        d.engagement = [
          {
            id: 'eng-staff',
            who: 'Practice staff forum',
            method: 'Meeting',
            characteristics: [],
            whatTheySaid: 'The new numbers are easier to cite.',
            whatChanged: '',
          },
        ];
      }),
    ).toEqual([]);
  });

  it('passes with a reviewer other than the author', () => {
    expect(
      warned((d) => {
        alone(d);
        // Julie's equality review alone.
        d.review.approvals = screenedOutExample.review.approvals.filter(
          (approval) => approval.by === 'julie',
        );
      }),
    ).toEqual([]);
  });
});
