import { defaultProfile as profile } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

/** What the file holds for an assessment: its JSON text, as written, each document where it is kept. */
const storedText = (file: string, id: string) =>
  withRawDatabase(file, (db) => ({
    row: db
      .prepare(
        `SELECT listed.summary, a.snapshot, checks.checks, annual.annual FROM assessments AS a
           JOIN assessment_list AS listed USING (id) JOIN assessment_checks AS checks USING (id)
           JOIN assessment_annual AS annual USING (id) WHERE a.id = ?`,
      )
      .get(id),
    events: db.prepare('SELECT event FROM events WHERE assessment_id = ? ORDER BY seq').pluck().all(id),
  }));

describe('text SQLite must keep exactly', () => {
  // That it reads back equal is the conformance suite's; here, the bytes in the file and the SQL filters.
  it('keeps any string an author can type as its JSON text, and filters on it as the SDK would', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (text) => {
        const id = `t${n++}`;
        const request = chainedAppend(id, 1, [], {
          event: () => ({ type: 'edited', note: text, [text]: 'as a key' }),
        });
        request.snapshot.assessment.policy.title = text;
        request.snapshot.assessment.policy.team = text;
        request.summary.title = text;
        request.summary.team = text;
        request.summary.owner = text;
        await store.append(request);
        const { row, events } = storedText(file, id);
        const { checks, ...documents } = row as { checks: string };
        // The checks part as ASCII JSON (ascii-json.ts): the same value, every other character escaped.
        expect(checks).toMatch(/^[ -\u007f]*$/u);
        expect(JSON.parse(checks)).toEqual({
          digestVersion: request.digest?.digestVersion,
          checks: request.digest?.checks,
        });
        expect({ row: documents, events }).toEqual({
          row: {
            summary: JSON.stringify(request.summary),
            snapshot: JSON.stringify(request.snapshot),
            annual: JSON.stringify({
              digestVersion: request.digest?.digestVersion,
              annual: request.digest?.annual,
            }),
          },
          events: [JSON.stringify(request.events[0]?.event)],
        });
        expect((await store.list({ team: text, owner: text })).map((summary) => summary.id)).toContain(id);
      }),
      { numRuns: 60, examples: [['\u0000'], ['\ud800'], ['"\\\u0000\n'], ['\udc00\ud800'], ['😀\u0000é']] },
    );
    await store.close();
  });

  it('keeps very long text whole: a title of 4.5 million characters and a log entry of 9 million', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile });
    const long = 'Ünïcödé 😀 \u0000 '.repeat(300_000);
    // Longer than core would accept from an author: the store takes whatever it is given.
    const request = chainedAppend('long', 1, [], { event: () => ({ type: 'edited', note: long + long }) });
    request.snapshot.assessment.policy.title = long;
    request.summary.reference = long;
    await store.append(request);
    const stored = await store.read('long');
    expect(stored?.snapshot.assessment.policy.title).toBe(long);
    expect(stored?.summary.reference).toBe(long);
    expect((stored?.events[0]?.event as { note?: string } | undefined)?.note).toBe(long + long);
    expect(storedText(file, 'long').row).toMatchObject({ snapshot: JSON.stringify(request.snapshot) });
    expect((await store.list({ text: 'ünïcödé 😀 \u0000 ü' })).map((summary) => summary.id)).toEqual([
      'long',
    ]);
    await store.close();
  });

  it("keeps the snapshot's text as the client made it, when it sends one", async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile });
    const request = chainedAppend('texted', 1);
    // The same value in another key order and spacing: only the text given can have put it there.
    const { assessment, ...rest } = request.snapshot;
    const snapshotText = JSON.stringify({ assessment, ...rest }, null, 1);
    await store.append({ ...request, snapshotText });
    expect(storedText(file, 'texted').row).toMatchObject({ snapshot: snapshotText });
    expect((await store.read('texted'))?.snapshot).toEqual(request.snapshot);
    await store.close();
  });

  it('takes a log of 20 000 entries in one append, as a copied store appends each log at once', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init({ profile });
    const request = chainedAppend('copied', 20_000);
    await store.append(request);
    expect((await store.read('copied'))?.events).toEqual(request.events);
    await store.close();
  });
});
