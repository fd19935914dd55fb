import { cafcassProfile, DIGEST_VERSION, type Profile } from '@eqia/core';
import { createClient } from '@eqia/sdk';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/index.js';
import { withRawDatabase } from './raw-database.js';
import { freshFile } from './temp-files.js';

// A digest kept by a release whose rules found less (digest version 3 did not ask for the Welsh of an
// other group's name) is not read: the assessment is checked again, so its findings are this release's.

const bilingual: Profile = { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'en' } };
const groupPath = 'policy.otherGroups.0.label';

/** The stored checks part of `id` as the older release left it: without the finding, at `version`. */
function asLeftBy(file: string, id: string, version: number): void {
  withRawDatabase(file, (db) => {
    const row = db.prepare('SELECT checks FROM assessment_checks WHERE id = ?').get(id) as { checks: string };
    const part = JSON.parse(row.checks);
    part.digestVersion = version;
    part.checks.violations = part.checks.violations.filter(
      (found: { path: string }) => found.path !== groupPath,
    );
    db.prepare('UPDATE assessment_checks SET checks = ? WHERE id = ?').run(JSON.stringify(part), id);
  });
}

async function storeWithGroup() {
  const file = freshFile();
  const store = openSqliteStore(file);
  await store.init({ profile: bilingual });
  const amara = await createClient({ store, user: 'amara' });
  const { assessment } = await amara.create({ title: 'Video hearings' });
  await amara.edit(assessment.id, 'policy', (policy) => {
    policy.otherGroups.push({ id: 'kinship', label: 'Kinship carers', description: '' });
  });
  await store.close();
  return { file, id: assessment.id };
}

const flaggedPaths = async (file: string) => {
  const store = openSqliteStore(file);
  const client = await createClient({ store, user: 'amara' });
  const [checked] = await client.checkAll();
  await store.close();
  return checked?.findings.filter((f) => f.ruleId === 'welsh-text-written').map((f) => f.path);
};

describe('a digest of the version before', () => {
  it('is not read: the assessment is checked again, and the group’s name asked for in Welsh', async () => {
    const { file, id } = await storeWithGroup();
    asLeftBy(file, id, DIGEST_VERSION - 1);
    expect(await flaggedPaths(file)).toContain(groupPath);
  });

  it('where it is of this version, is what checkAll reads (so the test above can fail)', async () => {
    const { file, id } = await storeWithGroup();
    asLeftBy(file, id, DIGEST_VERSION);
    expect(await flaggedPaths(file)).not.toContain(groupPath);
  });
});
