import { cafcassProfile, type Profile } from '@eqia/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../src/messages/ui-language.js';
import { generalDutyStep } from '../src/wizard/steps/general-duty.js';
import { askOtherGroups } from '../src/wizard/steps/other-groups.js';
import { sectionStep } from '../src/wizard/steps/section-step.js';
import { keys, type Session, seededClient, startSession } from './support/wizard.js';

const bilingual: Profile = { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } };

/** General duty statements are asked once the assessment is under way. */
const assessing = {
  policy: { title: 'Video hearings', aims: 'Shorter waits', audiences: ['parents_carers_families'] },
  screening: {
    answers: {},
    decision: { kind: 'full_assessment' as const, rationale: 'Families are affected.' },
  },
};

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('wizard: Welsh versions of text answers', () => {
  it('asks for the Welsh after each English answer of a body publishing in Welsh; Enter skips it', async () => {
    session = await startSession(await seededClient(assessing, { profile: bilingual }), [generalDutyStep]);
    const s = session;
    await s.answer('aim (a)', 'Offer in-person hearings on request', keys.enter);
    // The Welsh question names the question it follows.
    await s.waitFor('Cymraeg: the Welsh of your answer to “How does the policy pay due regard to aim (a)');
    await s.answer('Cymraeg: the Welsh', 'Cynnig gwrandawiadau wyneb yn wyneb', keys.enter);
    await s.waitFor('Cymraeg saved: How does the policy pay due regard to aim (a)');
    await s.answer('aim (b)', 'Captions on by default', keys.enter);
    await s.answer('the Welsh of your answer to “How does the policy pay due regard to aim (b)', keys.enter);
    await s.answer('aim (c)', 'Separate waiting rooms', keys.enter);
    await s.answer(
      'the Welsh of your answer to “How does the policy pay due regard to aim (c)',
      'Ystafelloedd aros ar wahân',
      keys.enter,
    );
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.welsh).toEqual({
      'generalDuty/eliminateDiscrimination': 'Cynnig gwrandawiadau wyneb yn wyneb',
      'generalDuty/fosterGoodRelations': 'Ystafelloedd aros ar wahân',
    });
    expect(
      s
        .view()
        .findings.filter((f) => f.ruleId === 'welsh-text-written')
        .map((f) => f.path),
    ).toContain('generalDuty.advanceEquality');
  });

  it('asks the Welsh again, over the latest version, when its save meets a change made elsewhere', async () => {
    session = await startSession(await seededClient(assessing, { profile: bilingual }), [generalDutyStep]);
    const s = session;
    await s.answer('aim (a)', 'Offer in-person hearings on request', keys.enter);
    await s.waitFor('Cymraeg: the Welsh of your answer to “How does the policy pay due regard to aim (a)');
    await s.client.edit('wiz', 'generalDuty', (duty) => {
      duty.advanceEquality = 'Captions on by default';
    });
    await s.answer('Cymraeg: the Welsh', 'Cynnig gwrandawiadau wyneb yn wyneb', keys.enter);
    await s.waitFor('changed while you were answering');
    // The English answer stands (saved before); its Welsh is asked again, not lost behind the next question.
    expect(s.frame()).toContain('the Welsh of your answer to “How does the policy pay due regard to aim (a)');
    expect(s.frame()).not.toContain('aim (b)');
    await s.answer('Cymraeg: the Welsh', 'Cynnig gwrandawiadau wyneb yn wyneb', keys.enter);
    await s.waitFor('Cymraeg saved: How does the policy pay due regard to aim (a)');
    expect(s.view().assessment.generalDuty).toMatchObject({
      eliminateDiscrimination: 'Offer in-person hearings on request',
      advanceEquality: 'Captions on by default',
    });
    expect(s.view().assessment.welsh).toEqual({
      'generalDuty/eliminateDiscrimination': 'Cynnig gwrandawiadau wyneb yn wyneb',
    });
  });

  it('asks nothing in Welsh of a body that publishes in English only', async () => {
    session = await startSession(await seededClient(assessing), [generalDutyStep]);
    const s = session;
    for (const aim of ['aim (a)', 'aim (b)', 'aim (c)']) {
      await s.answer(aim, 'Statement', keys.enter);
      expect(s.frame()).not.toContain('Cymraeg');
    }
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.welsh).toBeUndefined();
  });
});

describe('wizard: the Welsh of another affected group’s name', () => {
  const otherGroups = sectionStep('policy', askOtherGroups);

  it('is asked after the name, and kept by the group’s id', async () => {
    session = await startSession(await seededClient(assessing, { profile: bilingual }), [otherGroups]);
    const s = session;
    await s.answer('Another group the policy affects', 'Kinship carers', keys.enter);
    await s.answer(
      'Cymraeg: the Welsh of your answer to “Another group the policy affects',
      'Gofalwyr sy’n berthnasau',
      keys.enter,
    );
    await s.waitFor('Recorded: Kinship carers');
    await s.answer('Another group the policy affects', keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.welsh).toEqual({
      'policy/otherGroups/kinship_carers/label': 'Gofalwyr sy’n berthnasau',
    });
  });

  describe('in a Welsh run', () => {
    beforeAll(() => setUiLanguage('cy'));
    afterAll(() => setUiLanguage('en'));

    it('names each group recorded by its Welsh, else its English marked', async () => {
      const seeded = {
        ...assessing,
        policy: {
          ...assessing.policy,
          otherGroups: [
            { id: 'kinship', label: 'Kinship carers' },
            { id: 'interpreters', label: 'Court interpreters' },
          ],
        },
        welsh: { 'policy/otherGroups/kinship/label': 'Gofalwyr sy’n berthnasau' },
      };
      session = await startSession(await seededClient(seeded, { profile: bilingual }), [otherGroups]);
      await session.waitFor('Wedi’u cofnodi:');
      expect(session.frame()).toContain(
        'Wedi’u cofnodi: Gofalwyr sy’n berthnasau, [Saesneg] Court interpreters',
      );
    });
  });
});
