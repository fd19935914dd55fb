// Every Welsh message as CSV (id, English, Welsh, reviewed), for a Welsh speaker to check: core's, the
// reports', the SDK's and the CLI's (`pnpm --filter @eqia/cli build && pnpm --filter @eqia/cli run
// --silent welsh-review > welsh.csv`). `--unreviewed` lists only those nobody has checked yet.
import { welshReviewCsv } from '../dist/index.js';

process.stdout.write(await welshReviewCsv(process.argv.includes('--unreviewed') ? 'unreviewed' : 'all'));
