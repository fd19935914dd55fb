import { beforeAll, describe, expect, it } from 'vitest';
import { cafcassStore, eqia, tempDir } from './support/cli.js';

/**
 * Values typed on the command line that eqia must refuse with words saying what is wanted, never
 * storing them (a user id with a space could never be typed again) nor reading them as options.
 */
describe('values on the command line', () => {
  let cwd: string;
  const run = (...argv: string[]) => eqia(cwd, argv);

  beforeAll(async () => {
    cwd = await cafcassStore();
  });

  it('refuses a new user id with a space, in English and Welsh, and stores nothing', async () => {
    const english = await run(
      'users',
      'add',
      'bad id',
      '--name',
      'Bad',
      '--roles',
      'author',
      '--user',
      'ops',
    );
    expect(english.code).toBe(6);
    expect(english.stderr).toMatchInlineSnapshot(`
      "eqia users: "bad id" cannot be a user id: use letters, digits, and . _ : - only (no spaces).
      "
    `);
    const welsh = await run(
      '--lang',
      'cy',
      'users',
      'add',
      'é',
      '--name',
      'E',
      '--roles',
      'author',
      '--user',
      'ops',
    );
    expect(welsh.code).toBe(6);
    expect(welsh.stderr).toMatchInlineSnapshot(`
      "eqia users: Ni all "é" fod yn id defnyddiwr: defnyddiwch lythrennau, digidau, a . _ : - yn unig (dim bylchau).
      "
    `);
    expect((await run('users', '--json')).stdout).not.toMatch(/bad id|"é"/);
  });

  it('refuses a first user with a bad id at init, before creating the store', async () => {
    const fresh = await tempDir();
    const refused = await eqia(fresh, ['init', '--user', 'ana smith', '--name', 'Ana']);
    expect(refused.code).toBe(6);
    expect(refused.stderr).toMatchInlineSnapshot(`
      "eqia init: "ana smith" cannot be a user id: use letters, digits, and . _ : - only (no spaces).
      "
    `);
    expect((await eqia(fresh, ['list'])).code).toBe(3);
    expect((await eqia(fresh, ['init', '--user', 'ana.smith', '--name', 'Ana'])).code).toBe(0);
  });

  it('says a negative or malformed --at is not a log entry number, rather than a missing value', async () => {
    for (const value of ['-1', '0', '1.5', '1e0', ' 2'])
      expect((await run('history', 'any', '--at', value)).stderr).toContain(`not "${value}"`);
    const welsh = await run('--lang', 'cy', 'history', 'any', '--at', '-1');
    expect(welsh.code).toBe(2);
    expect(welsh.stderr).toMatchInlineSnapshot(`
      "eqia history: Rhaid i --at fod yn rhif cofnod yn y log (1, 2, …), nid "-1": gweler \`eqia history <id>\`.
      "
    `);
  });
});
