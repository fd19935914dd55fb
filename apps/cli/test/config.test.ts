import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { settingsReader } from '../src/settings/location.js';
import { settingsSchema } from '../src/settings/schema.js';
import { isSettings, settingKeys } from '../src/settings/shape.js';
import { type BinaryRun, runBinary } from './support/binary.js';
import { eqia, tempDir } from './support/cli.js';

/** The built `eqia` with its settings in `file`; the temp directory reads as <tmp> in what it printed. */
async function withSettings(
  cwd: string,
  file: string,
  argv: string[],
  env: Record<string, string> = {},
): Promise<BinaryRun> {
  const run = await runBinary(cwd, argv, { env: { EQIA_CONFIG: file, ...env } });
  const tidy = (text: string) => text.replaceAll(cwd, '<tmp>');
  return { code: run.code, stdout: tidy(run.stdout), stderr: tidy(run.stderr) };
}

describe('eqia config through the built CLI', () => {
  it('sets, gets, lists and unsets, in a file only the user can read', async () => {
    const cwd = await tempDir();
    // Its directory does not exist yet: config creates it, for the user alone.
    const file = join(cwd, 'home', 'eqia', 'config.json');

    const empty = await withSettings(cwd, file, ['config']);
    expect(empty.code).toBe(ExitCode.ok);
    expect(empty.stdout).toMatchInlineSnapshot(`
      "Settings file: <tmp>/home/eqia/config.json (not written yet)

      SETTING   VALUE
      store     —
      user      —
      language  —
      keys      —
      "
    `);

    expect((await withSettings(cwd, file, ['config', 'set', 'user', 'amara'])).stdout).toMatchInlineSnapshot(`
      "✓ Set user to amara in <tmp>/home/eqia/config.json.
      "
    `);
    expect((await withSettings(cwd, file, ['config', 'set', 'language', 'cy'])).code).toBe(ExitCode.ok);
    expect((await withSettings(cwd, file, ['config', 'set', 'store', '../team store'])).code).toBe(
      ExitCode.ok,
    );
    expect((await withSettings(cwd, file, ['config', 'set', 'keys', '~/keys'])).code).toBe(ExitCode.ok);

    const get = await withSettings(cwd, file, ['config', 'get', 'user']);
    expect(get).toEqual({ code: ExitCode.ok, stdout: 'amara\n', stderr: '' });
    // The store is kept as given: a relative one is relative to where a command runs.
    expect((await withSettings(cwd, file, ['config', 'get', 'store'])).stdout).toBe('../team store\n');
    expect(
      JSON.parse((await withSettings(cwd, file, ['config', 'get', 'language', '--json'])).stdout),
    ).toEqual({
      key: 'language',
      value: 'cy',
    });
    expect(JSON.parse((await withSettings(cwd, file, ['config', '--json'])).stdout)).toEqual({
      file: join(cwd, 'home', 'eqia', 'config.json').replaceAll(cwd, '<tmp>'),
      settings: { store: '../team store', user: 'amara', language: 'cy', keys: '~/keys' },
    });
    expect(await readFile(file, 'utf8')).toBe(
      `${JSON.stringify({ store: '../team store', user: 'amara', language: 'cy', keys: '~/keys' }, null, 2)}\n`,
    );
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(cwd, 'home', 'eqia'))).mode & 0o777).toBe(0o700);
    expect((await stat(join(cwd, 'home'))).mode & 0o777).toBe(0o700);

    // With `language` set to cy, eqia speaks Welsh from here on.
    expect((await withSettings(cwd, file, ['config', 'unset', 'user'])).stdout).toMatchInlineSnapshot(`
      "✓ Dadosodwyd user yn <tmp>/home/eqia/config.json.
      "
    `);
    const again = await withSettings(cwd, file, ['config', 'unset', 'user']);
    expect(again.code).toBe(ExitCode.ok);
    expect(again.stdout).toBe('Nid oedd user wedi’i osod: ni newidiwyd dim.\n');
    const unset = await withSettings(cwd, file, ['config', 'get', 'user']);
    expect(unset.code).toBe(ExitCode.notFound);
    expect(unset.stderr).toMatchInlineSnapshot(`
      "eqia config: Nid yw user wedi’i osod yn <tmp>/home/eqia/config.json. Gosodwch ef gydag \`eqia config set user <value>\`.
      "
    `);
    // No temp file is left behind by the writes.
    expect(await readdir(join(cwd, 'home', 'eqia'))).toEqual(['config.json']);
  });

  it('a file that was group- or world-readable is 0600 after a write', async () => {
    const cwd = await tempDir();
    const file = join(cwd, 'config.json');
    await writeFile(file, '{"user": "ben"}\n', { mode: 0o644 });
    expect((await withSettings(cwd, file, ['config', 'set', 'language', 'en'])).code).toBe(ExitCode.ok);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ user: 'ben', language: 'en' });
  });

  it('refuses a value or a key that is not valid, and writes nothing', async () => {
    const cwd = await tempDir();
    const file = join(cwd, 'config.json');
    const language = await withSettings(cwd, file, ['config', 'set', 'language', 'fr']);
    expect(language.code).toBe(ExitCode.usage);
    expect(language.stderr).toMatchInlineSnapshot(`
      "eqia config: language must be en (English) or cy (Welsh), not "fr".
      "
    `);
    const key = await withSettings(cwd, file, ['config', 'set', 'colour', 'red']);
    expect(key.code).toBe(ExitCode.usage);
    expect(key.stderr).toMatchInlineSnapshot(`
      "eqia config: "colour" is not a setting: use store, user, language, keys.
      "
    `);
    const blank = await withSettings(cwd, file, ['config', 'set', 'user', '']);
    expect(blank.code).toBe(ExitCode.usage);
    expect(blank.stderr).toMatchInlineSnapshot(`
      "eqia config: user must be a user id, not empty, not "".
      "
    `);
    // What a store may be, as --store takes it: a folder, a database file or a URL.
    const store = await withSettings(cwd, file, ['config', 'set', 'store', '']);
    expect(store.code).toBe(ExitCode.usage);
    expect(store.stderr).toMatchInlineSnapshot(`
      "eqia config: store must be a directory, a database file (.db) or a postgres:// URL, not empty, not "".
      "
    `);
    expect((await withSettings(cwd, file, ['config', 'set', 'user'])).code).toBe(ExitCode.usage);
    expect((await withSettings(cwd, file, ['config', 'rename', 'user'])).code).toBe(ExitCode.usage);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('NODE_ENV=test still writes the file to disk (no in-memory preset)', async () => {
    const cwd = await tempDir();
    const file = join(cwd, 'config.json');
    const run = await withSettings(cwd, file, ['config', 'set', 'user', 'amara'], { NODE_ENV: 'test' });
    expect(run.code).toBe(ExitCode.ok);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ user: 'amara' });
  });

  it('finds the file in XDG_CONFIG_HOME, else ~/.config; EQIA_CONFIG names it outright', async () => {
    const cwd = await tempDir();
    const where = async (env: Record<string, string>) => {
      const run = await runBinary(cwd, ['config', '--json'], { env });
      expect(run.stderr).toBe('');
      return (JSON.parse(run.stdout) as { file: string }).file;
    };
    expect(await where({ HOME: '/home/amara' })).toBe('/home/amara/.config/eqia/config.json');
    expect(await where({ HOME: '/home/amara', XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/eqia/config.json');
    // A relative XDG_CONFIG_HOME is ignored, as the XDG spec says.
    expect(await where({ HOME: '/home/amara', XDG_CONFIG_HOME: 'cfg' })).toBe(
      '/home/amara/.config/eqia/config.json',
    );
    expect(await where({ HOME: '/home/amara', XDG_CONFIG_HOME: '/cfg', EQIA_CONFIG: 'mine.json' })).toBe(
      join(cwd, 'mine.json'),
    );
    const nowhere = await runBinary(cwd, ['config']);
    expect(nowhere.code).toBe(ExitCode.usage);
    expect(nowhere.stderr).toMatchInlineSnapshot(`
      "eqia config: There is nowhere to keep settings: set HOME, XDG_CONFIG_HOME or EQIA_CONFIG.
      "
    `);
  });

  it('eqia --help lists it', async () => {
    const help = await runBinary(await tempDir(), ['--help']);
    expect(help.stdout).toContain('Settings:\n  config ');
    expect(help.stdout).toContain('`eqia config set store`');
  });
});

describe("a command's settings", () => {
  it('are read once, however often asked; a read that failed is tried again', async () => {
    const cwd = await tempDir();
    const file = join(cwd, 'config.json');
    const settings = settingsReader({ EQIA_CONFIG: file }, cwd);
    expect(await settings()).toEqual({});
    await writeFile(file, JSON.stringify({ user: 'amara' }));
    // No file when first asked: the command goes on without settings, whatever is written meanwhile.
    expect(await settings()).toEqual({});

    const later = settingsReader({ EQIA_CONFIG: file }, cwd);
    expect(await later()).toEqual({ user: 'amara' });
    await writeFile(file, JSON.stringify({ user: 'ben' }));
    expect(await later()).toEqual({ user: 'amara' });

    await writeFile(file, '{ "user": ');
    const broken = settingsReader({ EQIA_CONFIG: file }, cwd);
    await expect(broken()).rejects.toThrow(/config\.json/);
    await writeFile(file, JSON.stringify({ user: 'ben' }));
    expect(await broken()).toEqual({ user: 'ben' });
  });
});

describe('a settings file that is not valid', () => {
  const cases: Record<string, string> = {
    'not JSON': '{"user": "amara",\n',
    empty: '',
    'not an object': '["amara"]\n',
    'a wrong type': '{"user": 7, "language": "fr"}\n',
    'an unknown key': '{"user": "amara", "colour": "red"}\n',
  };
  const messages: Record<string, string> = {};

  beforeAll(async () => {
    for (const [name, text] of Object.entries(cases)) {
      const cwd = await tempDir();
      const file = join(cwd, 'config.json');
      await writeFile(file, text, { mode: 0o600 });
      for (const argv of [
        ['config'],
        ['config', 'get', 'user'],
        ['config', 'set', 'user', 'ben'],
        ['config', 'unset', 'user'],
        ['list'],
        ['list', '--user', 'amara'],
      ]) {
        const run = await withSettings(cwd, file, argv);
        expect(run.code, `${name}: ${argv.join(' ')}`).toBe(ExitCode.validation);
        expect(await readFile(file, 'utf8'), `${name}: ${argv.join(' ')}`).toBe(text);
        expect(await readdir(cwd)).toEqual(['config.json']);
        if (argv.join(' ') === 'config') messages[name] = run.stderr;
      }
      const json = await withSettings(cwd, file, ['config', '--json']);
      expect(JSON.parse(json.stderr).error).toMatchObject({
        code: 'VALIDATION',
        exitCode: ExitCode.validation,
      });
    }
  }, 120_000);

  it('is named with each bad field, exits 6 and is left byte for byte as it was', () => {
    expect(messages).toMatchInlineSnapshot(`
      {
        "a wrong type": "eqia config: The settings file <tmp>/config.json is not valid; it was left as it is. Fix or delete it:
        - user: must be a user id, as a string
        - language: must be en (English) or cy (Welsh)
      ",
        "an unknown key": "eqia config: The settings file <tmp>/config.json is not valid; it was left as it is. Fix or delete it:
        - colour: not a setting (the settings are store, user, language, keys)
      ",
        "empty": "eqia config: The settings file <tmp>/config.json cannot be read: it is empty (write {} for no settings, or delete it). It was left as it is.
      ",
        "not JSON": "eqia config: The settings file <tmp>/config.json cannot be read: it is not valid JSON: it stops at line 2, column 1, before what it opened is closed. It was left as it is.
      ",
        "not an object": "eqia config: The settings file <tmp>/config.json is not valid; it was left as it is. Fix or delete it:
        - (root): must be a JSON object of settings, such as {"user": "amara"}
      ",
      }
    `);
  });

  it('is not read at all when --store and --user are given', async () => {
    const cwd = await tempDir();
    const file = join(cwd, 'config.json');
    await writeFile(file, 'not json');
    const run = await withSettings(cwd, file, ['list', '--store', 'nowhere', '--user', 'amara']);
    expect(run.code).toBe(ExitCode.notFound);
    expect(run.stderr).toContain('No eqia store at <tmp>/nowhere');
  });
});

describe('precedence: flag, then environment, then the settings file, then the default', () => {
  let cwd: string;
  let file: string;
  beforeAll(async () => {
    cwd = await tempDir();
    file = join(cwd, 'settings', 'config.json');
    await mkdir(join(cwd, 'work'));
    expect((await eqia(cwd, ['demo', '--store', 'demo-store'])).code).toBe(0);
    expect((await eqia(cwd, ['init', '--store', 'empty-store', '--profile', 'cafcass'])).code).toBe(0);
  }, 60_000);

  const listed = async (argv: string[], env: Record<string, string> = {}, dir = cwd) => {
    const run = await withSettings(dir, file, ['list', '--json', ...argv], env);
    expect(run.stderr).toBe('');
    return (JSON.parse(run.stdout) as unknown[]).length;
  };

  it('the store', async () => {
    expect((await withSettings(cwd, file, ['config', 'set', 'store', 'demo-store'])).code).toBe(0);
    expect(await listed([])).toBe(6);
    expect(await listed([], { EQIA_STORE: 'empty-store' })).toBe(0);
    expect(await listed(['--store', 'demo-store'], { EQIA_STORE: 'empty-store' })).toBe(6);
    // Kept as given: a relative store is found from the working directory (<tmp> is now work/).
    const elsewhere = await withSettings(join(cwd, 'work'), file, ['list']);
    expect(elsewhere.code).toBe(ExitCode.notFound);
    expect(elsewhere.stderr.replaceAll(cwd, '<tmp>/..')).toMatchInlineSnapshot(`
      "eqia list: No eqia store at <tmp>/demo-store/eqia.db (your \`store\` setting in <tmp>/../settings/config.json). Run \`eqia init\` to create one, or \`eqia demo\` to try eqia with sample assessments (or pass --store).
      "
    `);
    // Without a setting, ./.eqia.
    expect((await withSettings(cwd, file, ['config', 'unset', 'store'])).code).toBe(0);
    const fallback = await withSettings(cwd, file, ['list']);
    expect(fallback.code).toBe(ExitCode.notFound);
    expect(fallback.stderr).toContain('No eqia store at <tmp>/.eqia/eqia.db.');
  });

  it('the user', async () => {
    await withSettings(cwd, file, ['config', 'set', 'store', 'demo-store']);
    await withSettings(cwd, file, ['config', 'set', 'user', 'nobody']);
    const unknown = await withSettings(cwd, file, ['list']);
    expect(unknown.code).toBe(ExitCode.usage);
    expect(unknown.stderr).toMatchInlineSnapshot(`
      "eqia list: "nobody" (your \`user\` setting in <tmp>/settings/config.json) is not a user of this store (amara, ben, julie, sam, nadia, owen, rachel, ops, val). Add them with \`eqia users add nobody --name "…" --roles author\`.
      "
    `);
    expect(await listed([], { EQIA_USER: 'amara' })).toBe(6);

    // julie (equality lead) approves the stage that waits on her; ben, from EQIA_USER, may not.
    await withSettings(cwd, file, ['config', 'set', 'user', 'julie']);
    const asBen = await withSettings(cwd, file, ['approve', 'fhdra-video', '--attest'], { EQIA_USER: 'ben' });
    expect(asBen.code).toBe(ExitCode.forbidden);
    const asGhost = await withSettings(cwd, file, ['approve', 'fhdra-video', '--attest', '--user', 'ghost'], {
      EQIA_USER: 'julie',
    });
    expect(asGhost.code).toBe(ExitCode.usage);
    expect(asGhost.stderr).toContain('"ghost" is not a user of this store');
    const asJulie = await withSettings(cwd, file, ['approve', 'fhdra-video', '--attest']);
    expect(asJulie.stderr).toBe('');
    expect(asJulie.code).toBe(ExitCode.ok);

    // eqia init adds the user as the first one, as with --user.
    expect((await withSettings(cwd, file, ['init', '--store', 'fresh'])).code).toBe(ExitCode.ok);
    const users = await withSettings(cwd, file, ['users', '--store', 'fresh', '--json']);
    expect((JSON.parse(users.stdout) as { id: string }[]).map((user) => user.id)).toEqual(['julie']);
  });
});

describe('the settings check without zod agrees with the schema', () => {
  it('on any object of settings-like keys and JSON values', () => {
    const key = fc.oneof(
      fc.constantFrom(...settingKeys),
      fc.constantFrom('colour', '__proto__', 'Store', ''),
    );
    const value = fc.oneof(
      fc.constantFrom('en', 'cy', '', 'fr', 'amara', './.eqia'),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
    );
    const settingsLike = fc.oneof(
      fc.dictionary(key, value, { maxKeys: 5 }),
      value,
      fc.array(value, { maxLength: 2 }),
    );
    fc.assert(
      fc.property(settingsLike, (json) => {
        // As read from a file: through JSON, so `__proto__` is an own key as JSON.parse makes it.
        const parsed = JSON.parse(JSON.stringify(json)) as unknown;
        expect(isSettings(parsed)).toBe(settingsSchema.safeParse(parsed).success);
      }),
      { numRuns: 2000 },
    );
  });
});
