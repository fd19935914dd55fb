import { type AssessmentSummary, lifecycleStates, outcomeKinds } from '@eqia/core';
import { filterSummaries, type ListFilter } from '@eqia/sdk';
import { sampleAppend } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterSql, listedWhere } from '../src/filter-sql.js';
import { openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

// Text that case-insensitive matching finds awkward: non-ASCII case pairs, letters whose lower case is
// longer (İ) or that have none (ß), NUL, a lone surrogate and a surrogate pair.
const words = ['Housing', 'HOUSING', 'housing', 'Élan', 'élan', 'STRASSE', 'straße', 'İstanbul', 'i̇stanbul'];
const oddities = ['\u0000', 'a\u0000b', '\ud800', '\udc00', '😀', '\ud83d', '\ufffd', 'ǅ', ''];
const pool = [...words, ...oddities];
const characteristics = ['age', 'disability', 'race', 'sex', 'religion_or_belief'];
const piece = fc.constantFrom(...pool);
const text = fc.array(piece, { maxLength: 3 }).map((parts) => parts.join(' '));
const owners = fc.option(fc.constantFrom('alice', 'Alice', 'bob', 'É\u0000', '\ud800'), { nil: undefined });

const summaryFields = fc.record({
  state: fc.constantFrom(...lifecycleStates),
  owner: owners,
  team: text,
  title: text,
  reference: text,
  outcome: fc.option(fc.constantFrom(...outcomeKinds), { nil: undefined }),
  negativeCharacteristics: fc.subarray(characteristics),
});

const filterArbitrary: fc.Arbitrary<ListFilter> = fc.record(
  {
    state: fc.oneof(fc.constantFrom(...lifecycleStates), fc.subarray([...lifecycleStates])),
    owner: owners.filter((owner) => owner !== undefined),
    team: fc.oneof(text, piece),
    characteristic: fc.constantFrom(...characteristics, 'none'),
    outcome: fc.constantFrom(...outcomeKinds),
    text: fc.oneof(
      piece,
      piece.map((word) => word.slice(1, 4).toUpperCase()),
      text,
    ),
  },
  { requiredKeys: [] },
);

const ids = (summaries: AssessmentSummary[]) => summaries.map((summary) => summary.id).sort();

describe('list with a filter', () => {
  it('returns exactly what filterSummaries keeps of every summary, for any summaries and filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(summaryFields, { minLength: 1, maxLength: 25 }),
        fc.array(filterArbitrary, { minLength: 1, maxLength: 25 }),
        async (fields, filters) => {
          const store = openSqliteStore(freshFile());
          await store.init();
          for (const [n, own] of fields.entries()) {
            const request = sampleAppend(`s${n}`, 0);
            const { owner, outcome, ...rest } = own;
            const summary: AssessmentSummary = { ...request.summary, ...rest };
            if (owner !== undefined) summary.owner = owner;
            if (outcome !== undefined) summary.outcome = outcome;
            await store.append({ ...request, summary });
          }
          const all = await store.list();
          for (const filter of filters)
            expect(ids(await store.list(filter)), JSON.stringify(filter)).toEqual(
              ids(filterSummaries(all, filter)),
            );
          await store.close();
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('leaves out only a condition it cannot compare in bytes (a lone surrogate, U+FFFD), and says so', () => {
    expect(filterSql({ text: '\ud83d' })).toEqual({ where: '1', params: [], exact: false });
    expect(filterSql({ team: '\udc00', owner: 'alice' })).toEqual({
      where: 'owner = ?',
      params: ['alice'],
      exact: false,
    });
    expect(filterSql({ owner: 'a\ufffd' }).exact).toBe(false);
    expect(filterSql({ text: 'Élan', team: 'HOUSING' })).toEqual({
      where: 'team_key = ? AND instr(search_text, ?) > 0',
      params: ['housing', 'élan'],
      exact: true,
    });
    expect(filterSql({ state: [] }).where).toBe('0');
  });

  // Node 24 hands SQLite a lone surrogate as U+FFFD, where Node 20 kept its own bytes: both must filter alike.
  it('tells apart teams of different lone surrogates and of U+FFFD, on any Node', async () => {
    const store = openSqliteStore(freshFile());
    await store.init();
    for (const [n, team] of ['\udc00', '\ufffd', '\ud83d'].entries()) {
      const request = sampleAppend(`s${n}`, 0);
      await store.append({ ...request, summary: { ...request.summary, team } });
    }
    expect(ids(await store.list({ team: '\ud83d' }))).toEqual(['s2']);
    expect(ids(await store.list({ team: '\ufffd' }))).toEqual(['s1']);
    expect(JSON.parse(await store.listJson({ team: '\udc00' })).map((s: { id: string }) => s.id)).toEqual([
      's0',
    ]);
    await store.close();
  });

  it('uses an index for each condition that has one', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.init();
    await store.close();
    const plan = (filter: ListFilter) => {
      const { where, params } = filterSql(filter);
      return withRawDatabase(file, (db) =>
        (
          db.prepare(`EXPLAIN QUERY PLAN SELECT summary FROM ${listedWhere(where)}`).all(...params) as {
            detail: string;
          }[]
        )
          .map((row) => row.detail)
          .join('; '),
      );
    };
    expect(plan({ state: ['draft', 'published'] })).toMatch(/USING INDEX assessments_state/);
    expect(plan({ team: 'Housing' })).toMatch(/USING INDEX assessments_team/);
    expect(plan({ owner: 'alice' })).toMatch(/USING INDEX assessments_owner/);
    expect(plan({ characteristic: 'age' })).toMatch(
      /USING COVERING INDEX assessment_characteristics_characteristic/,
    );
  });
});
