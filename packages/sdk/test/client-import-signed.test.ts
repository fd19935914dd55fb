import { keyStanding, signatureRequired, TamperedError, ValidationError, workedExample } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { ed25519Signer, generateSigningKey } from '../src/index.js';
import { world, writeWorkedExample } from './client-setup.js';

const id = workedExample.id;

/** The worked example approved by julie and sam, each signing with a key of their own, then exported. */
async function signedExport(): Promise<string> {
  const w = world();
  const signedAs = async (user: string) => {
    const pair = await generateSigningKey();
    await (await w.as(user)).registerKey({ id: `${user}-elsewhere`, publicKey: pair.publicKey });
    return createClient({
      store: w.store,
      user,
      clock: w.time.clock,
      signer: ed25519Signer({ keyId: `${user}-elsewhere`, privateKey: pair.privateKey }),
    });
  };
  const julie = await signedAs('julie');
  const sam = await signedAs('sam');
  const amara = await w.as('amara');
  await writeWorkedExample(amara);
  await amara.submit(id);
  await julie.approve(id);
  await sam.approve(id);
  return amara.exportAssessment(id);
}

describe('importing signed sign-offs from another store', () => {
  it('verifies there against the keys the export carries, registered for that assessment only', async () => {
    const exported = await signedExport();
    const here = world();
    const ops = await here.as('ops');
    await ops.importAssessment(exported);

    const result = await ops.verify(id);
    expect(result.ok).toBe(true);
    expect(result.signatures.map(({ by, status }) => [by, status])).toEqual([
      ['julie', 'signed'],
      ['sam', 'signed'],
    ]);
    const { profile } = await here.as('ops');
    const carried = profile.keys.find((key) => key.id === 'julie-elsewhere');
    expect(carried?.importedWith).toEqual([id]);
    // Another store's key signs nothing here and obliges nobody here to sign.
    const at = new Date().toISOString();
    expect(keyStanding(profile, 'julie', 'julie-elsewhere', at).standing).toBe('invalid');
    expect(keyStanding(profile, 'julie', 'julie-elsewhere', at, 'another-assessment').standing).toBe(
      'invalid',
    );
    expect(signatureRequired(profile, 'julie', at)).toBe(false);
    // Exported again from here, it is the same document.
    expect(await ops.exportAssessment(id)).toBe(exported);
  });

  it('refuses an export whose signers’ keys it does not carry, saying how to get one that does', async () => {
    const exported = JSON.parse(await signedExport());
    const older = JSON.stringify({ ...exported, formatVersion: 1, signingKeys: undefined });
    const here = world();
    const ops = await here.as('ops');
    const refusal = ops.importAssessment(older);
    await expect(refusal).rejects.toBeInstanceOf(TamperedError);
    await expect(refusal).rejects.toThrow(/does not carry that key: export the assessment again/);
    expect(await ops.list()).toEqual([]);
    expect((await here.as('ops')).profile.keys).toEqual([]);
  });

  it('refuses a carried key that is not this store’s key of the same id, writing nothing', async () => {
    const exported = JSON.parse(await signedExport());
    const here = world();
    const ops = await here.as('ops');
    const other = await generateSigningKey();
    await ops.registerKey({ id: 'julie-elsewhere', user: 'julie', publicKey: other.publicKey });
    await expect(ops.importAssessment(JSON.stringify(exported))).rejects.toBeInstanceOf(ValidationError);
    expect(await ops.list()).toEqual([]);
  });

  it('refuses a carried key that does not check the signature it is carried for', async () => {
    const exported = JSON.parse(await signedExport());
    const impostor = await generateSigningKey();
    exported.signingKeys[0].publicKey = impostor.publicKey;
    const here = world();
    const ops = await here.as('ops');
    await expect(ops.importAssessment(JSON.stringify(exported))).rejects.toThrow(
      /is invalid: the signature does not match what was signed/,
    );
    expect(await ops.list()).toEqual([]);
    expect((await here.as('ops')).profile.keys).toEqual([]);
  });
});
