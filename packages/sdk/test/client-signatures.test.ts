import { type AssessmentEvent, createLifecycle, recordEvent, workedExample } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { ed25519Signer, generateSigningKey, type SigningKeyPair } from '../src/index.js';
import { world, writeWorkedExample } from './client-setup.js';

const id = workedExample.id;

/** A world where julie and sam have each registered a key, with the worked example in review. */
async function inReview() {
  const w = world();
  const keys: Record<string, SigningKeyPair> = {};
  for (const user of ['julie', 'sam', 'amara']) {
    keys[user] = await generateSigningKey();
    const client = await w.as(user);
    await client.registerKey({ id: `${user}-1`, publicKey: keys[user].publicKey });
  }
  const signedAs = (user: string, pair = keys[user]!, keyId = `${user}-1`) =>
    createClient({
      store: w.store,
      user,
      clock: w.time.clock,
      signer: ed25519Signer({ keyId, privateKey: pair.privateKey }),
    });
  const amara = await signedAs('amara');
  await writeWorkedExample(amara);
  await amara.submit(id);
  return { w, keys, signedAs, amara };
}

describe('signed sign-offs', () => {
  it('an approval is signed with the approver’s key, and verify says so', async () => {
    const { signedAs, amara } = await inReview();
    await (await signedAs('julie')).approve(id);
    await (await signedAs('sam')).approve(id);
    await amara.publish(id, { location: 'https://example.org/eqia' });
    const result = await amara.verify(id);
    expect(result.ok).toBe(true);
    expect(result.signatures.map(({ type, by, status }) => [type, by, status])).toEqual([
      ['approve', 'julie', 'signed'],
      ['approve', 'sam', 'signed'],
      ['publish', 'amara', 'signed'],
    ]);
  });

  it('nobody can approve as someone who has a key without that key', async () => {
    const { w, keys, signedAs } = await inReview();
    // Claiming to be julie, with no key at all.
    await expect((await w.as('julie')).approve(id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Claiming to be julie, signing with sam's key.
    const withSamsKey = await signedAs('julie', keys.sam, 'sam-1');
    await expect(withSamsKey.approve(id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await (await w.as('val')).get(id)).status.stage).toBe('equality_review');
  });

  it('a revoked key signs nothing more', async () => {
    const { signedAs } = await inReview();
    const julie = await signedAs('julie');
    await julie.revokeKey('julie-1', { reason: 'laptop lost' });
    await expect(julie.approve(id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('verify reports a forged approval appended through the store port: unsigned, invalid or revoked', async () => {
    const { w, signedAs } = await inReview();
    const stored = await w.store.read(id);
    if (!stored) throw new Error('stored');
    const { snapshot, events, summary } = stored;
    const forged: AssessmentEvent = {
      type: 'approve',
      by: { id: 'julie', roles: ['equality_lead'] },
      at: '2026-03-03T10:00:00.000Z',
      stage: 'equality_review',
      attestation: workedExample.approvalChain[0]!.attestation,
      comment: '',
    };
    const append = (event: AssessmentEvent) =>
      w.store.append({
        id,
        expectedVersion: events.length,
        events: [recordEvent(events.at(-1), event)],
        snapshot,
        summary: { ...summary, version: events.length + 1 },
      });
    await append(forged);
    const reader = await signedAs('amara');
    const unsigned = await reader.verify(id);
    expect(unsigned.ok).toBe(false);
    expect(unsigned.signatures).toEqual([expect.objectContaining({ by: 'julie', status: 'unsigned' })]);
  });

  it('a signature that does not match what was approved is invalid', async () => {
    const { w, signedAs } = await inReview();
    await (await signedAs('julie')).approve(id);
    const stored = await w.store.read(id);
    if (!stored) throw new Error('stored');
    // Rewrite the whole chain with a changed attestation, as someone able to rehash the log could.
    const events = stored.events.map((entry) => entry.event as AssessmentEvent);
    const last = events.at(-1) as Extract<AssessmentEvent, { type: 'approve' }>;
    events[events.length - 1] = { ...last, attestation: 'Something julie never attested.' };
    let previous: ReturnType<typeof recordEvent> | undefined;
    const rechained = events.map((event) => (previous = recordEvent(previous, event)));
    const copy = world();
    await copy.store.append({
      id,
      expectedVersion: 0,
      events: rechained,
      snapshot: createLifecycle().replay(events),
      summary: stored.summary,
    });
    await copy.store.writeProfile((await w.store.readProfile())!);
    const result = await (await copy.as('amara')).verify(id);
    expect(result.ok).toBe(false);
    expect(result.signatures).toEqual([expect.objectContaining({ by: 'julie', status: 'invalid' })]);
  });

  it('a profile may require every sign-off to be signed', async () => {
    const w = world();
    await (await w.as('ops')).updateProfile((draft) => {
      draft.signing = 'required';
    });
    const amara = await w.as('amara');
    await writeWorkedExample(amara);
    await amara.submit(id);
    await expect((await w.as('julie')).approve(id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
