import { BlockedByFindingsError, ConflictError, isEqiaError } from '@eqia/core/light';
import type { CliContext } from './context.js';
import { ExitCode, exitCodeForErrorCode } from './exit-codes.js';
import { UsageError } from './usage-error.js';

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
    ctx.writeError(`eqia ${ctx.command}: ${message}\n`);
    if (exitCode === ExitCode.internal && error instanceof Error && ctx.env.EQIA_DEBUG)
      ctx.writeError(`${error.stack}\n`);
  }
  return exitCode;
}

function describe(error: unknown): Described {
  if (error instanceof UsageError)
    return { exitCode: ExitCode.usage, code: error.code, message: error.message };
  if (error instanceof BlockedByFindingsError) {
    const blocking = error.findings.filter((finding) => finding.severity === 'error');
    const lines = blocking.map((finding) => `  ✗ [${finding.section}] ${finding.message}`);
    return {
      exitCode: ExitCode.findings,
      code: error.code,
      message: `${error.message}\n${lines.join('\n')}\nFix these (\`eqia check <id>\` explains each), then try again.`,
    };
  }
  if (error instanceof ConflictError)
    return {
      exitCode: ExitCode.conflict,
      code: error.code,
      message: `${error.message} Nothing was written: run the command again.`,
    };
  if (isEqiaError(error))
    return { exitCode: exitCodeForErrorCode(error.code), code: error.code, message: error.message };
  const fileProblem = describeFileError(error);
  if (fileProblem) return fileProblem;
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode: ExitCode.internal,
    code: 'INTERNAL',
    message: `unexpected error: ${message}\nThis is a bug in eqia: please report it (run with EQIA_DEBUG=1 for details).`,
  };
}

type Described = { exitCode: ExitCode; code: string; message: string };

/** What the operating system's error codes mean to someone who named the file, and the code each gets. */
const fileProblems: Record<string, { exitCode: ExitCode; code: string; say: (path: string) => string }> = {
  ENOENT: {
    exitCode: ExitCode.notFound,
    code: 'NOT_FOUND',
    say: (p) => `No such file: ${p}. Check the path.`,
  },
  ENOTDIR: {
    exitCode: ExitCode.notFound,
    code: 'NOT_FOUND',
    say: (p) => `No such file: ${p} (a part of the path is not a folder). Check the path.`,
  },
  EACCES: {
    exitCode: ExitCode.forbidden,
    code: 'FORBIDDEN',
    say: (p) => `Permission denied: ${p}. Check the file's permissions.`,
  },
  EISDIR: { exitCode: ExitCode.usage, code: 'USAGE', say: (p) => `${p} is a directory: give a file.` },
  ENAMETOOLONG: {
    exitCode: ExitCode.usage,
    code: 'USAGE',
    say: (p) => `The name is too long for the file system: ${p.slice(0, 80)}…`,
  },
  ELOOP: {
    exitCode: ExitCode.usage,
    code: 'USAGE',
    say: (p) => `${p} is a loop of symbolic links: give a real file.`,
  },
  ENOSPC: {
    exitCode: ExitCode.storageFailed,
    code: 'STORAGE_FAILED',
    say: (p) => `The disk is full: ${p} could not be written. Free some space, then try again.`,
  },
  EROFS: {
    exitCode: ExitCode.storageFailed,
    code: 'STORAGE_FAILED',
    say: (p) => `${p} is on a read-only file system: write somewhere else.`,
  },
};
fileProblems.EPERM = fileProblems.EACCES!;
fileProblems.EDQUOT = fileProblems.ENOSPC!;

/**
 * A file named on the command line that cannot be read or written is the user's to fix, not a bug. Any
 * other error the operating system reports about a file (an I/O error, say) is the disk's.
 */
function describeFileError(error: unknown): Described | undefined {
  const { code, path, syscall } = (error ?? {}) as { code?: unknown; path?: unknown; syscall?: unknown };
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  const known = fileProblems[code];
  if (known) return { exitCode: known.exitCode, code: known.code, message: known.say(path) };
  if (typeof syscall !== 'string') return undefined;
  return {
    exitCode: ExitCode.storageFailed,
    code: 'STORAGE_FAILED',
    message: `The operating system could not ${syscall} ${path}: ${(error as Error).message}. Check the disk, then try again.`,
  };
}
