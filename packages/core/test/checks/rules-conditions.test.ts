import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { type Assessment, cafcassProfile, workedExample } from '../../src/index.js';
import { findingsOf, screenedOutExample, variant } from './fixtures.js';

// Each way a rule's condition can be met, one at a time: where the rule looks, what counts as an answer.
// Cases assert where findings point (rule and path), not their wording.

type Recipe = (draft: Draft<Assessment>) => void;

const paths = (ruleId: string, recipe: Recipe, base?: Assessment) =>
  findingsOf(ruleId, variant(recipe, base)).map((finding) => finding.path);

const LATER = 'This will be assessed in a future EqIA once the detail is known.';

describe('assessment-not-deferred', () => {
  const deferred = (recipe: Recipe, base?: Assessment) => paths('assessment-not-deferred', recipe, base);

  /**
   * Religion or belief deferred, with an impact rated now (an interim view) and no action or gap
   * reaching it: only the dated action is missing, until `link` adds one (`act-rel`, due, unlinked).
   */
  const religionDeferred = (link: (draft: Draft<Assessment>) => void) =>
    deferred((d) => {
      const religion = d.analysis.religion_belief!;
      religion.reasoning = LATER;
      religion.impacts = [
        {
          ...d.analysis.sex!.impacts[0]!,
          id: 'imp-rel',
          direction: 'negative',
          severity: 'low',
          actionIds: [],
        },
      ];
      d.actions.push({ ...d.actions[0]!, id: 'act-rel', impactIds: [], gapIds: [], dueDate: '2026-06-01' });
      d.evidence.gaps.push({ ...d.evidence.gaps[0]!, id: 'gap-rel', characteristics: [], actionIds: [] });
      link(d);
    });
  const reasoning = 'analysis.religion_belief.reasoning';
  const actRel = (d: Draft<Assessment>) => d.actions.find((a) => a.id === 'act-rel')!;
  const gapRel = (d: Draft<Assessment>) => d.evidence.gaps.find((g) => g.id === 'gap-rel')!;

  it('asks for a dated action linked to the characteristic, by any of the four links', () => {
    expect(religionDeferred(() => {})).toEqual([reasoning]);
    const ways: Recipe[] = [
      (d) => {
        d.analysis.religion_belief!.impacts[0]!.actionIds = ['act-rel'];
      },
      (d) => {
        actRel(d).impactIds = ['imp-rel'];
      },
      (d) => {
        gapRel(d).characteristics = ['religion_belief'];
        gapRel(d).actionIds = ['act-rel'];
      },
      (d) => {
        d.analysis.religion_belief!.gapIds = ['gap-rel'];
        gapRel(d).actionIds = ['act-rel'];
      },
      (d) => {
        gapRel(d).characteristics = ['religion_belief'];
        actRel(d).gapIds = ['gap-rel'];
      },
      (d) => {
        d.analysis.religion_belief!.gapIds = ['gap-rel'];
        actRel(d).gapIds = ['gap-rel'];
      },
    ];
    for (const way of ways) {
      expect(religionDeferred(way)).toEqual([]);
      // The same link to an action with no due date, or dropped, is no dated action.
      expect(
        religionDeferred((d) => {
          way(d);
          delete actRel(d).dueDate;
        }),
      ).toEqual([reasoning]);
      expect(
        religionDeferred((d) => {
          way(d);
          actRel(d).status = 'dropped';
        }),
      ).toEqual([reasoning]);
    }
  });

  it('does not count a gap or action about another characteristic', () => {
    expect(
      religionDeferred((d) => {
        gapRel(d).characteristics = ['sex'];
        gapRel(d).actionIds = ['act-rel'];
        actRel(d).impactIds = ['imp-sex-domestic-abuse'];
      }),
    ).toEqual([reasoning]);
  });

  it('takes an impact rated now, or with a known direction, as an interim view', () => {
    // Race's only impact is "unknown" with a dated action to find out: only the interim view can be missing.
    const race = (impact: Partial<Assessment['analysis'][string]['impacts'][number]>) =>
      deferred((d) => {
        d.analysis.race!.reasoning = LATER;
        Object.assign(d.analysis.race!.impacts[0]!, impact);
      });
    expect(race({})).toEqual(['analysis.race.reasoning']);
    expect(race({ direction: 'neutral' })).toEqual(['analysis.race.reasoning']);
    expect(race({ direction: 'positive' })).toEqual([]);
    expect(race({ direction: 'negative' })).toEqual([]);
    expect(race({ severity: 'low' })).toEqual([]);
    expect(race({ direction: 'neutral', severity: 'medium' })).toEqual([]);
  });

  it('reads the reasoning and every impact description of each characteristic analysed', () => {
    const found = deferred((d) => {
      d.analysis.race!.impacts[0]!.description = LATER;
      d.analysis.religion_belief!.reasoning = LATER;
      delete d.analysis.carers;
    });
    expect(found).toEqual([
      'analysis.race.impacts.0.description',
      'analysis.religion_belief.reasoning',
      'analysis.religion_belief.reasoning',
    ]);
  });

  /** No action fills a gap and none says it will assess: text about the whole assessment has no dated action. */
  const noAssessingAction: Recipe = (d) => {
    for (const action of d.actions) {
      action.gapIds = [];
      action.description = 'Publish the new listing arrangements.';
    }
  };

  it('reads the statements about the whole assessment, which need a dated action to assess or fill a gap', () => {
    const whole = (more: Recipe = () => {}) =>
      deferred((d) => {
        noAssessingAction(d);
        d.screening.decision!.rationale = LATER;
        d.intersectionality.noneFoundReasoning = LATER;
        d.intersectionality.cumulativeImpact = LATER;
        d.outcome!.rationale = LATER;
        more(d);
      });
    const all = [
      'screening.decision.rationale',
      'intersectionality.noneFoundReasoning',
      'intersectionality.cumulativeImpact',
      'outcome.rationale',
    ];
    expect(whole()).toEqual(all);
    expect(
      whole((d) => {
        delete d.outcome;
      }),
    ).toEqual(all.slice(0, 3));
    // Any dated live action that fills a gap, or whose description says it will assess, is enough.
    for (const description of [
      'Assess the impact again',
      'Update the EqIA',
      'Redo the EIA',
      'Review the impact',
    ]) {
      expect(
        whole((d) => {
          d.actions[0]!.description = description;
        }),
      ).toEqual([]);
    }
    expect(
      whole((d) => {
        d.actions[0]!.gapIds = ['gap-bsl'];
      }),
    ).toEqual([]);
    expect(
      whole((d) => {
        d.actions[0]!.description = 'Assess the impact again';
        delete d.actions[0]!.dueDate;
      }),
    ).toEqual(all);
    expect(
      whole((d) => {
        d.actions[0]!.description = 'Reassess it in June';
      }),
    ).toEqual([]);
  });

  it('reads a screening-out’s answers and rationale, not the analysis statements it does not have', () => {
    const found = deferred((d) => {
      noAssessingAction(d);
      d.screening.decision!.rationale = LATER;
      d.screening.answers.race!.reason = LATER;
      d.screening.answers.sex!.reason = LATER;
      d.screening.answers.sex!.likelyImpact = 'none';
      delete d.screening.answers.age;
      d.intersectionality.cumulativeImpact = LATER;
      d.analysis.age = { ...d.analysis.age!, reasoning: LATER } as never;
    }, screenedOutExample);
    expect(found).toEqual([
      'screening.decision.rationale',
      'screening.answers.race.reason',
      'screening.answers.race.reason',
      'screening.answers.sex.reason',
    ]);
  });
});

describe('absence-not-evidence', () => {
  const absent = (recipe: Recipe, base?: Assessment) => paths('absence-not-evidence', recipe, base);
  const religion = 'analysis.religion_belief.reasoning';
  /** Religion or belief concluded as no impact on `reasoning`, with `recipe` on top. */
  const noImpact = (reasoning: string, recipe: Recipe = () => {}) =>
    absent((d) => {
      d.analysis.religion_belief!.reasoning = reasoning;
      recipe(d);
    });

  it('flags information not held even beside evidence, and nothing found only without evidence', () => {
    expect(noImpact('We hold no data on the faith of parties.')).toEqual([religion]);
    expect(noImpact('There is no evidence of any effect.')).toEqual([]);
    expect(
      noImpact('There is no evidence of any effect.', (d) => {
        d.analysis.religion_belief!.evidenceIds = [];
      }),
    ).toEqual([religion]);
    expect(
      noImpact('We hold no data on the faith of parties.', (d) => {
        d.analysis.religion_belief!.status = 'impacts_identified';
      }),
    ).toEqual([]);
  });

  it('accepts a data gap about the characteristic, or cited by it, that a live action fills', () => {
    const withGap = (gap: Recipe) =>
      noImpact('We hold no data on the faith of parties.', (d) => {
        d.evidence.gaps.push({ ...d.evidence.gaps[0]!, id: 'gap-rel', characteristics: [], actionIds: [] });
        gap(d);
      });
    const gap = (d: Draft<Assessment>) => d.evidence.gaps.at(-1)!;
    expect(withGap(() => {})).toEqual([religion]);
    const filled: Recipe[] = [
      (d) => {
        gap(d).characteristics = ['religion_belief'];
        gap(d).actionIds = ['act-opt-out'];
      },
      (d) => {
        d.analysis.religion_belief!.gapIds = ['gap-rel'];
        gap(d).actionIds = ['act-opt-out'];
      },
      (d) => {
        gap(d).characteristics = ['religion_belief'];
        d.actions[0]!.gapIds = ['gap-rel'];
      },
    ];
    for (const fill of filled) {
      expect(withGap(fill)).toEqual([]);
      expect(
        withGap((d) => {
          fill(d);
          d.actions[0]!.status = 'dropped';
        }),
      ).toEqual([religion]);
    }
  });

  it('reads a screening-out’s "not relevant" reasons, with the evidence the screening cites', () => {
    // The screening cites ev-index, which covers disability and language only.
    const screened = (recipe: Recipe) => absent(recipe, screenedOutExample);
    expect(
      screened((d) => {
        d.screening.answers.disability!.reason = 'There is no evidence of any effect on disabled staff.';
        d.screening.answers.race!.reason = 'There is no evidence of any effect on any ethnic group.';
        d.screening.answers.sex!.reason = 'No complaints have been received from anyone.';
        d.screening.answers.age!.relevance = 'yes';
        d.screening.answers.age!.reason = 'We hold no data on age.';
      }),
    ).toEqual(['screening.answers.race.reason', 'screening.answers.sex.reason']);
    expect(
      screened((d) => {
        d.screening.evidenceIds = [];
        d.screening.answers.disability!.reason = 'There is no evidence of any effect on disabled staff.';
      }),
    ).toEqual(['screening.answers.disability.reason']);
    expect(
      screened((d) => {
        d.screening.answers.race!.reason = 'We hold no data on ethnicity.';
        d.evidence.gaps = [{ ...workedGap, characteristics: ['race'], actionIds: [] }];
        d.actions = [{ ...workedAction, gapIds: [workedGap.id] }];
      }),
    ).toEqual([]);
  });
});

const workedGap = workedExample.evidence.gaps[0]!;
const workedAction = workedExample.actions[0]!;

describe('decision-after-sign-off', () => {
  // The worked example is checked on 2026-03-02; its final stage (senior sign-off) has not approved.
  const late = (recipe: Recipe) => paths('decision-after-sign-off', recipe);
  const signOff = (
    d: Draft<Assessment>,
    at: string,
    decision: 'approved' | 'changes_requested' = 'approved',
  ) => d.review.approvals.push({ ...d.review.approvals[0]!, stage: 'senior_sign_off', decision, at });

  it('compares the decision with today until the record is signed off', () => {
    for (const [date, found] of [
      ['2026-03-01', ['decision.date']],
      ['2026-03-02', []],
      ['2026-03-03', []],
    ] as const) {
      expect(
        late((d) => {
          d.decision.date = date;
        }),
      ).toEqual(found);
    }
    expect(
      late((d) => {
        delete d.decision.date;
      }),
    ).toEqual([]);
  });

  it('compares it with the day of the final approval, which a later request for changes undoes', () => {
    const decidedOn = (date: string, recipe: Recipe) =>
      late((d) => {
        d.decision.date = date;
        recipe(d);
      });
    const approved: Recipe = (d) => signOff(d, '2026-02-10T15:00:00Z');
    expect(decidedOn('2026-02-09', approved)).toEqual(['decision.date']);
    expect(decidedOn('2026-02-10', approved)).toEqual([]);
    const undone: Recipe = (d) => {
      approved(d);
      signOff(d, '2026-02-11T15:00:00Z', 'changes_requested');
    };
    expect(decidedOn('2026-02-10', undone)).toEqual(['decision.date']);
    // Another stage's approval is no sign-off.
    expect(
      decidedOn('2026-02-10', (d) => {
        d.review.approvals.push({ ...d.review.approvals[0]!, at: '2026-02-10T15:00:00Z' });
      }),
    ).toEqual(['decision.date']);
  });

  it('takes the day a historical record says it was signed off outside eqia', () => {
    const outside = (date: string) =>
      late((d) => {
        d.decision.date = date;
        d.provenance = {
          source: 'Old intranet',
          importedBy: 'ops',
          importedAt: '2026-02-11T09:00:00Z',
          signedOffOutside: { by: 'A Director', role: 'Director', on: '2026-02-05', note: '' },
        };
      });
    expect(outside('2026-02-04')).toEqual(['decision.date']);
    expect(outside('2026-02-05')).toEqual([]);
  });
});

describe('due-regard-before-decision', () => {
  // The worked example was screened on its creation day and decides later.
  const before = (recipe: Recipe) => paths('due-regard-before-decision', recipe);
  const screenedOn = (d: Draft<Assessment>) => d.screening.decision!.decidedAt.slice(0, 10);

  it('flags a screening or analysis dated after the decision, not one on the same day', () => {
    expect(
      before((d) => {
        d.decision.date = screenedOn(d);
        d.decision.assessedOn = screenedOn(d);
      }),
    ).toEqual([]);
    expect(
      before((d) => {
        d.screening.decision!.decidedAt = '2026-03-21T09:00:00Z';
        d.decision.date = '2026-03-20';
        d.decision.assessedOn = '2026-03-21';
      }),
    ).toEqual(['screening.decision.decidedAt', 'decision.assessedOn']);
  });

  it('flags a decision recorded as already taken, dated or not', () => {
    expect(
      before((d) => {
        d.decision.alreadyTaken = true;
        delete d.decision.date;
        d.decision.assessedOn = '2099-01-01';
      }),
    ).toEqual(['decision.alreadyTaken']);
    expect(
      before((d) => {
        d.decision.alreadyTaken = true;
      }),
    ).toEqual(['decision.alreadyTaken']);
  });
});

describe('the decision is recorded', () => {
  it('names a decision maker by name or by role', () => {
    const named = (maker: string, makerRole: string) =>
      paths('decision-maker-named', (d) => {
        Object.assign(d.decision, { maker, makerRole });
      });
    expect(named('', '')).toEqual(['decision.maker']);
    expect(named('  ', ' ')).toEqual(['decision.maker']);
    expect(named('Jo Bloggs', '')).toEqual([]);
    expect(named('', 'Director')).toEqual([]);
  });

  it('asks for the decision maker to be briefed and the date to be set', () => {
    const unbriefed: Recipe = (d) => {
      d.decision.makerBriefed = false;
    };
    expect(paths('decision-maker-briefed', unbriefed)).toEqual(['decision.makerBriefed']);
    expect(paths('decision-maker-briefed', () => {})).toEqual([]);
    const undated: Recipe = (d) => {
      delete d.decision.date;
    };
    expect(paths('decision-date-set', undated)).toEqual(['decision.date']);
    expect(paths('decision-date-set', () => {})).toEqual([]);
  });
});

describe('engagement-reaches-affected', () => {
  const reaches = (recipe: Recipe) => paths('engagement-reaches-affected', recipe);
  /** Only one engagement, with `who` and no audience recorded: is it taken as staff only? */
  const onlyStaff = (who: string) =>
    reaches((d) => {
      d.engagement = [{ ...d.engagement[0]!, who, audience: undefined }];
      d.engagement[0]!.characteristics = ['age', 'language'];
    }).includes('engagement');
  const internal = [
    'Staff',
    'An officer',
    'Officers',
    'Colleagues',
    'Employees',
    'The workforce',
    'The manager',
    'Managers',
    'The project team',
    'The project board',
    'A working group',
    'An internal panel',
    'The directorate',
    'The service lead',
    'Service leads',
    'The head of service',
    'Heads of service',
  ];
  const outside = [
    'user',
    'users',
    'the public',
    'a resident',
    'residents',
    'a patient',
    'patients',
    'a parent',
    'parents',
    'families',
    'children',
    'young people',
    'a carer',
    'carers',
    'a tenant',
    'tenants',
    'a passenger',
    'passengers',
    'a customer',
    'customers',
    'a claimant',
    'claimants',
    'the community',
    'communities',
    'the forum',
    'a charity',
    'charities',
    'voluntary bodies',
    'advocacy services',
    'a representative',
    'a group of',
    'groups of',
    'people who use it',
    'a citizen',
    'citizens',
    'service users',
  ];

  it('takes an engagement with no audience as staff only from its wording', () => {
    expect(internal.filter((who) => !onlyStaff(who))).toEqual([]);
    expect(outside.filter((who) => onlyStaff(`Staff and ${who}`))).toEqual([]);
    expect(['Staffing panel', 'Officialdom', 'Management'].filter(onlyStaff)).toEqual([]);
  });

  it('goes by the recorded audience when there is one', () => {
    const withAudience = (audience: string, who: string) =>
      reaches((d) => {
        d.engagement = [{ ...d.engagement[0]!, who, audience }];
      }).includes('engagement');
    expect(withAudience('staff', 'Parents and carers')).toBe(true);
    expect(withAudience('parents_carers_families', 'Staff')).toBe(false);
  });

  it('asks for engagement beyond staff only when the policy reaches beyond staff', () => {
    const staffOnly = (recipe: Recipe) =>
      reaches((d) => {
        d.engagement = [{ ...d.engagement[0]!, audience: 'staff' }];
        recipe(d);
      }).includes('engagement');
    expect(staffOnly(() => {})).toBe(true);
    const staffPolicy: Recipe = (d) => {
      d.policy.audiences = ['staff'];
      d.policy.otherGroups = [];
    };
    expect(staffOnly(staffPolicy)).toBe(false);
    expect(
      staffOnly((d) => {
        staffPolicy(d);
        d.policy.otherGroups = [{ id: 'visitors', label: 'Visitors' } as never];
      }),
    ).toBe(true);
    expect(
      reaches((d) => {
        d.engagement = [];
      }).includes('engagement'),
    ).toBe(false);
  });

  it('asks that people sharing each medium negative impact’s characteristic were heard', () => {
    const unheard = reaches((d) => {
      d.engagement = [];
      for (const item of d.evidence.items) item.kind = 'data';
    });
    // Age and Language carry medium negative impacts; high ones are high-severity-engaged's.
    expect(unheard).toEqual([
      'analysis.age.impacts.1',
      'analysis.language.impacts.0',
      'intersectionality.impacts.0',
    ]);
    const heardOnce = reaches((d) => {
      d.engagement = [{ ...d.engagement[0]!, audience: 'parents_carers_families', characteristics: ['age'] }];
      d.engagement[0]!.stakeholder = undefined;
      for (const item of d.evidence.items) item.kind = 'data';
    });
    expect(heardOnce).toEqual(['analysis.language.impacts.0', 'intersectionality.impacts.0']);
  });
});

describe('what the engagement and evidence records hold', () => {
  it('asks each engagement for its date, what was said and what changed, each on its own', () => {
    const missing = (recipe: (engagement: Draft<Assessment>['engagement'][number]) => void) =>
      paths('engagement-responses-recorded', (d) => {
        d.engagement = [d.engagement[0]!];
        recipe(d.engagement[0]!);
      });
    expect(missing(() => {})).toEqual([]);
    expect(missing((e) => void delete e.date)).toEqual(['engagement.0']);
    expect(
      missing((e) => {
        e.whatTheySaid = ' ';
      }),
    ).toEqual(['engagement.0']);
    expect(
      missing((e) => {
        e.whatChanged = '';
      }),
    ).toEqual(['engagement.0']);
    expect(
      paths('engagement-recorded', (d) => {
        d.engagement = [];
      }),
    ).toEqual(['engagement']);
    expect(paths('engagement-recorded', () => {})).toEqual([]);
  });

  it('asks each evidence item for a source (or link), a date, its characteristics and a summary', () => {
    const missing = (recipe: (item: Draft<Assessment>['evidence']['items'][number]) => void) =>
      paths('evidence-described', (d) => {
        d.evidence.items = [d.evidence.items[0]!];
        recipe(d.evidence.items[0]!);
      });
    expect(missing(() => {})).toEqual([]);
    expect(missing((item) => void Object.assign(item, { source: '', url: 'https://example.org/d' }))).toEqual(
      [],
    );
    expect(missing((item) => void Object.assign(item, { source: '', url: '' }))).toEqual([
      'evidence.items.0',
    ]);
    expect(missing((item) => void delete item.date)).toEqual(['evidence.items.0']);
    expect(
      missing((item) => {
        item.characteristics = [];
      }),
    ).toEqual(['evidence.items.0']);
    expect(
      missing((item) => {
        item.summary = '';
      }),
    ).toEqual(['evidence.items.0']);
  });

  it('asks for the limits of evidence cited anywhere a conclusion rests on it, and only there', () => {
    const unstated = (recipe: Recipe) =>
      paths('evidence-strength-stated', (d) => {
        // ev-census-care is cited by the Carers analysis and its impact only.
        d.evidence.items.find((item) => item.id === 'ev-census-care')!.limitations = '';
        recipe(d);
      });
    const census = ['evidence.items.3.limitations'];
    const uncite = (d: Draft<Assessment>) => {
      d.analysis.carers!.evidenceIds = [];
      d.analysis.carers!.impacts[0]!.evidenceIds = [];
    };
    expect(unstated(() => {})).toEqual(census);
    expect(unstated(uncite)).toEqual([]);
    for (const cite of [
      (d: Draft<Assessment>) => {
        d.analysis.carers!.evidenceIds = ['ev-census-care'];
      },
      (d: Draft<Assessment>) => {
        d.analysis.carers!.impacts[0]!.evidenceIds = ['ev-census-care'];
      },
      (d: Draft<Assessment>) => {
        d.screening.evidenceIds = ['ev-census-care'];
      },
      (d: Draft<Assessment>) => {
        d.intersectionality.impacts[0]!.evidenceIds = ['ev-census-care'];
      },
    ]) {
      expect(
        unstated((d) => {
          uncite(d);
          d.screening.evidenceIds = [];
          cite(d);
        }),
      ).toEqual(census);
    }
  });
});

describe('impacts are described, evidenced and listed', () => {
  it('asks a negative impact (not another) for a severity, and every impact for a description', () => {
    expect(
      paths('impact-described', (d) => {
        delete d.analysis.sex!.impacts[0]!.severity;
        delete d.analysis.race!.impacts[0]!.severity;
        d.analysis.age!.impacts[0]!.description = ' ';
      }),
    ).toEqual(['analysis.age.impacts.0.description', 'analysis.sex.impacts.0.severity']);
  });

  it('asks positive and negative impacts for evidence, not neutral or unknown ones', () => {
    const uncited = (direction: string) =>
      paths('impact-evidenced', (d) => {
        d.analysis.carers!.impacts[0]!.direction = direction as never;
        d.analysis.carers!.impacts[0]!.evidenceIds = [];
      });
    expect(['positive', 'negative', 'neutral', 'unknown'].map(uncited)).toEqual([
      ['analysis.carers.impacts.0.evidenceIds'],
      ['analysis.carers.impacts.0.evidenceIds'],
      [],
      [],
    ]);
  });

  it('holds a conclusion to the impacts listed under it', () => {
    const listed = (recipe: Recipe) => paths('impacts-listed', recipe);
    expect(listed(() => {})).toEqual([]);
    expect(
      listed((d) => {
        d.analysis.carers!.impacts = [];
      }),
    ).toEqual(['analysis.carers.impacts']);
    const noImpact = (direction: string) =>
      listed((d) => {
        d.analysis.carers!.status = 'no_impact';
        d.analysis.carers!.impacts[0]!.direction = direction as never;
      });
    expect(['neutral', 'positive', 'unknown'].map(noImpact)).toEqual([
      [],
      ['analysis.carers.impacts.0'],
      ['analysis.carers.impacts.0'],
    ]);
    expect(
      listed((d) => {
        d.analysis.carers!.status = 'no_impact';
        d.analysis.carers!.impacts = [];
      }),
    ).toEqual([]);
  });

  it('asks for intersections once two characteristics or more have non-neutral impacts', () => {
    /** Only Age and `other` keep impacts; no intersection is recorded or reasoned. */
    const considered = (otherDirection: string) =>
      paths('intersectionality-considered', (d) => {
        for (const [id, analysis] of Object.entries(d.analysis))
          if (id !== 'age' && id !== 'carers') analysis.impacts = [];
        d.analysis.carers!.impacts[0]!.direction = otherDirection as never;
        d.intersectionality.impacts = [];
        d.intersectionality.noneFoundReasoning = '';
      });
    expect(considered('negative')).toEqual(['intersectionality.impacts']);
    expect(considered('unknown')).toEqual(['intersectionality.impacts']);
    expect(considered('neutral')).toEqual([]);
  });
});

describe('marriage-aim-a-only', () => {
  const marriage = (
    impact: { audience?: string; direction?: string; aims?: string[] },
    recipe: Recipe = () => {},
  ) =>
    paths('marriage-aim-a-only', (d) => {
      d.analysis.marriage_civil_partnership!.impacts = [
        { ...d.analysis.age!.impacts[0]!, aims: ['eliminateDiscrimination'], ...impact } as never,
      ];
      recipe(d);
    });
  const audience = 'analysis.marriage_civil_partnership.impacts.0.audience';

  it('looks for marriage impacts in work, when the profile has a work audience', () => {
    expect(marriage({ audience: 'staff' })).toEqual([]);
    expect(marriage({ audience: 'parents_carers_families' })).toEqual([audience]);
    expect(marriage({ audience: 'parents_carers_families', direction: 'neutral' })).toEqual([]);
    expect(marriage({ audience: 'parents_carers_families', direction: 'unknown' })).toEqual([audience]);
    // A profile with no work audience: the marriage impact cannot be placed in work, so only its aims are judged.
    const noStaff = {
      ...cafcassProfile,
      audiences: cafcassProfile.audiences.filter((a) => a.id !== 'staff'),
    };
    const outsideWork = variant((d) => {
      d.analysis.marriage_civil_partnership!.impacts = [
        { ...d.analysis.age!.impacts[0]!, audience: 'parents_carers_families', aims: ['advanceEquality'] },
      ];
    });
    expect(findingsOf('marriage-aim-a-only', outsideWork, noStaff).map((f) => f.path)).toEqual([
      'analysis.marriage_civil_partnership.impacts.0.aims',
    ]);
    expect(findingsOf('marriage-aim-a-only', outsideWork).map((f) => f.path)).toEqual([
      'analysis.marriage_civil_partnership.impacts.0.aims',
      audience,
    ]);
  });
});

describe('mitigation-has-action', () => {
  it('asks a negative impact’s mitigation for a live action, linked from either side', () => {
    const linked = (recipe: Recipe) =>
      paths('mitigation-has-action', (d) => {
        const sex = d.analysis.sex!.impacts[0]!;
        sex.actionIds = [];
        for (const action of d.actions) action.impactIds = action.impactIds.filter((id) => id !== sex.id);
        recipe(d);
      });
    const sex = ['analysis.sex.impacts.0.actionIds'];
    expect(linked(() => {})).toEqual(sex);
    expect(
      linked((d) => {
        d.analysis.sex!.impacts[0]!.mitigation = '';
      }),
    ).toEqual([]);
    expect(
      linked((d) => {
        d.analysis.sex!.impacts[0]!.direction = 'positive';
      }),
    ).toEqual([]);
    expect(
      linked((d) => {
        d.analysis.sex!.impacts[0]!.actionIds = ['act-opt-out'];
      }),
    ).toEqual([]);
    expect(linked((d) => void d.actions[0]!.impactIds.push('imp-sex-domestic-abuse'))).toEqual([]);
  });
});

// Appended after the first measured run: Stryker's incremental file knows the tests above by position.

describe('the audiences and dates of the decision, further', () => {
  it('counts a group the policy names beside its audiences as listed', () => {
    const visitors = paths('audiences-identified', (d) => {
      d.policy.otherGroups = [{ id: 'visitors', label: 'Visitors', description: '' }];
      d.analysis.age!.impacts[0]!.audience = 'visitors';
    });
    expect(visitors).toEqual([]);
  });

  it('finds the final approval at the last stage of a chain of one', () => {
    const oneStage = (date: string) =>
      paths('decision-after-sign-off', (d) => {
        d.approvalChain = [d.approvalChain.at(-1)!];
        d.review.approvals = [
          {
            stage: d.approvalChain[0]!.id,
            decision: 'approved',
            by: 'sam',
            role: 'approver',
            at: '2026-02-10T15:00:00Z',
            attestation: 'I have read it.',
            comment: '',
          },
        ];
        d.decision.date = date;
      });
    expect(oneStage('2026-02-09')).toEqual(['decision.date']);
    expect(oneStage('2026-02-11')).toEqual([]);
  });

  it('compares the analysis alone when no screening decision is recorded', () => {
    expect(
      paths('due-regard-before-decision', (d) => {
        delete d.screening.decision;
        d.decision.date = '2026-03-20';
        d.decision.assessedOn = '2026-03-21';
      }),
    ).toEqual(['decision.assessedOn']);
  });
});

describe('absence-not-evidence, with parts of the record missing', () => {
  it('passes over a characteristic with no analysis, or a screening-out with no answer for it', () => {
    expect(
      paths('absence-not-evidence', (d) => {
        delete d.analysis.carers;
      }),
    ).toEqual([]);
    expect(
      paths(
        'absence-not-evidence',
        (d) => {
          delete d.screening.answers.age;
          d.screening.answers.race!.reason = 'We hold no data on ethnicity.';
        },
        screenedOutExample,
      ),
    ).toEqual(['screening.answers.race.reason']);
  });
});

describe('engagement and evidence, further', () => {
  it('is satisfied by one engagement beyond staff among staff ones', () => {
    expect(
      paths('engagement-reaches-affected', (d) => {
        d.engagement = [
          { ...d.engagement[0]!, audience: 'staff' },
          { ...d.engagement[0]!, audience: 'parents_carers_families' },
        ];
      }),
    ).not.toContain('engagement');
  });

  it('leaves an undated evidence item to evidence-described', () => {
    expect(
      paths('evidence-fresh', (d) => {
        for (const item of d.evidence.items) delete item.date;
      }),
    ).toEqual([]);
  });
});
