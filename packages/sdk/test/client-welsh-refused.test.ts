import {
  type AssessmentEvent,
  ConflictError,
  createAssessment,
  createLifecycle,
  newEvidenceItem,
  type ValidationError,
} from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { errorIn } from '../src/language/error-in.js';
import { versionConflict } from '../src/store/append-rules.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { profile } from './client-setup.js';

// What a Welsh client is refused, in Welsh with the same error: someone else saved first, the id is
// taken, an edit names a characteristic the profile does not have.

const welsh = async (error: unknown) => {
  const worded = (await errorIn(error, 'cy')) as ConflictError;
  expect(worded).toBeInstanceOf(ConflictError);
  return worded.message;
};

describe('conflicts in Welsh', () => {
  it('words a store’s version conflict of either kind', async () => {
    expect(await welsh(versionConflict('eqia-1', 0, 3))).toMatchInlineSnapshot(
      `"Mae asesiad eqia-1 yn bod eisoes (fersiwn 3): ni ysgrifennwyd dim. Dewiswch id arall, neu darllenwch ef a’i olygu yn lle hynny."`,
    );
    expect(await welsh(versionConflict('eqia-1', 2, 0))).toMatchInlineSnapshot(
      `"Newidiodd asesiad eqia-1 ers i chi ei ddarllen: roeddech yn disgwyl fersiwn 2 ond nid oes asesiad o’r fath yn y storfa. Ni ysgrifennwyd dim; darllenwch ef eto a rhowch gynnig arall arni."`,
    );
    expect(await welsh(versionConflict('obj-1', 2, 5, 'objective'))).toMatchInlineSnapshot(
      `"Newidiodd amcan obj-1 ers i chi ei ddarllen: roeddech yn disgwyl fersiwn 2 ond mae’r storfa ar fersiwn 5. Ni ysgrifennwyd dim; darllenwch ef eto a rhowch gynnig arall arni."`,
    );
    expect(versionConflict('obj-1', 2, 5, 'objective').message).toMatchInlineSnapshot(
      `"Objective obj-1 changed since you read it: you expected version 2 but the store is at version 5. Nothing was written; read it again and retry."`,
    );
    expect(versionConflict('eqia-1', 2, 0).message).toMatchInlineSnapshot(
      `"Assessment eqia-1 changed since you read it: you expected version 2 but the store has no such assessment. Nothing was written; read it again and retry."`,
    );
    expect(versionConflict('eqia-1', 0, 3).message).toMatchInlineSnapshot(
      `"Assessment eqia-1 already exists (version 3): nothing was written. Choose another id, or read it and edit it instead."`,
    );
  });

  it('tells a Welsh client that an import’s id is already in the store', async () => {
    const store = createMemoryStore({
      profile: { ...profile, languages: { publishes: ['cy', 'en'], default: 'cy' } },
    });
    const ops = await createClient({ store, user: 'ops' });
    const amara = await createClient({ store, user: 'amara' });
    const { assessment } = await amara.create({ title: 'Desk booking' });
    const exported = await amara.exportAssessment(assessment.id);
    const refused = await ops.importAssessment(exported).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toMatchInlineSnapshot(
      `"Mae asesiad desk-booking yn y storfa yn memory eisoes (fersiwn 1): ni fewnforiwyd dim. Allforiwch ef oddi yma yn lle hynny, neu mewnforiwch i storfa arall."`,
    );
    const record = JSON.stringify({ id: assessment.id, policy: { title: 'Desk booking' } });
    const again = await ops.importRecord(record, { source: 'a.json' }).catch((error: unknown) => error);
    expect((again as Error).message).toMatchInlineSnapshot(
      `"Mae asesiad desk-booking yn y storfa eisoes: ni fewnforiwyd dim. Rhowch "id" arall i’r cofnod."`,
    );
  });

  it('tells a Welsh client that an edit names a characteristic the profile does not have', async () => {
    const store = createMemoryStore({
      profile: { ...profile, languages: { publishes: ['cy', 'en'], default: 'cy' } },
    });
    const amara = await createClient({ store, user: 'amara' });
    const { id } = (await amara.create({ title: 'Video hearings' })).assessment;
    await amara.screen(id, { kind: 'full_assessment', rationale: 'Every family is affected.' });
    const refused = (await amara
      .edit(id, 'evidence', (evidence) => {
        evidence.items.push(
          newEvidenceItem({ id: 'survey', kind: 'data', title: 'Survey', characteristics: ['religon'] }),
        );
      })
      .catch((error: unknown) => error)) as ValidationError;
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message.replace(/Defnyddiwch un o: .*/, 'Defnyddiwch un o: …')).toMatchInlineSnapshot(`
      "Mae’r golygiad yn enwi nodweddion nad ydynt gan y proffil hwn: religon. Ni chofnodwyd dim. Defnyddiwch un o: …
        - evidence.items.0.characteristics.0: nid yw’n un o nodweddion y proffil"
    `);
  });
});

describe('a log that cannot be replayed, in Welsh', () => {
  it('names the entry and says the lifecycle’s refusal in Welsh too', async () => {
    const amara = { id: 'amara', roles: ['author'] };
    const create = {
      type: 'create',
      by: amara,
      at: '2026-01-05T09:00:00.000Z',
      assessment: createAssessment({
        id: 'eqia-1',
        title: 'Video hearings',
        createdBy: 'amara',
        createdAt: '2026-01-05T09:00:00.000Z',
        profile,
      }),
    } as AssessmentEvent;
    const submit = { type: 'submit', by: amara, at: '2026-01-05T10:00:00.000Z' } as AssessmentEvent;
    const replay = () => createLifecycle().replay([create, submit]);
    expect(replay).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: Log entry 2 (submit) cannot be replayed: Cannot submit while the assessment is draft; possible now: edit, screen, withdraw.]`,
    );
    const refused = (() => {
      try {
        replay();
      } catch (error) {
        return error;
      }
    })();
    expect((await errorIn(refused, 'cy')) as Error).toMatchInlineSnapshot(
      `[ValidationError: Ni ellir ail-chwarae cofnod 2 o’r log (submit): Ni ellir gwneud submit tra bo’r asesiad yn y cyflwr “Drafft”; yn bosibl nawr: edit, screen, withdraw.]`,
    );
  });
});
