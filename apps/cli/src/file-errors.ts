import { ExitCode } from './exit-codes.js';

export type Described = { exitCode: ExitCode; code: string; message: string };

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
export function describeFileError(error: unknown): Described | undefined {
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

/**
 * Errors from reading or writing an open file do not say which file (a full disk, say, or a folder
 * read as a file): add the path the command was given, so that the message can name it.
 */
export function namingFile(error: unknown, path: string): unknown {
  if (error instanceof Error && 'code' in error && !('path' in error)) return Object.assign(error, { path });
  return error;
}
