import { defaultProfile as profile, StoreCorruptError } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { noServer, openTestStore, withSql } from './server.js';

type Store = ReturnType<typeof openTestStore>;
type Call =
  | 'list'
  | 'listings'
  | 'listJson'
  | 'read'
  | 'readSnapshots'
  | 'readDigests'
  | 'readDigestPart'
  | 'readProfile';

const calls: Record<Call, (store: Store) => Promise<unknown>> = {
  list: (store) => store.list(),
  listings: (store) => store.listings(),
  listJson: (store) => store.listJson(),
  read: (store) => store.read('a1'),
  readSnapshots: (store) => store.readSnapshots!(),
  readDigests: (store) => store.readDigests!(),
  readDigestPart: (store) => store.readDigests!(undefined, 'annual'),
  readProfile: (store) => store.readProfile(),
};

/**
 * A row edited by hand, as the SQLite store's damaged-file suite edits its rows: every call that reads
 * it refuses it with a StoreCorruptError naming the store and the record, as the SQLite store does.
 * (`$t` is the schema's assessments table, `$p` its profile table.)
 */
// biome-ignore format: one case a line
const damage: { row: string; sql: string; refusedBy: Call[]; says: RegExp }[] = [
  { row: 'a summary that is a list', sql: `UPDATE $t SET summary = '[]' WHERE id = 'a1'`, refusedBy: ['list', 'listings', 'listJson', 'read', 'readSnapshots', 'readDigests'], says: /an assessment summary that is not shaped as eqia writes it: it is a list, not an object/ },
  { row: 'a summary without its state', sql: `UPDATE $t SET summary = (summary::jsonb - 'state')::json WHERE id = 'a1'`, refusedBy: ['list', 'listings', 'listJson', 'read', 'readSnapshots', 'readDigests'], says: /\(id "a1"\).*field "state" is missing/ },
  // Its listing (schema step 9) has the number too: the list checks each listing and names the summary.
  { row: 'a summary whose title is a number', sql: `UPDATE $t SET summary = jsonb_set(summary::jsonb, '{title}', '5')::json WHERE id = 'a1'`, refusedBy: ['list', 'listings', 'listJson', 'read', 'readSnapshots', 'readDigests'], says: /\(id "a1"\).*field "title" is a number/ },
  { row: 'a snapshot without its assessment', sql: `UPDATE $t SET snapshot = (snapshot::jsonb - 'assessment')::json WHERE id = 'a1'`, refusedBy: ['read', 'readSnapshots'], says: /the snapshot of "a1".*field "assessment" is missing/ },
  { row: 'a digest without its version', sql: `UPDATE $t SET digest = '{}' WHERE id = 'a1'`, refusedBy: ['readDigests'], says: /the digest of "a1".*field "digestVersion" is missing/ },
  { row: 'a digest whose annual facts are wrong-shaped', sql: `UPDATE $t SET digest = jsonb_set(digest::jsonb, '{annual,impacts}', '"none"')::json WHERE id = 'a1'`, refusedBy: ['readDigests', 'readDigestPart'], says: /the digest of "a1".*field "annual" field "impacts" is a string, not a list/ },
  { row: 'a profile that is {}', sql: `UPDATE $p SET profile = '{}'`, refusedBy: ['readProfile'], says: /the profile that is not shaped as eqia writes it: field "name" is missing/ },
];

describe.skipIf(noServer)('rows not as eqia wrote them', () => {
  it.each(damage)('$row: refused by name by every call that reads it', async ({ sql, refusedBy, says }) => {
    const store = openTestStore();
    await store.init({ profile });
    for (const id of ['a1', 'a2']) await store.append(chainedAppend(id, 2));
    const schema = store.location.match(/schema (\w+)/)?.[1];
    await withSql((admin) =>
      admin.query(sql.replaceAll('$t', `${schema}.assessments`).replaceAll('$p', `${schema}.profile`)),
    );
    for (const name of refusedBy) {
      const failure = await calls[name](store).then(
        () => new Error(`${name} did not fail`),
        (error: unknown) => error,
      );
      expect(failure, name).toBeInstanceOf(StoreCorruptError);
      expect((failure as StoreCorruptError).location).toBe(store.location);
      expect((failure as Error).message, name).toContain(store.location);
      expect((failure as Error).message, name).toMatch(says);
    }
    await store.close();
  });
});
