import { type AssessmentSummary, defaultProfile as profile } from '@eqia/core';
import { listedAsJson, listingOf } from '@eqia/sdk';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { noServer, openTestStore, withSql } from './server.js';

/** A store of two assessments, the first with open actions, and a way to run SQL on its table. */
async function twoAssessments() {
  const store = openTestStore();
  await store.init({ profile });
  const first = chainedAppend('a1', 2);
  first.summary = {
    ...first.summary,
    negativeCharacteristics: ['disability', 'age'],
    openActions: [
      { id: 'later', dueDate: '2026-01-31' },
      { id: 'undated' },
      { id: 'sooner', dueDate: '2025-01-31' },
    ],
  };
  const second = chainedAppend('a2', 1);
  for (const request of [first, second]) await store.append(request);
  const table = `${store.location.match(/schema (\w+)/)?.[1]}.assessments`;
  const sql = (text: string) => withSql((admin) => admin.query(text.replaceAll('$t', table)));
  return { store, sql, summaries: [first.summary, second.summary] };
}

const columns = async (sql: (text: string) => Promise<{ rows: unknown[] }>) =>
  (await sql('SELECT id, listing::text AS listing FROM $t ORDER BY id')).rows as {
    id: string;
    listing: string | null;
  }[];

describe.skipIf(noServer)("each assessment's listing (schema step 9)", () => {
  it("is the SDK's listing of its summary, byte for byte, made by the save and by nobody else", async () => {
    const { store, sql, summaries } = await twoAssessments();
    const [first, second] = summaries as [AssessmentSummary, AssessmentSummary];
    expect(await columns(sql)).toEqual([
      { id: 'a1', listing: JSON.stringify(listingOf(first)) },
      { id: 'a2', listing: JSON.stringify(listingOf(second)) },
    ]);
    expect(listingOf(first)).toMatchObject({ openActionCount: 3, earliestActionDue: '2025-01-31' });
    await expect(sql(`UPDATE $t SET listing = '{}'`)).rejects.toThrow(/can only be updated to DEFAULT/);

    // A summary edited by hand brings its listing with it: the list never shows what the summary no
    // longer says.
    await sql(`UPDATE $t SET summary = jsonb_set(summary::jsonb, '{title}', '"Edited by hand"')::json
                WHERE id = 'a2'`);
    const edited = { ...second, title: 'Edited by hand' };
    // (Both were changed at the same moment: the ids order them.)
    expect(await store.listings()).toEqual([listingOf(first), listingOf(edited)]);
    expect(JSON.parse(await store.listJson({ characteristic: 'age' }))).toEqual([listingOf(first)]);
    await store.close();
  });

  it('is left out where PostgreSQL cannot take the summary apart, and the list reads the summary', async () => {
    const { store, sql } = await twoAssessments();
    // Half a surrogate pair, as JSON.stringify writes it: PostgreSQL keeps the text but will not decode it.
    await sql(`UPDATE $t SET summary = replace(summary::text, '"title":"', '"title":"\\ud800')::json
                WHERE id = 'a1'`);
    expect((await columns(sql)).map((row) => row.listing === null)).toEqual([true, false]);
    const stored = (await store.list()) as AssessmentSummary[];
    expect(stored.find((summary) => summary.id === 'a1')?.title).toMatch(/^\ud800/);
    expect(await store.listings()).toEqual(stored.map(listingOf));
    expect(await store.listJson()).toBe(listedAsJson(stored));
    await store.close();
  });
});
