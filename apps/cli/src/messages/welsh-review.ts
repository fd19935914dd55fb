import { type ReviewRow, reviewRows } from '@eqia/core';
import { english } from './en.js';
import { reviewedCliWelsh } from './reviewed.js';

/**
 * Every message eqia words in Welsh, beside its English and with whether a Welsh speaker has checked
 * it: core's and the reports' (`welshReview`), the SDK's (`sdk.*`), the CLI's own (`cli.*`, checked
 * ones recorded in reviewed.ts) and the Welsh demo's samples (`cli.demoSamples.*`). The list a body sends to its translators (`pnpm --filter @eqia/cli run
 * welsh-review`); the CLI is the one package that sees every catalogue. Loads the Welsh when called.
 */
export async function welshReviewRecord(): Promise<ReviewRow[]> {
  const [{ welshReview }, { sdkWelshReview }, { welsh }, { demoWelshReview }] = await Promise.all([
    import('@eqia/report/cy'),
    import('@eqia/sdk'),
    import('./cy.js'),
    import('../demo/welsh-demo.js'),
  ]);
  return [
    ...welshReview(),
    ...(await sdkWelshReview()),
    ...reviewRows(english, welsh, reviewedCliWelsh, 'cli'),
    ...demoWelshReview(),
  ];
}

/** The record as CSV (id, English, Cymraeg, reviewed), all of it or only what nobody has checked yet. */
export async function welshReviewCsv(only: 'all' | 'unreviewed'): Promise<string> {
  const { toCsv } = await import('@eqia/report');
  const rows = (await welshReviewRecord()).filter((row) => only === 'all' || !row.reviewed);
  return toCsv(
    ['id', 'English', 'Cymraeg', 'reviewed'],
    rows.map((row) => [row.id, row.en, row.cy, row.reviewed ? 'yes' : 'no']),
  );
}
