import {
  cafcassProfile,
  findCharacteristic,
  type LabelSet,
  labelChoices,
  messageTexts,
  workedExample,
} from '@eqia/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { welsh } from '../src/messages/cy.js';
import { english } from '../src/messages/en.js';
import { setUiLanguage } from '../src/messages/ui-language.js';
import { buildReviewSteps } from '../src/review/review-steps.js';
import { actionsStep } from '../src/wizard/steps/actions.js';
import { characteristicStep } from '../src/wizard/steps/characteristic.js';
import { engagementStep } from '../src/wizard/steps/engagement.js';
import { intersectionalityStep } from '../src/wizard/steps/intersectionality.js';
import { summaryStep } from '../src/wizard/steps/summary.js';
import { keys, type Session, seededClient, startSession, submittedExample } from './support/wizard.js';

/** An assessment under way, with an evidence item and a data gap for impacts and actions to link. */
const assessing = {
  policy: {
    title: 'Gwrandawiadau fideo',
    aims: 'Aros llai',
    audiences: ['parents_carers_families', 'staff'],
  },
  screening: {
    answers: { age: { relevance: 'yes' as const, reason: 'Mae partïon hŷn ar-lein yn llai aml.' } },
    decision: { kind: 'full_assessment' as const, rationale: 'Effeithir ar deuluoedd.' },
  },
  evidence: {
    items: [{ id: 'ev-1', kind: 'data' as const, title: 'Data achosion 2025', characteristics: ['age'] }],
    gaps: [
      { id: 'gap-1', description: 'Dim data ar angen BSL', characteristics: ['disability'], actionIds: [] },
    ],
  },
};
const age = findCharacteristic(cafcassProfile, 'age')!;

/** The areas of the catalogue the wizard's steps and their frame draw from. */
const wizardAreas = [
  'engagement',
  'impact',
  'actionPlan',
  'intersectionality',
  'impactGrid',
  'confirm',
  'characteristic',
  'lists',
  'fields',
  'summary',
  'prompts',
  'wizard',
];

/**
 * The English of some areas of the catalogue as the phrases a frame could show (the text between the
 * values a message is given), and the English labels of some sets of values; only phrases of two words
 * or more, so a name the profile gives in English ("Staff") is not taken for an untranslated message.
 */
function englishPhrases(areas: readonly string[], labelSets: readonly LabelSet[]): string[] {
  const welshTexts = Object.values(messageTexts(welsh)).join('\n');
  const catalogue = Object.entries(messageTexts(english))
    .filter(([id]) => areas.includes(id.split('.')[0] ?? ''))
    .flatMap(([, text]) => text.split(/\{\w+\}/));
  const labels = labelSets.flatMap((set) => labelChoices(set).map((choice) => choice.label));
  return [...new Set([...catalogue, ...labels].map((phrase) => phrase.replace(/\s+/g, ' ').trim()))].filter(
    (phrase) => /[A-Za-z]{2,}\W+[A-Za-z]{2,}/.test(phrase) && !welshTexts.includes(phrase),
  );
}

describe('wizard in Welsh: engagement, impacts, intersectionality, actions and the summary', () => {
  beforeAll(() => setUiLanguage('cy'));
  afterAll(() => setUiLanguage('en'));

  it('draws every frame in Welsh, with none of the English of its questions, menus, notes or keys', async () => {
    const cy = welsh;
    // The client words the checks' findings in Welsh, as `eqia` makes it in a Welsh run.
    const s = await startSession(await seededClient(assessing, { locale: 'cy' }), [
      engagementStep,
      characteristicStep(age, cafcassProfile),
      intersectionalityStep,
      actionsStep,
      summaryStep,
    ]);
    try {
      await s.answer(cy.engagement.menu({ n: 0 }), keys.enter);
      await s.answer(cy.engagement.audience, keys.enter);
      await s.answer(cy.engagement.date, '2026-10-01', keys.enter);
      await s.answer(cy.engagement.method, 'Gweithdy', keys.enter);
      await s.answer(cy.engagement.characteristics, keys.enter);
      await s.answer(cy.engagement.said, 'Mae plant hŷn eisiau cael eu clywed.', keys.enter);
      await s.answer(cy.engagement.changed, 'Mae cynghorwyr yn ffonio plant yn gyntaf.', keys.enter);
      await s.answer(cy.engagement.menu({ n: 1 }), keys.enter);

      await s.answer(cy.characteristic.conclusion({ characteristic: 'oedran' }), keys.enter);
      await s.answer(cy.characteristic.reasoning, 'Mae partïon dros 65 yn gohirio’n amlach.', keys.enter);
      await s.answer(cy.characteristic.support, keys.enter);
      await s.answer(cy.characteristic.impacts({ n: 0, characteristic: 'oedran' }), keys.enter);
      await s.answer(cy.impact.audience, keys.enter);
      await s.answer(cy.impact.direction, keys.down, keys.enter);
      await s.answer(cy.impact.description, 'Mae rhieni hŷn yn cael trafferth ymuno.', keys.enter);
      await s.answer(cy.impact.evidence, keys.space, keys.enter);
      await s.answer(cy.impact.aims, keys.enter);
      await s.answer(cy.impact.severity, keys.down, keys.enter);
      await s.answer(cy.impact.mitigation, 'Ffôn neu wyneb yn wyneb ar gais.', keys.enter);
      await s.answer(cy.impact.residual, keys.down, keys.enter);
      await s.answer(cy.impact.justification, 'Penderfyniadau amserol i blant.', keys.enter);
      await s.answer(cy.characteristic.impacts({ n: 1, characteristic: 'oedran' }), keys.enter);

      await s.answer(cy.intersectionality.menu, keys.up, keys.enter);
      await s.answer(cy.intersectionality.members, keys.space, keys.down, keys.space, keys.enter);
      await s.answer(cy.impact.audience, keys.enter);
      await s.answer(cy.impact.direction, keys.enter);
      await s.answer(cy.impact.description, 'Mae plant anabl ifanc yn elwa.', keys.enter);
      await s.answer(cy.impact.evidence, keys.enter);
      await s.answer(cy.impact.aims, keys.enter);
      await s.answer('Oedran × Anabledd', keys.enter);
      await s.answer(cy.intersectionality.cumulative, 'Dim', keys.enter);

      await s.answer(cy.actionPlan.menu, keys.enter);
      await s.answer(cy.actionPlan.description, 'Cofnodi angen BSL', keys.enter);
      await s.answer(cy.actionPlan.owner, 'Tîm dadansoddi', keys.enter);
      await s.answer(cy.actionPlan.due, '2027-03-31', keys.enter);
      await s.answer(cy.actionPlan.measure, 'Maes yn fyw', keys.enter);
      await s.answer(cy.actionPlan.impacts, keys.space, keys.enter);
      await s.answer(cy.actionPlan.gaps, keys.space, keys.enter);
      // Removing asks yes or no in Welsh (n keeps it).
      // Written in the English field (this body publishes in English only), so marked as English, as `show` marks it.
      await s.answer('[act-1] [Saesneg] Cofnodi angen BSL', keys.up, keys.enter);
      await s.answer(cy.lists.changeAnswers, keys.down, keys.enter);
      await s.answer(cy.confirm.defaultNo, 'n');
      await s.answer(cy.actionPlan.counts({ actions: 1, impacts: 0, gaps: 0 }), keys.enter);

      await s.answer(cy.summary.whatNow, keys.enter);
      expect(await s.finished).toBe('done');
    } finally {
      s.unmount();
    }
    const { assessment } = s.view();
    expect(assessment.engagement).toHaveLength(1);
    expect(assessment.analysis.age?.impacts[0]).toMatchObject({
      direction: 'negative',
      residualSeverity: 'low',
    });
    expect(assessment.intersectionality.impacts).toHaveLength(1);
    expect(assessment.actions).toMatchObject([{ id: 'act-1', gapIds: ['gap-1'] }]);

    const phrases = englishPhrases(wizardAreas, [
      'impactDirection',
      'severity',
      'residualSeverity',
      'analysisStatus',
    ]);
    // The check itself can fail: the English of the questions asked is among the phrases.
    expect(phrases).toEqual(expect.arrayContaining([english.impact.severity, english.actionPlan.menu]));
    expect(englishIn(s, phrases)).toEqual([]);
  });

  it('draws the review screen’s questions, its decision and its keys in Welsh', async () => {
    const s = await startSession(
      await submittedExample('julie', 'cy'),
      buildReviewSteps(cafcassProfile, 'julie'),
      workedExample.id,
    );
    try {
      await s.answer(welsh.review.yourVerdict({ section: 'polisi' }), keys.up, keys.up, keys.up, keys.enter);
      await s.answer(welsh.review.commentOptional, 'Nodau clir.', keys.enter);
      await s.answer(welsh.review.yourVerdict({ section: 'penderfyniad' }), keys.down, keys.enter);
      await s.answer(welsh.review.approveOrSendBack, keys.enter);
      await s.answer(welsh.review.acceptAttestation, 'n');
      await s.answer(welsh.review.approveOrSendBack, keys.down, keys.enter);
      await s.answer(welsh.review.mustChange, 'Enwch y cadeirydd.', keys.enter);
      expect(await s.finished).toBe('done');
    } finally {
      s.unmount();
    }
    expect(s.view().status.state).toBe('assessing');
    const phrases = englishPhrases(['review', 'wizard', 'prompts', 'confirm'], ['verdict']);
    expect(phrases).toContain(english.review.approveOrSendBack);
    expect(englishIn(s, phrases)).toEqual([]);
  });
});

/** The English phrases found in any frame the session drew (lines as Ink wrapped them, joined again). */
function englishIn(session: Session, phrases: readonly string[]): string[] {
  const found = session
    .frames()
    .map((frame) => frame.replace(/\s+/g, ' '))
    .flatMap((frame) => phrases.filter((phrase) => frame.includes(phrase)));
  return [...new Set(found)];
}
