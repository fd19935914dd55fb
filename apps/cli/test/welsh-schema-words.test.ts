import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';

// What a schema says itself, the whole input as `(y cyfan)`, and a stored document that does not match
// the schema: in Welsh from the built binary, as a Welsh user reads them.

let dir: string;
const env = (folder: string) => ({ EQIA_CONFIG: join(folder, 'none.json'), EQIA_LANG: 'cy' });

beforeAll(async () => {
  dir = await tempDir();
  expect((await runBinary(dir, ['demo'], { env: env(dir) })).code).toBe(0);
}, 120_000);

describe('in Welsh, on the built CLI', () => {
  it('words an import’s issues: the whole input, and what the schema says itself', async () => {
    writeFileSync(join(dir, 'list.json'), '[]');
    writeFileSync(join(dir, 'untitled.json'), '{"policy":{"title":"  "}}');
    const list = await runBinary(dir, ['--lang', 'cy', 'import', 'list.json', '--user', 'ops'], {
      env: env(dir),
    });
    expect(list.code).toBe(6);
    expect(list.stderr).toMatchInlineSnapshot(`
      "eqia import: Nid yw’n ddilys (cofnod yr asesiad list.json):
        - (y cyfan): Mewnbwn annilys: disgwyliwyd gwrthrych, cafwyd rhestr
      "
    `);
    const untitled = await runBinary(dir, ['import', 'untitled.json', '--user', 'ops'], { env: env(dir) });
    expect(untitled.code).toBe(6);
    expect(untitled.stderr).toMatchInlineSnapshot(`
      "eqia import: Nid yw’n ddilys (cofnod yr asesiad untitled.json):
        - policy.title: rhowch deitl i’r polisi
      "
    `);
  });

  it('words a stored assessment that does not match the schema, with its issues', async () => {
    const db = new Database(join(dir, '.eqia', 'eqia.db'));
    db.exec(
      `update assessments set snapshot = json_set(snapshot, '$.assessment.policy.title', '') where id = 'fhdra-video'`,
    );
    db.close();
    const shown = await runBinary(dir, ['show', 'fhdra-video', '--user', 'amara'], { env: env(dir) });
    expect(shown.code).toBe(8);
    expect(shown.stderr.replaceAll(dir, '<dir>')).toMatchInlineSnapshot(`
      "eqia show: Nid yw’r asesiad "fhdra-video" yn y storfa eqia <dir>/.eqia/eqia.db yn cyfateb i’r sgema, felly ni all eqia weithredu arno; ni newidiwyd dim. Adferwch y storfa o’ch copi wrth gefn diweddaraf. Beth sydd o’i le:
        - assessment.policy.title: rhowch deitl i’r polisi
      "
    `);
  });
});
