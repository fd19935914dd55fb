import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { type Assessment, cafcassProfile, type Profile, workedExample } from '../../src/index.js';
import { findingsOf, screenedOutExample, variant } from './fixtures.js';

// Where a rule draws a line (a date, a word count, who decided, which risk), content on each side of it.
// The worked example is checked on 2026-03-02 under the Cafcass profile: evidence 36 months, review 12.

const paths = (ruleId: string, assessment: Assessment, profile = cafcassProfile) =>
  findingsOf(ruleId, assessment, profile).map((finding) => finding.path);

const impact = (draft: Draft<Assessment>, characteristic: string, index = 0) =>
  draft.analysis[characteristic]!.impacts[index]!;

describe('unlawful-discrimination-not-continued', () => {
  type Risk = 'direct' | 'indirect' | 'harassment' | 'reasonable_adjustments';
  /** The findings when the negative Age or Language impact carries `risk` (and no other impact any). */
  const flagged = (characteristic: 'age' | 'language', risk: Risk, kind: 'continue' | 'no_major_change') =>
    paths(
      'unlawful-discrimination-not-continued',
      variant((d) => {
        for (const ref of Object.values(d.analysis)) for (const i of ref.impacts) delete i.discriminationRisk;
        for (const i of d.intersectionality.impacts) delete i.discriminationRisk;
        impact(d, characteristic, characteristic === 'age' ? 1 : 0).discriminationRisk = risk;
        d.outcome!.kind = kind;
      }),
    ).length;

  it('allows "continue" only for indirect discrimination and direct discrimination on age alone', () => {
    const table = (['direct', 'indirect', 'harassment', 'reasonable_adjustments'] as const).map((risk) => [
      risk,
      flagged('age', risk, 'continue'),
      flagged('language', risk, 'continue'),
      flagged('language', risk, 'no_major_change'),
    ]);
    // [risk, found for age + continue, for language + continue, for language + no major change]
    expect(table).toEqual([
      ['direct', 0, 1, 1],
      ['indirect', 0, 0, 1],
      ['harassment', 1, 1, 1],
      ['reasonable_adjustments', 1, 1, 1],
    ]);
  });

  it('treats direct discrimination on an intersection with age as unjustifiable', () => {
    const intersection = variant((d) => {
      for (const ref of Object.values(d.analysis)) for (const i of ref.impacts) delete i.discriminationRisk;
      const [black] = d.intersectionality.impacts;
      Object.assign(black!, { direction: 'negative', severity: 'high', residualSeverity: 'low' });
      black!.discriminationRisk = 'direct';
      d.outcome!.kind = 'continue';
    });
    expect(paths('unlawful-discrimination-not-continued', intersection)).toEqual([
      'intersectionality.impacts.0.discriminationRisk',
    ]);
  });

  it('passes an outcome that adjusts or stops the policy, and a risk that is removed', () => {
    for (const kind of ['adjust', 'stop'] as const) {
      const changed = variant((d) => {
        d.outcome!.kind = kind;
      });
      expect(paths('unlawful-discrimination-not-continued', changed)).toEqual([]);
    }
    const removed = variant((d) => {
      d.outcome!.kind = 'no_major_change';
      for (const ref of Object.values(d.analysis)) for (const i of ref.impacts) i.residualSeverity = 'none';
    });
    expect(paths('unlawful-discrimination-not-continued', removed)).toEqual([]);
  });
});

describe('screening-out-authorised', () => {
  const withoutSeniorStage = (decidedBy: string) =>
    variant((d) => {
      for (const stage of d.approvalChain) stage.senior = false;
      d.screening.decision!.decidedBy = decidedBy;
    }, screenedOutExample);

  it('accepts a screening-out decided by someone in a senior role when the chain has no senior stage', () => {
    // sam is an approver, the role of the Cafcass profile's senior stage.
    expect(paths('screening-out-authorised', withoutSeniorStage('sam'))).toEqual([]);
  });

  it('flags one decided by anyone else, known or not', () => {
    for (const who of ['ben', 'julie', 'someone-unknown']) {
      expect(paths('screening-out-authorised', withoutSeniorStage(who))).toEqual([
        'screening.decision.decidedBy',
      ]);
    }
  });
});

describe('high-severity-engaged', () => {
  /** The worked example with no consultation or feedback evidence and only these engagements. */
  const heardThrough = (engagement: (draft: Draft<Assessment>) => void) =>
    paths(
      'high-severity-engaged',
      variant((d) => {
        for (const item of d.evidence.items) item.kind = 'data';
        engagement(d);
      }),
    );
  const disability = 'analysis.disability.impacts.0';
  const sex = 'analysis.sex.impacts.0';

  it('hears a characteristic through any one engagement that covers it', () => {
    const found = heardThrough((d) => {
      d.engagement = d.engagement.filter((e) => ['eng-staff-networks', 'eng-domestic-abuse'].includes(e.id));
    });
    expect(found).toEqual([]);
  });

  it('hears it through a stakeholder group only when that group speaks for it', () => {
    const found = heardThrough((d) => {
      // Carers Network speaks for carers only, though other groups of the profile speak for disability.
      d.engagement = [{ ...d.engagement[0]!, stakeholder: 'carers_network', characteristics: [] }];
    });
    expect(found).toEqual([disability, sex]);
  });

  it('hears it through consultation or feedback evidence, not through other evidence', () => {
    const found = paths(
      'high-severity-engaged',
      variant((d) => {
        d.engagement = [];
        for (const item of d.evidence.items) {
          if (item.kind === 'consultation') item.characteristics = ['sex'];
          if (item.kind === 'feedback') item.characteristics = ['disability'];
        }
      }),
    );
    expect(found).toEqual([]);
    const onlyData = heardThrough((d) => {
      d.engagement = [];
    });
    expect(onlyData).toEqual([disability, sex]);
  });

  it('asks it of high-severity negative impacts only', () => {
    const found = heardThrough((d) => {
      d.engagement = [];
      impact(d, 'disability').severity = 'medium';
      impact(d, 'sex').direction = 'positive';
    });
    expect(found).toEqual([]);
  });
});

describe('action-linked', () => {
  const linkedBy = (link: (draft: Draft<Assessment>) => void) =>
    paths(
      'action-linked',
      variant((d) => {
        d.actions.push({
          id: 'act-new',
          description: 'Equality training for all advisers.',
          impactIds: [],
          gapIds: [],
          owner: 'Learning team',
          measure: 'All advisers trained.',
          status: 'open',
          updates: [],
        });
        link(d);
      }),
    );
  const last = (d: Draft<Assessment>) => d.actions.at(-1)!;

  it('accepts an action linked from either side, to an impact or to a gap', () => {
    expect(linkedBy((d) => last(d).impactIds.push('imp-age-older-parties'))).toEqual([]);
    expect(linkedBy((d) => last(d).gapIds.push('gap-bsl'))).toEqual([]);
    expect(linkedBy((d) => impact(d, 'age').actionIds.push('act-new'))).toEqual([]);
    expect(linkedBy((d) => d.evidence.gaps[0]!.actionIds.push('act-new'))).toEqual([]);
    expect(linkedBy(() => {})).toEqual(['actions.9.impactIds']);
  });
});

describe('evidence-fresh', () => {
  const dated = (date: string, kind: 'data' | 'census' = 'data', profile = cafcassProfile) =>
    paths(
      'evidence-fresh',
      variant((d) => {
        d.evidence.items = [{ ...d.evidence.items[0]!, kind, date }];
      }),
      profile,
    );

  it('keeps evidence for exactly the profile’s months, and census data for ten years', () => {
    expect(dated('2023-03-02')).toEqual([]);
    expect(dated('2023-03-01')).toEqual(['evidence.items.0.date']);
    expect(dated('2016-03-02', 'census')).toEqual([]);
    expect(dated('2016-03-01', 'census')).toEqual(['evidence.items.0.date']);
  });

  it('gives census data the profile’s limit when that is longer than ten years', () => {
    const patient = { ...cafcassProfile, evidenceFreshnessMonths: 180 };
    expect(dated('2011-03-02', 'census', patient)).toEqual([]);
    expect(dated('2011-03-01', 'census', patient)).toEqual(['evidence.items.0.date']);
  });

  it('says how old the evidence is against which limit', () => {
    const [finding] = findingsOf(
      'evidence-fresh',
      variant((d) => {
        d.evidence.items = [{ ...d.evidence.items[2]!, date: '2015-01-31' }];
      }),
    );
    expect(finding?.message).toBe(
      'Evidence "' +
        workedExample.evidence.items[2]!.title +
        '" is dated 2015-01-31, older than the 120-month freshness limit.',
    );
  });
});

describe('reasoning-specific', () => {
  const reasoned = (reasoning: string) =>
    paths(
      'reasoning-specific',
      variant((d) => {
        d.analysis.religion_belief!.reasoning = reasoning;
      }),
    );

  it('asks for eight words at least', () => {
    expect(reasoned('one two three four five six seven eight')).toEqual([]);
    expect(reasoned('  one two three four\n five six   seven ')).toEqual([
      'analysis.religion_belief.reasoning',
    ]);
  });

  it('leaves blank reasoning to the rule that asks for it', () => {
    expect(reasoned('   ')).toEqual([]);
  });

  it('reads the screening reasons of a screening-out', () => {
    const short = variant((d) => {
      d.screening.answers.race!.reason = 'Clerical change only.';
    }, screenedOutExample);
    expect(paths('reasoning-specific', short)).toEqual(['screening.answers.race.reason']);
  });
});

describe('review-date-set', () => {
  const reviewOn = (date: string) =>
    findingsOf(
      'review-date-set',
      variant((d) => {
        d.monitoring.nextReviewDate = date;
      }),
    ).map((finding) => finding.message);

  it('accepts a review from tomorrow up to the profile’s interval away', () => {
    expect(reviewOn('2026-03-03')).toEqual([]);
    expect(reviewOn('2027-03-02')).toEqual([]);
    expect(reviewOn('2026-03-02')).toEqual(['The review date 2026-03-02 has passed (today is 2026-03-02).']);
  });

  it('takes the date of the latest reaffirmation over the one first set', () => {
    const reaffirmed = variant((d) => {
      d.monitoring.nextReviewDate = '2020-01-01';
      d.monitoring.reaffirmations.push(
        { at: '2025-01-01T09:00:00Z', by: 'sam', nextReviewDate: '2021-01-01', note: '' },
        { at: '2026-03-01T09:00:00Z', by: 'sam', nextReviewDate: '2026-09-01', note: '' },
      );
    });
    expect(findingsOf('review-date-set', reaffirmed)).toEqual([]);
  });
});

// Appended, not inserted: Stryker's incremental file knows the tests above by their position.
describe('screening-out-authorised: who authorises it', () => {
  const withoutSeniorStage = (decidedBy: string) =>
    variant((d) => {
      for (const stage of d.approvalChain) stage.senior = false;
      d.screening.decision!.decidedBy = decidedBy;
    }, screenedOutExample);

  it('accepts a decider who holds a senior role among others, and not one who holds none', () => {
    const profile: Profile = {
      ...cafcassProfile,
      users: [
        ...cafcassProfile.users,
        { id: 'dual', name: 'Dee Ual', jobTitle: 'Director', roles: ['author', 'approver'] },
        { id: 'none', name: 'No Role', jobTitle: 'Visitor', roles: [] },
      ],
    };
    expect(paths('screening-out-authorised', withoutSeniorStage('dual'), profile)).toEqual([]);
    expect(paths('screening-out-authorised', withoutSeniorStage('none'), profile)).toEqual([
      'screening.decision.decidedBy',
    ]);
  });

  it('accepts one signed off outside eqia, whoever decided it and whatever the chain', () => {
    const outside = variant((d) => {
      d.review.approvals = [];
      d.provenance = {
        source: 'Old intranet',
        importedBy: 'ops',
        importedAt: '2026-02-11T09:00:00Z',
        signedOffOutside: { by: 'A Director', role: 'Director', on: '2026-02-10', note: '' },
      };
    }, withoutSeniorStage('ben'));
    expect(paths('screening-out-authorised', outside)).toEqual([]);
  });

  /** The example's chain with its first stage senior and its last not: the final approval is not the senior one. */
  const seniorFirst = (approvals: (draft: Draft<Assessment>) => void) =>
    paths(
      'screening-out-authorised',
      variant((d) => {
        d.approvalChain[0]!.senior = true;
        d.approvalChain.at(-1)!.senior = false;
        approvals(d);
      }, screenedOutExample),
    );
  const latest = (draft: Draft<Assessment>, stage: number, decision: 'approved' | 'changes_requested') =>
    draft.review.approvals.push({
      ...draft.review.approvals[0]!,
      stage: draft.approvalChain[stage]!.id,
      decision,
      at: '2026-02-12T09:00:00Z',
    });

  it('flags one signed off at the final stage that its senior stage never approved', () => {
    // The senior stage asked for changes after approving: its latest word is not an approval.
    expect(seniorFirst((d) => latest(d, 0, 'changes_requested'))).toEqual(['review.approvals']);
    expect(seniorFirst((d) => d.review.approvals.splice(0, 1))).toEqual(['review.approvals']);
    expect(seniorFirst(() => {})).toEqual([]);
  });

  it('leaves one still awaiting its final stage to screening-out-awaiting-authorisation', () => {
    // Neither the senior stage nor, in the end, the final stage approved it: not yet signed off.
    expect(
      seniorFirst((d) => {
        latest(d, 0, 'changes_requested');
        latest(d, 1, 'changes_requested');
      }),
    ).toEqual([]);
    expect(
      seniorFirst((d) => {
        d.review.approvals = [];
      }),
    ).toEqual([]);
  });
});
