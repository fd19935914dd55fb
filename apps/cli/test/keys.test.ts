import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eqiaBuilt as eqia } from './support/binary.js';
import { tempDir } from './support/cli.js';

// The demo makes a key for each of its users, kept in the config directory of whoever runs it.
describe('signing keys', () => {
  let cwd: string;
  let home: string;
  const as = (user: string, argv: string[], env: Record<string, string> = {}) =>
    eqia(cwd, ['--user', user, ...argv], { HOME: home, ...env });
  beforeAll(async () => {
    cwd = await tempDir();
    home = join(cwd, 'home');
    expect((await eqia(cwd, ['demo'], { HOME: home })).code).toBe(0);
  }, 60_000);

  it('keeps each private key in the config directory, readable by its owner alone, never in the store', async () => {
    const listed = JSON.parse((await as('val', ['keys', '--json'])).stdout) as {
      id: string;
      user: string;
      privateKeyHere: boolean;
    }[];
    expect(listed.map((key) => [key.user, key.privateKeyHere])).toEqual([
      ['amara', true],
      ['ben', true],
      ['julie', true],
      ['sam', true],
      ['nadia', true],
      ['owen', true],
      ['rachel', true],
    ]);
    const julie = listed.find((key) => key.user === 'julie');
    const file = join(home, '.config', 'eqia', 'keys', `${julie?.id}.json`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const { privateKey } = JSON.parse(readFileSync(file, 'utf8')) as { privateKey: string };
    expect(readFileSync(join(cwd, '.eqia', 'eqia.db')).includes(privateKey)).toBe(false);
  });

  it('signs a reviewer’s approval with their key; claiming to be them without it is refused', async () => {
    const impostor = await as('julie', ['approve', 'fhdra-video', '--attest'], {
      HOME: join(cwd, 'elsewhere'),
    });
    expect(impostor.code).toBe(4);
    expect(impostor.stderr).toContain('julie must sign this approval');
    expect((await as('julie', ['approve', 'fhdra-video', '--attest'])).code).toBe(0);
    const verified = await as('val', ['verify', 'fhdra-video']);
    expect(verified.stdout).toContain('1 of 1 sign-offs signed');
    expect(verified.code).toBe(0);
  });

  it('a new key is registered for the one who creates it, and only they or an admin may revoke it', async () => {
    const created = await as('ben', ['keys', 'create']);
    expect(created.code).toBe(0);
    const keyId = /Created key (\S+)/.exec(created.stdout)?.[1] ?? '';
    expect((await as('sam', ['keys', 'revoke', keyId])).code).toBe(4);
    expect((await as('ben', ['keys', 'revoke', keyId, '--reason', 'testing'])).code).toBe(0);
    const listed = JSON.parse((await as('val', ['keys', '--json'])).stdout) as {
      id: string;
      revokedBy?: string;
    }[];
    expect(listed.find((key) => key.id === keyId)?.revokedBy).toBe('ben');
    // Each change of the profile is recorded, with who made it, and verify checks the record.
    const history = JSON.parse((await as('val', ['history', '--profile', '--json'])).stdout) as {
      event: { by: { id: string }; changed: string[] };
    }[];
    expect(history.slice(-2).map(({ event }) => [event.by.id, event.changed[0]])).toEqual([
      ['ben', 'keys.7'],
      ['ben', 'keys.7.revocationReason'],
    ]);
    const verified = await as('val', ['verify']);
    expect(verified.stdout).toMatch(/profile: \d+ recorded changes verify/);
  });

  it('a signed assessment exported to another organisation’s store verifies there, with the keys it carried', async () => {
    const exported = join(cwd, 'pilot.json');
    expect((await as('val', ['export', 'fhdra-pilot', '--format', 'json', '-o', exported])).code).toBe(0);
    const elsewhere = join(cwd, 'elsewhere-store');
    const there = (argv: string[]) =>
      eqia(cwd, ['--store', elsewhere, '--user', 'lead', ...argv], { HOME: home });
    expect(
      (
        await eqia(cwd, [
          '--store',
          elsewhere,
          'init',
          '--user',
          'lead',
          '--name',
          'Lead',
          '--roles',
          'admin',
        ])
      ).code,
    ).toBe(0);
    expect((await there(['import', exported])).code).toBe(0);
    const verified = await there(['verify', 'fhdra-pilot']);
    expect(verified.stdout).toContain('2 of 2 sign-offs signed');
    expect(verified.code).toBe(0);
    const keys = await there(['keys']);
    expect(keys.stdout).toContain('julie (imported)');
    expect(keys.stdout).toContain("check only those assessments' sign-offs");
  });
});
