import { cafcassProfile, findCharacteristic } from '@eqia/core';
import { afterEach, describe, expect, it } from 'vitest';
import { characteristicStep } from '../src/wizard/steps/characteristic.js';
import { intersectionalityStep } from '../src/wizard/steps/intersectionality.js';
import { summaryStep } from '../src/wizard/steps/summary.js';
import { keys, type Session, seededClient, startSession } from './support/wizard.js';

const assessing = {
  policy: { title: 'Video hearings', aims: 'Shorter waits', audiences: ['parents_carers_families', 'staff'] },
  screening: {
    answers: { age: { relevance: 'yes' as const, reason: 'Older parties are less often online.' } },
    decision: { kind: 'full_assessment' as const, rationale: 'Families are affected.' },
  },
};
const age = findCharacteristic(cafcassProfile, 'age')!;

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('wizard: analysis', () => {
  it('a characteristic step shows its prompts, who speaks for it and the screening answer', async () => {
    session = await startSession(await seededClient(assessing), [characteristicStep(age, cafcassProfile)]);
    await session.waitFor('Step 1 of 1 · Age');
    await session.waitFor('• Does the policy treat children');
    await session.waitFor("Who speaks for it: Family Justice Young People's Board");
    await session.waitFor('Screening said: Relevant — Older parties are less often online.');
  });

  it('records a negative impact with its severity, mitigation and residual severity', async () => {
    session = await startSession(await seededClient(assessing), [characteristicStep(age, cafcassProfile)]);
    const s = session;
    await s.answer('Your conclusion on age', keys.enter);
    await s.answer('Your reasoning', 'Parties over 65 adjourn twice as often.', keys.enter);
    await s.answer('0 impacts on age. Add one?', keys.enter);
    await s.answer('Which group does it affect?', keys.enter);
    await s.answer('positive, negative, mixed, neutral or unknown?', keys.down, keys.enter);
    await s.answer('Describe the impact precisely', 'Older parents struggle to join by video.', keys.enter);
    await s.answer('Which aims of the duty', keys.enter);
    await s.answer('How severe, before mitigation?', keys.down, keys.enter);
    await s.answer('How will it be mitigated?', 'Telephone or in person on request.', keys.enter);
    await s.answer('How severe is it after mitigation?', keys.down, keys.enter);
    await s.answer(
      'Why is the remaining impact justified?',
      'Few remain affected; review at six months.',
      keys.enter,
    );
    await s.answer('Change impact [imp-age-1] negative', keys.enter);
    expect(await s.finished).toBe('done');
    const analysis = s.view().assessment.analysis.age;
    expect(analysis?.status).toBe('impacts_identified');
    expect(analysis?.impacts).toMatchObject([
      {
        id: 'imp-age-1',
        audience: 'parents_carers_families',
        direction: 'negative',
        severity: 'medium',
        residualSeverity: 'low',
        aims: ['eliminateDiscrimination', 'advanceEquality', 'fosterGoodRelations'],
      },
    ]);
    expect(
      s
        .view()
        .findings.some((f) => f.path.startsWith('analysis.age') && f.message.includes('not been assessed')),
    ).toBe(false);
  });

  it('records a mixed impact on another affected group, weighed like a negative one', async () => {
    const otherGroups = [{ id: 'court_users_in_wales', label: 'Court users in Wales' }];
    const seed = { ...assessing, policy: { ...assessing.policy, otherGroups } };
    session = await startSession(await seededClient(seed), [characteristicStep(age, cafcassProfile)]);
    const s = session;
    await s.answer('Your conclusion on age', keys.enter);
    await s.answer('Your reasoning', 'Younger parties gain; older ones travel further.', keys.enter);
    await s.answer('0 impacts on age. Add one?', keys.enter);
    await s.answer('Court users in Wales', keys.down, keys.down, keys.enter);
    await s.answer('positive, negative, mixed, neutral or unknown?', ...Array(4).fill(keys.down), keys.enter);
    await s.answer(
      'Describe the impact precisely',
      'Quicker for most; harder for those without broadband.',
      keys.enter,
    );
    await s.answer('Which aims of the duty', keys.enter);
    await s.answer('How severe, before mitigation?', keys.enter);
    await s.answer('How will it be mitigated?', 'Hearing rooms in libraries.', keys.enter);
    await s.answer('How severe is it after mitigation?', keys.enter);
    await s.answer('Change impact [imp-age-1]', keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.analysis.age?.impacts).toMatchObject([
      { audience: 'court_users_in_wales', direction: 'mixed', severity: 'low', residualSeverity: 'none' },
    ]);
  });

  it('"no impact" needs reasoning', async () => {
    session = await startSession(await seededClient(assessing), [characteristicStep(age, cafcassProfile)]);
    const s = session;
    await s.answer('Your conclusion on age', keys.down, keys.enter);
    await s.answer('Why is there no impact?', keys.enter);
    await s.answer('This needs an answer.', 'Same service for every age.', keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.analysis.age).toMatchObject({
      status: 'no_impact',
      reasoning: 'Same service for every age.',
    });
  });

  it('intersectionality records an impact on a combination of characteristics', async () => {
    session = await startSession(await seededClient(assessing), [intersectionalityStep]);
    const s = session;
    await s.answer('Intersectional impacts', keys.up, keys.enter);
    await s.answer(
      'Which characteristics combine?',
      keys.space,
      keys.down,
      keys.down,
      keys.down,
      keys.down,
      keys.down,
      keys.space,
      keys.enter,
    );
    await s.answer('Which group does it affect?', keys.enter);
    await s.answer(
      'positive, negative, mixed, neutral or unknown?',
      keys.down,
      keys.down,
      keys.down,
      keys.enter,
    );
    await s.answer(
      'Describe the impact precisely',
      'Older parents from minority ethnic groups: not known.',
      keys.enter,
    );
    await s.answer('Which aims of the duty', keys.enter);
    await s.answer('1 intersectional impact', keys.enter);
    await s.answer('Cumulative impact', 'Also the digital application.', keys.enter);
    expect(await s.finished).toBe('done');
    const { impacts, cumulativeImpact } = s.view().assessment.intersectionality;
    expect(impacts[0]?.members.map((m) => m.characteristic)).toEqual(['age', 'race']);
    expect(impacts[0]?.direction).toBe('unknown');
    expect(cumulativeImpact).toBe('Also the digital application.');
  });

  it('the summary screen shows the characteristic × audience grid', async () => {
    const client = await seededClient({
      ...assessing,
      analysis: {
        age: {
          status: 'impacts_identified',
          reasoning: '',
          evidenceIds: [],
          gapIds: [],
          impacts: [
            {
              id: 'i1',
              audience: 'parents_carers_families',
              direction: 'negative',
              severity: 'high',
              description: 'x',
              aims: [],
              evidenceIds: [],
              mitigation: '',
              actionIds: [],
              justification: '',
            },
            {
              id: 'i2',
              audience: 'staff',
              direction: 'positive',
              description: 'y',
              aims: [],
              evidenceIds: [],
              mitigation: '',
              actionIds: [],
              justification: '',
            },
          ],
        },
        sex: { status: 'no_impact', reasoning: 'Same for all.', evidenceIds: [], gapIds: [], impacts: [] },
      },
    });
    session = await startSession(client, [summaryStep]);
    await session.waitFor('Summary of impacts');
    expect(session.frame()).toMatch(/Characteristic\s+Parents, carers and families\s+Staff/);
    expect(session.frame()).toMatch(/Age\s+−\s+\+/);
    expect(session.frame()).toMatch(/Sex\s+no impact/);
    expect(session.frame()).toMatch(/Race\s+not assessed/);
    // ink-testing-library's terminal is 100 columns wide.
    for (const line of session.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});
