import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { type Assessment, cafcassProfile } from '../../src/index.js';
import { findingsOf, screenedOutExample, variant } from './fixtures.js';
import { bilingualExample, bilingualProfile } from './welsh-cases.js';

// The rules of the outcome, the reasoning and the screening-out, each condition on its own. Cases
// assert where findings point (rule and path), not their wording.

type Recipe = (draft: Draft<Assessment>) => void;
type Impact = Draft<Assessment>['analysis'][string]['impacts'][number];

const paths = (ruleId: string, recipe: Recipe, base?: Assessment) =>
  findingsOf(ruleId, variant(recipe, base)).map((finding) => finding.path);

/** The findings of `ruleId` when the Sex impact (negative, high, mitigated) is changed by `change`. */
const sexImpact = (ruleId: string, change: (impact: Impact) => void, recipe: Recipe = () => {}) =>
  paths(ruleId, (d) => {
    change(d.analysis.sex!.impacts[0]!);
    recipe(d);
  });
const SEX = 'analysis.sex.impacts.0';

describe('negative-impact-mitigated', () => {
  const rule = 'negative-impact-mitigated';
  const continuing: Recipe = (d) => {
    d.outcome!.kind = 'continue';
  };

  it('asks a negative impact for a mitigation, or a justification when the policy continues', () => {
    expect(
      sexImpact(rule, (i) => {
        i.mitigation = '';
      }),
    ).toEqual([`${SEX}.mitigation`]);
    expect(sexImpact(rule, (i) => Object.assign(i, { mitigation: '', justification: 'Needed.' }))).toEqual([
      `${SEX}.mitigation`,
    ]);
    expect(
      sexImpact(rule, (i) => Object.assign(i, { mitigation: '', justification: 'Needed.' }), continuing),
    ).toEqual([]);
    expect(
      sexImpact(rule, (i) => Object.assign(i, { mitigation: '', justification: ' ' }), continuing),
    ).toEqual([`${SEX}.mitigation`]);
    expect(sexImpact(rule, (i) => Object.assign(i, { mitigation: '', direction: 'positive' }))).toEqual([]);
    expect(sexImpact(rule, () => {})).toEqual([]);
  });
});

describe('residual-impact-justified', () => {
  const rule = 'residual-impact-justified';

  it('asks a mitigated negative impact how severe it remains', () => {
    expect(sexImpact(rule, (i) => void delete i.residualSeverity)).toEqual([`${SEX}.residualSeverity`]);
    expect(
      sexImpact(rule, (i) => {
        delete i.residualSeverity;
        i.mitigation = '';
      }),
    ).toEqual([]);
    expect(
      sexImpact(rule, (i) => {
        delete i.residualSeverity;
        i.direction = 'positive';
      }),
    ).toEqual([]);
  });

  it('asks for a justification of a medium or high residual impact, not a low one', () => {
    const left = (residualSeverity: string, justification = '') =>
      sexImpact(rule, (i) => Object.assign(i, { residualSeverity, justification }));
    expect(left('low')).toEqual([]);
    expect(left('none')).toEqual([]);
    expect(left('medium')).toEqual([`${SEX}.justification`]);
    expect(left('high')).toEqual([`${SEX}.justification`]);
    expect(left('high', 'Outweighed by earlier hearings.')).toEqual([]);
  });
});

describe('outcome-fits-impacts', () => {
  const rule = 'outcome-fits-impacts';
  const noMajorChange: Recipe = (d) => {
    d.outcome!.kind = 'no_major_change';
  };

  it('holds "no major change" to every negative impact being mitigated to low', () => {
    // Every negative impact of the worked example is mitigated and left low.
    expect(paths(rule, noMajorChange)).toEqual([]);
    expect(
      sexImpact(
        rule,
        (i) => {
          i.residualSeverity = 'medium';
        },
        noMajorChange,
      ),
    ).toEqual(['outcome.kind']);
    expect(
      sexImpact(
        rule,
        (i) => {
          i.residualSeverity = 'high';
        },
        noMajorChange,
      ),
    ).toEqual(['outcome.kind']);
    expect(
      sexImpact(
        rule,
        (i) => {
          i.mitigation = '';
        },
        noMajorChange,
      ),
    ).toEqual(['outcome.kind']);
    expect(
      sexImpact(rule, (i) => Object.assign(i, { mitigation: '', direction: 'positive' }), noMajorChange),
    ).toEqual([]);
    expect(
      sexImpact(rule, (i) => {
        i.residualSeverity = 'high';
      }),
    ).toEqual([]);
  });

  it('asks "adjust" for a live action', () => {
    const adjust = (recipe: Recipe) =>
      paths(rule, (d) => {
        d.outcome!.kind = 'adjust';
        recipe(d);
      });
    expect(adjust(() => {})).toEqual([]);
    expect(
      adjust((d) => {
        for (const action of d.actions.slice(1)) action.status = 'dropped';
      }),
    ).toEqual([]);
    expect(
      adjust((d) => {
        for (const action of d.actions) action.status = 'dropped';
      }),
    ).toEqual(['actions']);
  });
});

describe('the outcome and the conclusions are reasoned', () => {
  it('asks for an outcome, then for its rationale', () => {
    expect(paths('outcome-recorded', () => {})).toEqual([]);
    expect(paths('outcome-recorded', (d) => void delete d.outcome)).toEqual(['outcome']);
    expect(
      paths('outcome-recorded', (d) => {
        d.outcome!.rationale = ' ';
      }),
    ).toEqual(['outcome.rationale']);
    expect(
      paths('policy-aims-stated', (d) => {
        d.policy.aims = ' ';
      }),
    ).toEqual(['policy.aims']);
    expect(paths('policy-aims-stated', () => {})).toEqual([]);
  });

  it('asks "no impact" for reasoning and for evidence or a data gap, each on its own', () => {
    const religion = (recipe: (analysis: Draft<Assessment>['analysis'][string]) => void) =>
      paths('no-impact-reasoned', (d) => {
        recipe(d.analysis.religion_belief!);
      });
    expect(religion(() => {})).toEqual([]);
    expect(
      religion((a) => {
        a.reasoning = '';
      }),
    ).toEqual(['analysis.religion_belief.reasoning']);
    expect(religion((a) => Object.assign(a, { evidenceIds: [], gapIds: [] }))).toEqual([
      'analysis.religion_belief.evidenceIds',
    ]);
    expect(religion((a) => Object.assign(a, { evidenceIds: [], gapIds: ['gap-bsl'] }))).toEqual([]);
    expect(
      religion((a) =>
        Object.assign(a, { evidenceIds: [], gapIds: [], reasoning: '', status: 'impacts_identified' }),
      ),
    ).toEqual([]);
  });

  it('asks an unknown impact for a live action to find out, linked from either side', () => {
    const race = (recipe: Recipe) =>
      paths('unknown-impact-has-action', (d) => {
        d.analysis.race!.impacts[0]!.actionIds = [];
        for (const action of d.actions)
          action.impactIds = action.impactIds.filter((id) => id !== 'imp-race-trust');
        recipe(d);
      });
    const path = 'analysis.race.impacts.0.actionIds';
    expect(race(() => {})).toEqual([path]);
    expect(
      race((d) => {
        d.analysis.race!.impacts[0]!.direction = 'negative';
      }),
    ).toEqual([]);
    expect(
      race((d) => {
        d.analysis.race!.impacts[0]!.actionIds = ['act-ethnicity-analysis'];
      }),
    ).toEqual([]);
    expect(race((d) => void d.actions[0]!.impactIds.push('imp-race-trust'))).toEqual([]);
  });
});

describe('reasoning-not-pasted', () => {
  const rule = 'reasoning-not-pasted';

  it('finds the same words under another characteristic’s name, pointing at the later one', () => {
    expect(
      paths(rule, (d) => {
        d.analysis.religion_belief!.reasoning =
          'No impact on religion or belief: the listing is the same for all.';
        d.analysis.sexual_orientation!.reasoning =
          'No impact on sexual orientation; the listing is the same for all!';
      }),
    ).toEqual(['analysis.sexual_orientation.reasoning']);
    expect(
      paths(rule, (d) => {
        d.analysis.religion_belief!.reasoning = 'The listing is the same for all.';
        d.analysis.sexual_orientation!.reasoning = 'The listing is the same for everyone.';
      }),
    ).toEqual([]);
  });

  it('leaves reasoning that is only names and small words, or blank, to other rules', () => {
    expect(
      paths(rule, (d) => {
        d.analysis.religion_belief!.reasoning = 'Religion or belief.';
        d.analysis.sexual_orientation!.reasoning = 'Sexual orientation.';
        d.analysis.marriage_civil_partnership!.reasoning = '';
        d.analysis.gender_reassignment!.reasoning = '';
      }),
    ).toEqual([]);
  });

  it('compares the screening reasons of a screening-out', () => {
    expect(
      paths(
        rule,
        (d) => {
          d.screening.answers.sex!.reason = d.screening.answers.race!.reason;
          delete d.screening.answers.age;
        },
        screenedOutExample,
      ),
    ).toEqual(['screening.answers.sex.reason']);
  });
});

describe('references-resolve', () => {
  it('finds every link to nothing, from each kind of record, and nothing when all resolve', () => {
    expect(paths('references-resolve', () => {})).toEqual([]);
    expect(
      paths('references-resolve', (d) => {
        d.analysis.race!.evidenceIds.push('ev-gone');
        d.analysis.race!.gapIds.push('gap-gone');
        d.analysis.race!.impacts[0]!.evidenceIds.push('ev-gone');
        d.analysis.race!.impacts[0]!.actionIds.push('act-gone');
        d.evidence.gaps[1]!.actionIds.push('act-gone');
        d.actions[1]!.impactIds.push('imp-gone');
        d.actions[1]!.gapIds.push('gap-gone');
      }),
    ).toEqual([
      'analysis.race.evidenceIds.1',
      'analysis.race.gapIds.1',
      'analysis.race.impacts.0.evidenceIds.1',
      'analysis.race.impacts.0.actionIds.1',
      'evidence.gaps.1.actionIds.1',
      'actions.1.impactIds.1',
      'actions.1.gapIds.0',
    ]);
  });

  it('takes an intersectional impact as an impact an action may link', () => {
    expect(
      paths('references-resolve', (d) => {
        d.actions[1]!.impactIds = [d.intersectionality.impacts[0]!.id];
      }),
    ).toEqual([]);
  });
});

describe('relevance-not-adverse', () => {
  const relevant = (answer: { likelyImpact?: string; reason?: string }) =>
    paths(
      'relevance-not-adverse',
      (d) => {
        const race = d.screening.answers.race!;
        race.relevance = 'yes';
        delete race.likelyImpact;
        Object.assign(race, answer);
      },
      screenedOutExample,
    );
  const race = 'screening.answers.race';

  it('asks a relevant characteristic for its likely impact, which cannot be major', () => {
    expect(relevant({})).toEqual([`${race}.likelyImpact`]);
    expect(relevant({ likelyImpact: 'major' })).toEqual([`${race}.likelyImpact`]);
    expect(relevant({ likelyImpact: 'minor' })).toEqual([]);
    expect(relevant({ likelyImpact: 'positive' })).toEqual([]);
    expect(relevant({ likelyImpact: 'none' })).toEqual([]);
  });

  it('asks a minor or positive impact for its reason', () => {
    expect(relevant({ likelyImpact: 'minor', reason: '' })).toEqual([`${race}.reason`]);
    expect(relevant({ likelyImpact: 'positive', reason: ' ' })).toEqual([`${race}.reason`]);
    expect(relevant({ likelyImpact: 'major', reason: '' })).toEqual([`${race}.likelyImpact`]);
  });

  it('leaves answers that are not "relevant" alone', () => {
    expect(
      paths(
        'relevance-not-adverse',
        (d) => {
          d.screening.answers.race!.relevance = 'unsure';
          delete d.screening.answers.age;
        },
        screenedOutExample,
      ),
    ).toEqual([]);
  });
});

describe('the screening decision and its reasons', () => {
  it('asks for a screening decision', () => {
    expect(paths('screening-decided', () => {})).toEqual([]);
    expect(paths('screening-decided', (d) => void delete d.screening.decision)).toEqual([
      'screening.decision',
    ]);
  });

  it('asks a screening-out for a rationale and a reasoned answer for each characteristic', () => {
    const reasoned = (recipe: Recipe) => paths('screening-out-reasoned', recipe, screenedOutExample);
    expect(reasoned(() => {})).toEqual([]);
    expect(
      reasoned((d) => {
        d.screening.decision!.rationale = '';
      }),
    ).toEqual(['screening.decision.rationale']);
    expect(reasoned((d) => void delete d.screening.answers.age)).toEqual(['screening.answers.age']);
    expect(
      reasoned((d) => {
        d.screening.answers.age!.relevance = 'unsure';
      }),
    ).toEqual(['screening.answers.age.relevance']);
    expect(
      reasoned((d) => {
        d.screening.answers.age!.reason = ' ';
      }),
    ).toEqual(['screening.answers.age.reason']);
    expect(
      reasoned((d) => {
        Object.assign(d.screening.answers.age!, { relevance: 'yes', reason: '', likelyImpact: 'minor' });
      }),
    ).toEqual([]);
  });
});

describe('screening-out-evidenced', () => {
  const evidenced = (recipe: Recipe) => paths('screening-out-evidenced', recipe, screenedOutExample);
  const related = {
    title: 'Practice guidance strategy EqIA',
    reference: 'https://example.org/eqia/strategy',
    covers: 'It assessed every change to how guidance is published.',
  };

  it('asks for evidence or a related assessment', () => {
    expect(evidenced(() => {})).toEqual([]);
    expect(
      evidenced((d) => {
        d.screening.evidenceIds = [];
      }),
    ).toEqual(['screening.evidenceIds']);
    expect(
      evidenced((d) => {
        d.screening.evidenceIds = [];
        d.screening.related = [related] as never;
      }),
    ).toEqual([]);
  });

  it('asks a screening-out that leans on another assessment to link it, from its rationale or any reason', () => {
    const leans = [
      'This is covered by the strategy.',
      'It was considered in the programme board.',
      'Already considered by the directorate.',
      'Considered as part of the review.',
      'See the parent EqIA.',
      'See the overarching EIA.',
      'See the umbrella equality impact assessment.',
      'See the strategy equality assessment.',
      'See the programme impact assessment.',
      'See the wider EqIA.',
      'See the original EqIA.',
      'See the previous EqIA.',
      'See the existing EqIA.',
      'See the integrated impact assessment.',
    ];
    const found = leans.map((text) =>
      evidenced((d) => {
        d.screening.answers.race!.reason = text;
      }),
    );
    expect(found).toEqual(leans.map(() => ['screening.related']));
    expect(
      evidenced((d) => {
        d.screening.decision!.rationale = 'As the parent EqIA found, nothing changes for anyone.';
      }),
    ).toEqual(['screening.related']);
    expect(
      evidenced((d) => {
        d.screening.decision!.rationale = 'As the parent EqIA found, nothing changes for anyone.';
        d.screening.related = [related] as never;
      }),
    ).toEqual([]);
  });

  it('asks each related assessment where to find it and why it covers this change', () => {
    expect(
      evidenced((d) => {
        d.screening.related = [{ ...related, reference: ' ' }, { ...related, covers: '' }, related] as never;
      }),
    ).toEqual(['screening.related.0.reference', 'screening.related.1.covers']);
  });
});

describe('screening-out-awaiting-authorisation', () => {
  const awaiting = (recipe: Recipe) =>
    paths('screening-out-awaiting-authorisation', recipe, screenedOutExample);

  it('says a screening-out awaits its senior stage until that stage approves or a senior role decided it', () => {
    const unapproved: Recipe = (d) => {
      d.review.approvals = [];
    };
    expect(awaiting(() => {})).toEqual([]);
    expect(awaiting(unapproved)).toEqual(['screening.decision']);
    expect(
      awaiting((d) => {
        unapproved(d);
        d.screening.decision!.decidedBy = 'sam';
      }),
    ).toEqual([]);
    expect(
      awaiting((d) => {
        unapproved(d);
        for (const stage of d.approvalChain) stage.senior = false;
      }),
    ).toEqual([]);
  });
});

describe('welsh-text-written', () => {
  it('asks for the Welsh of every text written in English, only of a body that publishes in Welsh', () => {
    const welsh = (recipe: Recipe, profile = bilingualProfile) =>
      findingsOf('welsh-text-written', variant(recipe, bilingualExample), profile).map((f) => f.path);
    const noWelshAims: Recipe = (d) => {
      delete d.welsh!['policy/aims'];
    };
    expect(welsh(() => {})).toEqual([]);
    expect(welsh(noWelshAims)).toEqual(['policy.aims']);
    expect(welsh(noWelshAims, cafcassProfile)).toEqual([]);
    expect(
      welsh((d) => {
        noWelshAims(d);
        d.policy.aims = ' ';
      }),
    ).toEqual([]);
  });
});
