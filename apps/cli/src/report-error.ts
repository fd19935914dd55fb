import { BlockedByFindingsError, ConflictError, InvalidTransitionError, isEqiaError } from '@eqia/core/light';
import { CancelledError } from './cancelled.js';
import type { CliContext } from './context.js';
import { ExitCode, exitCodeForErrorCode } from './exit-codes.js';
import { describeFileError } from './file-errors.js';
import { msg } from './messages/ui-language.js';
import { wrapText } from './output/wrap.js';
import { refusalInCommands } from './refused-commands.js';
import { NotAStoreError, UsageError } from './usage-error.js';

/**
 * Print an error as one clear line (plus the findings or issues it carries) and return its exit code.
 * With --json the error goes to standard error as JSON instead, so scripts can read the code.
 */
export function reportError(ctx: CliContext, error: unknown): ExitCode {
  const { exitCode, code, message } = describe(error);
  if (ctx.argv.includes('--json')) {
    const findings = error instanceof BlockedByFindingsError ? { findings: error.findings } : {};
    ctx.writeError(`${JSON.stringify({ error: { code, exitCode, message, ...findings } })}\n`);
  } else {
    // Wrapped at words when a person reads it in a terminal; one line for a log or a pipe.
    ctx.writeError(`${wrapText(`eqia ${ctx.command}: ${message}`, ctx.errorColumns())}\n`);
    if (exitCode === ExitCode.internal && error instanceof Error && ctx.env.EQIA_DEBUG)
      ctx.writeError(`${error.stack}\n`);
  }
  return exitCode;
}

function describe(error: unknown): { exitCode: ExitCode; code: string; message: string } {
  if (error instanceof CancelledError)
    return { exitCode: ExitCode.cancelled, code: error.code, message: error.message };
  if (error instanceof NotAStoreError)
    return {
      exitCode: ExitCode.usage,
      code: error.code,
      message: msg.errors.notAStore({ path: error.path }),
    };
  if (error instanceof UsageError)
    return { exitCode: ExitCode.usage, code: error.code, message: error.message };
  if (error instanceof BlockedByFindingsError) {
    const blocking = error.findings.filter((finding) => finding.severity === 'error');
    const lines = blocking.map((finding) => `  ✗ [${finding.section}] ${finding.message}`);
    return {
      exitCode: ExitCode.findings,
      code: error.code,
      message: `${error.message}\n${lines.join('\n')}\n${msg.errors.fixFindings}`,
    };
  }
  if (error instanceof ConflictError)
    return {
      exitCode: ExitCode.conflict,
      code: error.code,
      message: `${error.message} ${msg.errors.conflictNothingWritten}`,
    };
  if (error instanceof InvalidTransitionError)
    return {
      exitCode: exitCodeForErrorCode(error.code),
      code: error.code,
      message: refusalInCommands(error),
    };
  if (isEqiaError(error))
    return { exitCode: exitCodeForErrorCode(error.code), code: error.code, message: error.message };
  const fileProblem = describeFileError(error);
  if (fileProblem) return fileProblem;
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode: ExitCode.internal,
    code: 'INTERNAL',
    message: msg.errors.bug({ message }),
  };
}
