import { cafcassProfile, type Profile } from '@eqia/core';
import { afterEach, describe, expect, it } from 'vitest';
import { recordDetailsStep } from '../src/wizard/steps/record-details.js';
import { screeningBasisStep } from '../src/wizard/steps/screening-basis.js';
import { keys, type Session, seededClient, startSession } from './support/wizard.js';

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('wizard: who assessed it, and when', () => {
  it('records the assessment team, whether the decision was already taken, and when the analysis was done', async () => {
    session = await startSession(await seededClient({ decision: { date: '2026-03-16' } }), [
      recordDetailsStep,
    ]);
    const s = session;
    await s.answer('Someone who carried out the assessment', 'Amara Okafor', keys.enter);
    await s.answer('Amara Okafor’s role', 'Head of Practice Policy', keys.enter);
    // Each name is listed as soon as it is added, not only when the step is next opened.
    await s.waitFor('Recorded: Amara Okafor');
    await s.answer('Someone who carried out the assessment', 'Julie Brown', keys.enter);
    await s.answer('Julie Brown’s role', 'Equality lead', keys.enter);
    await s.waitFor('Recorded: Amara Okafor, Julie Brown');
    await s.answer('Someone who carried out the assessment', keys.enter);
    await s.answer('Had the decision already been taken', keys.enter);
    await s.answer('The decision is dated 2026-03-16: when was the analysis done?', '2026-02-27', keys.enter);
    expect(await s.finished).toBe('done');
    const { policy, decision } = s.view().assessment;
    expect(policy.assessmentTeam).toEqual([
      { id: 'member-1', name: 'Amara Okafor', role: 'Head of Practice Policy' },
      { id: 'member-2', name: 'Julie Brown', role: 'Equality lead' },
    ]);
    expect(decision).toMatchObject({ alreadyTaken: false, assessedOn: '2026-02-27' });
  });

  it('gives members recorded without an id one, and asks a body publishing in Welsh the Welsh of a role', async () => {
    const bilingual: Profile = { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } };
    const seed = {
      policy: { title: 'Video hearings', assessmentTeam: [{ name: 'Ben Hughes', role: 'Service Manager' }] },
    };
    session = await startSession(await seededClient(seed, { profile: bilingual }), [recordDetailsStep]);
    const s = session;
    await s.answer('Someone who carried out the assessment', 'Julie Brown', keys.enter);
    await s.answer('Julie Brown’s role', 'Equality lead', keys.enter);
    await s.answer(
      'Cymraeg: the Welsh of your answer to “Julie Brown’s role',
      'Arweinydd cydraddoldeb',
      keys.enter,
    );
    await s.waitFor('Cymraeg saved');
    await s.answer('Someone who carried out the assessment', keys.enter);
    await s.answer('Had the decision already been taken', keys.enter);
    expect(await s.finished).toBe('done');
    const { policy, welsh } = s.view().assessment;
    expect(policy.assessmentTeam.map((member) => member.id)).toEqual(['member-1', 'member-2']);
    expect(welsh).toEqual({ 'policy/assessmentTeam/member-2/role': 'Arweinydd cydraddoldeb' });
    // The older member now has an id, so the Welsh of their role is asked for by the check.
    expect(
      s
        .view()
        .findings.filter((finding) => finding.ruleId === 'welsh-text-written')
        .map((finding) => finding.path),
    ).toContain('policy.assessmentTeam.0.role');
  });

  it('asks no analysis date when no decision date is recorded', async () => {
    session = await startSession(await seededClient(), [recordDetailsStep]);
    const s = session;
    await s.answer('Someone who carried out the assessment', keys.enter);
    await s.answer('Had the decision already been taken', keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.frame()).not.toContain('when was the analysis done');
  });
});

describe('wizard: what a screening-out rests on', () => {
  const screenedOut = async () => {
    const client = await seededClient({
      evidence: { items: [{ id: 'ev-1', kind: 'data', title: 'Tenancy data 2024', date: '2024' }] },
    });
    await client.screen('wiz', { kind: 'not_required', rationale: 'No change to who is eligible.' });
    return client;
  };

  it('records the evidence it relied on and the assessment it leans on, with why it covers this change', async () => {
    session = await startSession(await screenedOut(), [screeningBasisStep]);
    const s = session;
    await s.answer('Which evidence did the screening rely on?', keys.space, keys.enter);
    await s.answer(
      'Another assessment or document the screening relies on',
      'Housing strategy EqIA 2024',
      keys.enter,
    );
    await s.answer('Where to find it', 'https://example.gov.uk/housing-eqia', keys.enter);
    await s.answer(
      'Why it covers this change',
      'It assessed the allocation rules this change keeps.',
      keys.enter,
    );
    await s.waitFor('Recorded: Housing strategy EqIA 2024');
    await s.answer('Another assessment or document the screening relies on', keys.enter);
    expect(await s.finished).toBe('done');
    const { screening } = s.view().assessment;
    expect(screening.evidenceIds).toEqual(['ev-1']);
    expect(screening.related).toEqual([
      {
        title: 'Housing strategy EqIA 2024',
        reference: 'https://example.gov.uk/housing-eqia',
        covers: 'It assessed the allocation rules this change keeps.',
      },
    ]);
    expect(s.view().findings.map((finding) => finding.ruleId)).not.toContain('screening-out-evidenced');
  });

  it('asks nothing of a full assessment', async () => {
    session = await startSession(await seededClient(), [screeningBasisStep]);
    expect(await session.finished).toBe('done');
    expect(session.frame()).not.toContain('rely on');
  });
});
