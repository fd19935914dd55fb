// A Node app of another team: the SQLite store, a client per user, a report, and the errors it must handle.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cafcassProfile } from '@eqia/core';
import { renderAssessmentHtml } from '@eqia/report';
import { ConflictError, createClient, isEqiaError } from '@eqia/sdk';
import { openSqliteStore } from '@eqia/store-sqlite';

const directory = process.argv[2];
if (!directory) throw new Error('usage: node out/node-app.js <empty directory>');

const store = openSqliteStore(join(directory, 'eqia.db'));
await store.init({ profile: cafcassProfile });
const author = cafcassProfile.users.find((user) => user.roles.includes('author'));
if (!author) throw new Error('the Cafcass profile has no author');

const client = await createClient({ store, user: author.id });
try {
  const { assessment } = await client.create({ title: 'Video by default for first hearings' });
  await client.edit(assessment.id, 'policy', (policy) => {
    policy.team = 'Operations: private law';
  });
  await client.screen(assessment.id, { kind: 'full_assessment', rationale: 'Every family is affected.' });
  const view = await client.get(assessment.id);
  const html = renderAssessmentHtml({
    ...view,
    profile: client.profile,
    generatedAt: new Date().toISOString(),
  });
  if (!html.includes('Video by default for first hearings')) throw new Error('the report lost the title');
  try {
    await client.submit(assessment.id);
    throw new Error('a bare assessment was submitted');
  } catch (error) {
    if (!isEqiaError(error) || error.code !== 'BLOCKED_BY_FINDINGS') throw error;
  }
  // Listings (AssessmentListing), as `eqia list --json` prints them: the open actions counted.
  const listings = await client.list();
  if (listings[0]?.openActionCount !== 0) throw new Error('the listing lost its open actions');
  console.log(`node: ${listings.length} assessment, ${view.status.state}, ${html.length} bytes of HTML`);
} catch (error) {
  if (error instanceof ConflictError) console.error('try again');
  throw error;
} finally {
  await client.close();
}

// Node 20.19 and later load the ES modules through require() as well.
const require = createRequire(import.meta.url);
const required = require('@eqia/sdk') as typeof import('@eqia/sdk');
if (typeof required.createClient !== 'function') throw new Error('require("@eqia/sdk") gave no client');
