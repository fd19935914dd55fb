// Every Welsh message as CSV (id, English, Welsh, reviewed), for a Welsh speaker to check:
// `pnpm --filter @eqia/report build && pnpm --filter @eqia/report run welsh-review > welsh.csv`.
// `--unreviewed` lists only those nobody has checked yet.
import { welshReview } from '../dist/cy.js';
import { toCsv } from '../dist/index.js';

const rows = welshReview().filter((row) => !process.argv.includes('--unreviewed') || !row.reviewed);
process.stdout.write(
  toCsv(
    ['id', 'English', 'Cymraeg', 'reviewed'],
    rows.map((row) => [row.id, row.en, row.cy, row.reviewed ? 'yes' : 'no']),
  ),
);
