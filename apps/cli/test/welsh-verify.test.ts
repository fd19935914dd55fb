import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';

// Why verify finds a record broken, an import refused and what an objective needs attention for: in
// Welsh from the built binary, and the same in English, as each user reads them.

let dir: string;
const env = (folder: string) => ({ EQIA_CONFIG: join(folder, 'none.json') });
const run = async (lang: string, args: string[]) => {
  const { code, stdout, stderr } = await runBinary(dir, ['--lang', lang, ...args], { env: env(dir) });
  return { code, out: `${stdout}${stderr}`.replaceAll(dir, '<dir>') };
};

beforeAll(async () => {
  dir = await tempDir();
  expect((await runBinary(dir, ['demo'], { env: env(dir) })).code).toBe(0);
}, 120_000);

describe('why a record is broken or refused, in Welsh and English on the built CLI', () => {
  it('says where an assessment’s chain breaks', async () => {
    const db = new Database(join(dir, '.eqia', 'eqia.db'));
    const { id } = db.prepare('select assessment_id as id from events where seq = 2 limit 1').get() as {
      id: string;
    };
    db.exec('drop trigger events_no_update');
    db.prepare(
      `update events set event = json_set(event, '$.at', '2020-01-01T00:00:00.000Z') where assessment_id = ? and seq = 2`,
    ).run(id);
    db.close();
    const [cy, en] = [
      await run('cy', ['verify', id, '--user', 'amara']),
      await run('en', ['verify', id, '--user', 'amara']),
    ];
    expect(cy.code).toBe(en.code);
    expect([cy.code, cy.out.replace(id, '<id>'), en.out.replace(id, '<id>')]).toMatchInlineSnapshot(`
      [
        10,
        "✗ <id>: nid yw cofnod 2 yn cael ei ddilysu: nid yw cofnod 2 yn cyfateb i’w hash: golygwyd ei gynnwys
      ",
        "✗ <id>: entry 2 does not verify: entry 2 does not match its hash: its content was edited
      ",
      ]
    `);
    // JSON is the same in every language: a script reads the same reason whichever the person chose.
    const json = await runBinary(dir, ['--lang', 'cy', 'verify', id, '--json', '--user', 'amara'], {
      env: env(dir),
    });
    expect(JSON.parse(json.stdout)[0].result.reason).toBe(
      'entry 2 does not match its hash: its content was edited',
    );
  });

  it('refuses an export of another format or a newer version, and a plain record’s --historical', async () => {
    writeFileSync(join(dir, 'other.json'), '{"format":"other","formatVersion":2}');
    writeFileSync(join(dir, 'newer.json'), '{"format":"eqia.assessment","formatVersion":9}');
    writeFileSync(join(dir, 'plain.json'), '{"policy":{"title":"Library hours"}}');
    const said = [];
    for (const lang of ['cy', 'en'])
      for (const args of [['other.json'], ['newer.json'], ['plain.json', '--historical']])
        said.push(await run(lang, ['import', ...args, '--user', 'ops']));
    expect(said).toMatchInlineSnapshot(`
      [
        {
          "code": 6,
          "out": "eqia import: Nid allforyn asesiad eqia yw hwn (y fformat yw "other", disgwylid "eqia.assessment").
      ",
        },
        {
          "code": 9,
          "out": "eqia import: Fersiwn fformat 9 yw’r allforyn; mae’r eqia hwn yn darllen fersiynau 1 a 2: uwchraddiwch eqia.
      ",
        },
        {
          "code": 6,
          "out": "eqia import: Mae plain.json yn cael ei fewnforio fel un hanesyddol ond nid yw’n dweud pwy a’i cymeradwyodd: ychwanegwch "signedOff": { "by": "…", "role": "…", "on": "BBBB-MM-DD" }.
        - signedOff: yn ofynnol gyda --historical
      ",
        },
        {
          "code": 6,
          "out": "eqia import: This is not an eqia assessment export (format is "other", expected "eqia.assessment").
      ",
        },
        {
          "code": 9,
          "out": "eqia import: The export is format version 9; this eqia reads versions 1 and 2: upgrade eqia.
      ",
        },
        {
          "code": 6,
          "out": "eqia import: plain.json is imported as historical but does not say who signed it off: add "signedOff": { "by": "…", "role": "…", "on": "YYYY-MM-DD" }.
        - signedOff: required with --historical
      ",
        },
      ]
    `);
  });
});
