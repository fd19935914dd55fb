import { defaultProfile as profile } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJson } from '../src/ascii-json.js';
import { openSqliteStore } from '../src/index.js';
import { latestSchemaVersion } from '../src/schema.js';
import { asciiChecksStep } from '../src/schema-steps/ascii-checks.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

// JSON.stringify escapes the control characters, so ASCII JSON is printable ASCII (and DEL).
const ascii = /^[ -\u007f]*$/u;

describe('asciiJson', () => {
  it('gives ASCII JSON of the same value for any JSON text, and ASCII text itself', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 30 });
    const values = fc.oneof(fc.jsonValue(), fc.dictionary(anyText, anyText), fc.array(anyText));
    fc.assert(
      fc.property(values, (value) => {
        const text = JSON.stringify(value);
        const escaped = asciiJson(text);
        expect(escaped).toMatch(ascii);
        expect(JSON.parse(escaped)).toEqual(JSON.parse(text));
        if (ascii.test(text)) expect(escaped).toBe(text);
      }),
      { examples: [['\ud800'], ['😀 – é\u007f\u0080'], [{ '\udc00\ud800': '\uffff' }]] },
    );
    expect(asciiJson('{"title":"2024–25 😀"}')).toBe('{"title":"2024\\u201325 \\ud83d\\ude00"}');
  });
});

describe('schema step 12, the checks parts as ASCII JSON', () => {
  it('writes the parts kept before it again as ASCII JSON of the same value, and leaves a part that is not JSON as it is', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile });
    await store.append(chainedAppend('a1', 1));
    await store.append(chainedAppend('a2', 1));
    await store.close();
    const read = () =>
      withRawDatabase(file, (db) =>
        db.prepare('SELECT checks FROM assessment_checks ORDER BY id').pluck().all(),
      ) as string[];
    // As eqia before step 12 wrote them: characters past ASCII as they are.
    const [kept] = read();
    const before = JSON.stringify({ ...JSON.parse(kept as string), written: 'before – 😀' });
    const damaged = 'not JSON – "é';
    withRawDatabase(file, (db) => {
      const write = db.prepare('UPDATE assessment_checks SET checks = ? WHERE id = ?');
      write.run(before, 'a1');
      write.run(damaged, 'a2');
      db.pragma(`user_version = ${asciiChecksStep.version - 1}`);
    });

    // Migrated on first use.
    const reopened = openSqliteStore(file);
    expect(await reopened.list()).toHaveLength(2);
    await reopened.close();
    const [migrated, left] = read();
    expect(migrated).toMatch(ascii);
    expect(JSON.parse(migrated as string)).toEqual(JSON.parse(before));
    expect(left).toBe(damaged);
    expect(withRawDatabase(file, (db) => db.pragma('user_version', { simple: true }))).toBe(
      latestSchemaVersion,
    );
  });
});
