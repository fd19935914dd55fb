import { cafcassProfile, findCharacteristic, type Profile } from '@eqia/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { welsh } from '../src/messages/cy.js';
import { setUiLanguage } from '../src/messages/ui-language.js';
import { characteristicStep } from '../src/wizard/steps/characteristic.js';
import { evidenceStep } from '../src/wizard/steps/evidence.js';
import { keys, type Session, seededClient, startSession } from './support/wizard.js';

// In a Welsh run the wizard shows what the author wrote, outside the box it is edited in (a list's items,
// the choices naming them, what screening said), as `show` shows it: its Welsh where written, marked when
// written for English changed since, else the English marked as English.

const bilingual: Profile = { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } };
const age = findCharacteristic(cafcassProfile, 'age')!;
const seed = {
  policy: { title: 'Video hearings', aims: 'Shorter waits', audiences: ['parents_carers_families'] },
  screening: {
    answers: { age: { relevance: 'yes' as const, reason: 'Older parties join online less often.' } },
    decision: { kind: 'full_assessment' as const, rationale: 'Families are affected.' },
  },
  evidence: {
    items: [
      { id: 'ev-1', kind: 'data' as const, title: 'Caseload data 2025', characteristics: ['age'] },
      { id: 'ev-2', kind: 'research' as const, title: 'Staff survey', characteristics: ['age'] },
    ],
    gaps: [{ id: 'gap-1', description: 'No data on BSL need', characteristics: ['age'], actionIds: [] }],
  },
  welsh: {
    'evidence/items/ev-1/title': 'Data achosion 2025',
    'evidence/gaps/gap-1/description': 'Dim data BSL',
  },
};

/** The seeded assessment, its gap's English changed after its Welsh was written. */
async function client() {
  const seeded = await seededClient(seed, { profile: bilingual });
  await seeded.edit('wiz', 'evidence', (evidence) => {
    const [gap] = evidence.gaps;
    if (gap) gap.description = 'No data on the need for BSL';
  });
  return seeded;
}

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('the author’s texts in the wizard, in a Welsh run', () => {
  beforeAll(() => setUiLanguage('cy'));
  afterAll(() => setUiLanguage('en'));

  it('names a list’s items by their Welsh, else their English marked, and Welsh out of date marked', async () => {
    session = await startSession(await client(), [evidenceStep]);
    await session.waitFor(welsh.evidence.menu);
    const frame = session.frame();
    expect(frame).toContain('[ev-1] Data achosion 2025');
    expect(frame).toContain('[ev-2] [Saesneg] Staff survey');
    expect(frame).toContain('[gap-1] [hen: mae’r Saesneg wedi newid] Dim data BSL');
    expect(frame).not.toContain('Caseload data 2025');
  });

  it('shows what screening said, and the evidence and gaps to choose from, so too', async () => {
    session = await startSession(await client(), [characteristicStep(age, cafcassProfile)]);
    await session.waitFor('Dywedodd y sgrinio:');
    expect(session.frame()).toContain('[Saesneg] Older parties join online less often.');
    await session.answer(welsh.characteristic.conclusion({ characteristic: 'oedran' }), keys.enter);
    await session.answer(welsh.characteristic.reasoning, 'Reasoning', keys.enter);
    await session.answer('Cymraeg: eich ateb', keys.enter);
    await session.waitFor(welsh.characteristic.support);
    const frame = session.frame();
    expect(frame).toContain('Tystiolaeth: Data achosion 2025');
    expect(frame).toContain('Tystiolaeth: [Saesneg] Staff survey');
    expect(frame).toContain('Ddim yn hysbys: [hen: mae’r Saesneg wedi newid] Dim data BSL');
  });

  it('shows them as written in an English run', async () => {
    await setUiLanguage('en');
    try {
      session = await startSession(await client(), [evidenceStep]);
      await session.waitFor('[ev-1] Caseload data 2025');
      expect(session.frame()).not.toMatch(/Saesneg|Data achosion/);
    } finally {
      await setUiLanguage('cy');
    }
  });
});
