// The public API of @eqia/cli: run the `eqia` command line in-process (as the tests and other tools do).
export { runCli } from './cli.js';
export type { CliEnvironment } from './context.js';
export { ExitCode, exitCodeForErrorCode } from './exit-codes.js';
export { welshReviewCsv, welshReviewRecord } from './messages/welsh-review.js';
export { version } from './version.js';
