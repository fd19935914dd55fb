// Every Welsh message as CSV (id, English, Welsh, reviewed), for a Welsh speaker to check: core's and
// the report's, then the SDK's errors (`pnpm turbo run build --filter=@eqia/report --filter=@eqia/sdk
// && pnpm --filter @eqia/report run welsh-review > welsh.csv`). `--unreviewed` lists only those nobody
// has checked yet.

// A repository tool, not part of the package: the SDK (which the report does not depend on) beside it.
import { sdkWelshReview } from '../../sdk/dist/index.js';
import { welshReview } from '../dist/cy.js';
import { toCsv } from '../dist/index.js';

const all = [...welshReview(), ...(await sdkWelshReview())];
const rows = all.filter((row) => !process.argv.includes('--unreviewed') || !row.reviewed);
process.stdout.write(
  toCsv(
    ['id', 'English', 'Cymraeg', 'reviewed'],
    rows.map((row) => [row.id, row.en, row.cy, row.reviewed ? 'yes' : 'no']),
  ),
);
