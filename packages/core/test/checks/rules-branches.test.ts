import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/index.js';
import { findingsOf, screenedOutExample, variant } from './fixtures.js';

// Each condition of a rule on its own: one part missing at a time, each way of passing, each kind of
// content the rule leaves alone. rules.test.ts has one failing case per rule; these tell its branches apart.

type Recipe = (draft: Draft<Assessment>) => void;
/** [rule, what the variant does, the recipe, start from the screened-out example] */
type Case = [rule: string, does: string, recipe: Recipe, screenedOut?: boolean];

const analysis = (d: Draft<Assessment>, id: string) => d.analysis[id]!;
const impact = (d: Draft<Assessment>, id: string, index = 0) => analysis(d, id).impacts[index]!;
const firstAction = (d: Draft<Assessment>) => d.actions[0]!;

const cases: Case[] = [
  [
    'action-complete',
    'a dropped action missing everything',
    (d) => {
      Object.assign(firstAction(d), { owner: '', measure: '', status: 'dropped' });
      delete firstAction(d).dueDate;
    },
  ],
  [
    'action-complete',
    'an action missing its due date only',
    (d) => {
      delete firstAction(d).dueDate;
    },
  ],
  [
    'action-complete',
    'an action missing all three',
    (d) => {
      Object.assign(firstAction(d), { owner: ' ', measure: '' });
      delete firstAction(d).dueDate;
    },
  ],
  [
    'audiences-identified',
    'an audience the profile does not know',
    (d) => {
      d.policy.audiences.push('martians');
    },
  ],
  [
    'audiences-identified',
    'no audiences at all, with impacts',
    (d) => {
      d.policy.audiences = [];
    },
  ],
  [
    'characteristic-concluded',
    'a characteristic with no analysis',
    (d) => {
      delete d.analysis.religion_belief;
    },
  ],
  [
    'continue-justified',
    'continue with only the aim missing',
    (d) => {
      d.outcome = {
        kind: 'continue',
        rationale: 'r',
        legitimateAim: '',
        alternativesConsidered: 'a',
        proportionality: 'p',
      };
    },
  ],
  [
    'continue-justified',
    'continue with only proportionality missing',
    (d) => {
      d.outcome = {
        kind: 'continue',
        rationale: 'r',
        legitimateAim: 'l',
        alternativesConsidered: 'a',
        proportionality: ' ',
      };
    },
  ],
  [
    'decision-maker-named',
    'a role but no name',
    (d) => {
      d.decision.maker = '';
    },
  ],
  [
    'decision-maker-named',
    'a name but no role',
    (d) => {
      d.decision.makerRole = '';
    },
  ],
  [
    'engagement-responses-recorded',
    'only what changed missing',
    (d) => {
      d.engagement[0]!.whatChanged = '';
    },
  ],
  [
    'engagement-responses-recorded',
    'everything missing',
    (d) => {
      Object.assign(d.engagement[1]!, { whatTheySaid: '', whatChanged: '' });
      delete d.engagement[1]!.date;
    },
  ],
  [
    'evidence-described',
    'no source but a link',
    (d) => {
      Object.assign(d.evidence.items[0]!, { source: '', url: 'https://example.org/caseload' });
    },
  ],
  [
    'evidence-described',
    'nothing but a title',
    (d) => {
      Object.assign(d.evidence.items[1]!, { source: '', url: '', characteristics: [], summary: '' });
      delete d.evidence.items[1]!.date;
    },
  ],
  [
    'evidence-described',
    'a gap that says nothing',
    (d) => {
      d.evidence.gaps[2]!.description = ' ';
    },
  ],
  [
    'impact-described',
    'a positive impact without severity or description',
    (d) => {
      impact(d, 'age').description = '';
      delete impact(d, 'age').severity;
    },
  ],
  [
    'impact-described',
    'a negative impact without severity',
    (d) => {
      delete impact(d, 'sex').severity;
    },
  ],
  [
    'impact-evidenced',
    'unknown and positive impacts citing nothing',
    (d) => {
      impact(d, 'race').evidenceIds = [];
      impact(d, 'carers').evidenceIds = [];
    },
  ],
  [
    'impacts-listed',
    'no impact, listing a neutral and a positive impact',
    (d) => {
      const carers = analysis(d, 'carers');
      carers.status = 'no_impact';
      carers.impacts.push({ ...carers.impacts[0]!, id: 'imp-carers-neutral', direction: 'neutral' });
    },
  ],
  [
    'intersectionality-considered',
    'no intersection, but reasoned',
    (d) => {
      d.intersectionality.impacts = [];
      d.intersectionality.noneFoundReasoning = 'Checked the caseload by age and sex together.';
    },
  ],
  [
    'intersectionality-considered',
    'no intersection and no reasoning',
    (d) => {
      d.intersectionality.impacts = [];
      d.intersectionality.noneFoundReasoning = '';
    },
  ],
  [
    'intersectionality-considered',
    'one characteristic affected only',
    (d) => {
      d.intersectionality.impacts = [];
      d.intersectionality.noneFoundReasoning = '';
      for (const [id, a] of Object.entries(d.analysis)) {
        if (id !== 'age') for (const i of a.impacts) i.direction = 'neutral';
      }
    },
  ],
  [
    'marriage-aim-a-only',
    'a marriage impact on families',
    (d) => {
      const marriage = analysis(d, 'marriage_civil_partnership');
      marriage.impacts.push({
        ...impact(d, 'carers'),
        id: 'imp-marriage',
        aims: ['eliminateDiscrimination'],
      });
    },
  ],
  [
    'marriage-aim-a-only',
    'a neutral marriage impact on families, and one on staff engaging aim b',
    (d) => {
      const marriage = analysis(d, 'marriage_civil_partnership');
      const base = { ...impact(d, 'carers'), aims: ['eliminateDiscrimination' as const] };
      marriage.impacts.push({ ...base, id: 'imp-m1', direction: 'neutral' });
      marriage.impacts.push({ ...base, id: 'imp-m2', audience: 'staff', aims: ['advanceEquality'] });
    },
  ],
  [
    'mitigation-has-action',
    'a negative impact without mitigation or action',
    (d) => {
      Object.assign(impact(d, 'language'), { mitigation: '', actionIds: [] });
      firstAction(d).impactIds = [];
      d.actions.find((a) => a.id === 'act-interpreter-protocol')!.impactIds = [];
    },
  ],
  [
    'mitigation-has-action',
    'a mitigation whose only action is dropped',
    (d) => {
      d.actions.find((a) => a.id === 'act-interpreter-protocol')!.status = 'dropped';
    },
  ],
  [
    'negative-impact-mitigated',
    'continue, one unmitigated impact justified, one not',
    (d) => {
      d.outcome!.kind = 'continue';
      Object.assign(impact(d, 'language'), {
        mitigation: '',
        justification: 'Outweighed by earlier hearings.',
      });
      Object.assign(impact(d, 'sex'), { mitigation: '', justification: '' });
    },
  ],
  [
    'negative-impact-mitigated',
    'adjust, with a justified but unmitigated impact',
    (d) => {
      Object.assign(impact(d, 'language'), {
        mitigation: '',
        justification: 'Outweighed by earlier hearings.',
      });
    },
  ],
  [
    'no-impact-reasoned',
    'no impact citing a gap only, and one citing nothing',
    (d) => {
      Object.assign(analysis(d, 'sexual_orientation'), { evidenceIds: [], gapIds: ['gap-trans-lgb'] });
      Object.assign(analysis(d, 'religion_belief'), { evidenceIds: [], gapIds: [], reasoning: '' });
    },
  ],
  [
    'outcome-fits-impacts',
    'no major change with one impact left medium, one unmitigated',
    (d) => {
      d.outcome!.kind = 'no_major_change';
      impact(d, 'language').residualSeverity = 'medium';
      impact(d, 'sex').mitigation = '';
      impact(d, 'disability').residualSeverity = 'high';
    },
  ],
  [
    'outcome-fits-impacts',
    'adjust with every action dropped',
    (d) => {
      for (const action of d.actions) action.status = 'dropped';
    },
  ],
  [
    'outcome-fits-impacts',
    'continue with no actions',
    (d) => {
      d.outcome!.kind = 'continue';
      d.actions = [];
    },
  ],
  [
    'outcome-recorded',
    'an outcome with no rationale',
    (d) => {
      d.outcome!.rationale = ' ';
    },
  ],
  [
    'reasoning-not-pasted',
    'the same words with other names and punctuation',
    (d) => {
      analysis(d, 'religion_belief').reasoning = analysis(d, 'sexual_orientation').reasoning.toUpperCase();
    },
  ],
  [
    'references-resolve',
    'links to nothing from each side',
    (d) => {
      analysis(d, 'religion_belief').evidenceIds.push('ev-gone');
      analysis(d, 'religion_belief').gapIds.push('gap-gone');
      impact(d, 'age').evidenceIds.push('ev-gone');
      impact(d, 'age').actionIds.push('act-gone');
      d.evidence.gaps[0]!.actionIds.push('act-gone');
      firstAction(d).impactIds.push('imp-gone');
      firstAction(d).gapIds.push('gap-gone');
    },
  ],
  [
    'residual-impact-justified',
    'mitigated without a residual rating, and one left high',
    (d) => {
      delete impact(d, 'language').residualSeverity;
      Object.assign(impact(d, 'sex'), { residualSeverity: 'high', justification: '' });
    },
  ],
  [
    'residual-impact-justified',
    'unmitigated and unrated, and one left medium with a reason',
    (d) => {
      Object.assign(impact(d, 'language'), { mitigation: '' });
      delete impact(d, 'language').residualSeverity;
      Object.assign(impact(d, 'sex'), { residualSeverity: 'medium', justification: 'Outweighed.' });
    },
  ],
  [
    'screening-out-reasoned',
    'each kind of answer that cannot screen out',
    (d) => {
      d.screening.decision!.rationale = '';
      delete d.screening.answers.age;
      d.screening.answers.disability!.relevance = 'yes';
      d.screening.answers.sex!.relevance = 'unsure';
      d.screening.answers.race!.reason = '';
    },
    true,
  ],
  [
    'unknown-impact-has-action',
    'an unknown impact whose action is dropped',
    (d) => {
      d.actions.find((a) => a.id === 'act-ethnicity-analysis')!.status = 'dropped';
    },
  ],
];

describe('each branch of the rules', () => {
  it('finds exactly these, one line per case', () => {
    const found = cases.map(([rule, does, recipe, screenedOut]) => {
      const assessment = variant(recipe, screenedOut ? screenedOutExample : undefined);
      const findings = findingsOf(rule, assessment).map((f) => `${f.path}: ${f.message}`);
      return [`${rule}, ${does}:`, ...findings.map((f) => `  ${f}`)].join('\n');
    });
    expect(found).toMatchInlineSnapshot(`
      [
        "action-complete, a dropped action missing everything:",
        "action-complete, an action missing its due date only:
        actions.0: Action "act-opt-out" is missing a due date.",
        "action-complete, an action missing all three:
        actions.0: Action "act-opt-out" is missing an owner, a due date and a measure of success.",
        "audiences-identified, an audience the profile does not know:
        policy.audiences.3: The audience "martians" is not one of the profile’s audiences.",
        "audiences-identified, no audiences at all, with impacts:
        policy.audiences: No audiences are listed for the policy.",
        "characteristic-concluded, a characteristic with no analysis:
        analysis.religion_belief.status: Religion or belief has not been assessed.",
        "continue-justified, continue with only the aim missing:
        outcome.legitimateAim: The outcome is "continue", but the legitimate aim is not stated.",
        "continue-justified, continue with only proportionality missing:
        outcome.proportionality: The outcome is "continue", but why the means are proportionate is not stated.",
        "decision-maker-named, a role but no name:",
        "decision-maker-named, a name but no role:",
        "engagement-responses-recorded, only what changed missing:
        engagement.0: The engagement with Family Justice Young People's Board (12 members aged 11 to 24) does not record what changed as a result.",
        "engagement-responses-recorded, everything missing:
        engagement.1: The engagement with Family Forum (9 parents and kinship carers) does not record when it happened, what they said and what changed as a result.",
        "evidence-described, no source but a link:",
        "evidence-described, nothing but a title:
        evidence.items.1: Evidence "Video FHDRA pilot in three designated family judge areas: attendance and adjournments" is missing a source, a date, the characteristics it covers and a summary.",
        "evidence-described, a gap that says nothing:
        evidence.gaps.2.description: Data gap "gap-bsl" does not say what is not known.",
        "impact-described, a positive impact without severity or description:
        analysis.age.impacts.0.description: The Age impact "imp-age-children" on Children and young people is not described.",
        "impact-described, a negative impact without severity:
        analysis.sex.impacts.0.severity: The Sex impact "imp-sex-domestic-abuse" on Parents, carers and families is negative but has no severity.",
        "impact-evidenced, unknown and positive impacts citing nothing:
        analysis.carers.impacts.0.evidenceIds: The Carers impact "imp-carers-attendance" on Parents, carers and families cites no evidence.",
        "impacts-listed, no impact, listing a neutral and a positive impact:
        analysis.carers.impacts.0: Carers is concluded as no impact, but lists the positive impact "imp-carers-attendance".",
        "intersectionality-considered, no intersection, but reasoned:",
        "intersectionality-considered, no intersection and no reasoning:
        intersectionality.impacts: Age, Disability, Pregnancy and maternity, Race, Sex, Carers and Language have impacts, but no intersectional impact or reasoned statement of none is recorded.",
        "intersectionality-considered, one characteristic affected only:",
        "marriage-aim-a-only, a marriage impact on families:
        analysis.marriage_civil_partnership.impacts.0.audience: The Marriage and civil partnership impact "imp-marriage" is on Parents, carers and families, but the duty covers Marriage and civil partnership only in work.",
        "marriage-aim-a-only, a neutral marriage impact on families, and one on staff engaging aim b:
        analysis.marriage_civil_partnership.impacts.1.aims: The Marriage and civil partnership impact "imp-m2" engages aim (b), which the duty does not apply to for Marriage and civil partnership.",
        "mitigation-has-action, a negative impact without mitigation or action:",
        "mitigation-has-action, a mitigation whose only action is dropped:
        analysis.language.impacts.0.actionIds: The mitigation of the Language impact "imp-language-interpreters" on Parents, carers and families is not linked to any action.",
        "negative-impact-mitigated, continue, one unmitigated impact justified, one not:
        analysis.sex.impacts.0.mitigation: The Sex impact "imp-sex-domestic-abuse" on Parents, carers and families has neither mitigation nor a justification for continuing.",
        "negative-impact-mitigated, adjust, with a justified but unmitigated impact:
        analysis.language.impacts.0.mitigation: The Language impact "imp-language-interpreters" on Parents, carers and families is negative and has no mitigation.",
        "no-impact-reasoned, no impact citing a gap only, and one citing nothing:
        analysis.religion_belief.reasoning: Religion or belief is concluded as no impact without reasoning.
        analysis.religion_belief.evidenceIds: Religion or belief is concluded as no impact without citing evidence or a data gap.",
        "outcome-fits-impacts, no major change with one impact left medium, one unmitigated:
        outcome.kind: The outcome is "no major change", but the Disability impact "imp-disability-parents" on Parents, carers and families remains high.
        outcome.kind: The outcome is "no major change", but the Sex impact "imp-sex-domestic-abuse" on Parents, carers and families is not mitigated.
        outcome.kind: The outcome is "no major change", but the Language impact "imp-language-interpreters" on Parents, carers and families remains medium.",
        "outcome-fits-impacts, adjust with every action dropped:
        actions: The outcome is "adjust", but no action says how the policy changes.",
        "outcome-fits-impacts, continue with no actions:",
        "outcome-recorded, an outcome with no rationale:
        outcome.rationale: The outcome is chosen but not explained.",
        "reasoning-not-pasted, the same words with other names and punctuation:
        analysis.sexual_orientation.reasoning: The reasoning for Sexual orientation repeats the reasoning for Religion or belief.",
        "references-resolve, links to nothing from each side:
        analysis.religion_belief.evidenceIds.2: The Religion or belief analysis links evidence "ev-gone", which does not exist.
        analysis.religion_belief.gapIds.0: The Religion or belief analysis links data gap "gap-gone", which does not exist.
        analysis.age.impacts.0.evidenceIds.1: Impact "imp-age-children" links evidence "ev-gone", which does not exist.
        analysis.age.impacts.0.actionIds.0: Impact "imp-age-children" links action "act-gone", which does not exist.
        evidence.gaps.0.actionIds.1: Data gap "gap-trans-lgb" links action "act-gone", which does not exist.
        actions.0.impactIds.2: Action "act-opt-out" links impact "imp-gone", which does not exist.
        actions.0.gapIds.0: Action "act-opt-out" links data gap "gap-gone", which does not exist.",
        "residual-impact-justified, mitigated without a residual rating, and one left high:
        analysis.sex.impacts.0.justification: The Sex impact "imp-sex-domestic-abuse" on Parents, carers and families remains high after mitigation, with no justification.
        analysis.language.impacts.0.residualSeverity: The Language impact "imp-language-interpreters" on Parents, carers and families is mitigated, but how severe it remains is not rated.",
        "residual-impact-justified, unmitigated and unrated, and one left medium with a reason:",
        "screening-out-reasoned, each kind of answer that cannot screen out:
        screening.decision.rationale: The screening-out has no overall rationale.
        screening.answers.age: Age has no screening answer.
        screening.answers.race.reason: Race is marked not relevant without a reason.
        screening.answers.sex.relevance: Sex is marked unsure: find out, or do a full assessment.",
        "unknown-impact-has-action, an unknown impact whose action is dropped:
        analysis.race.impacts.0.actionIds: The Race impact "imp-race-trust" on Parents, carers and families is unknown and has no action to find out.",
      ]
    `);
  });
});
