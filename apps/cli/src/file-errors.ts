import { type ExitCode, exitCodeForFileError } from './exit-codes.js';

/** What the operating system's error codes mean to someone who named the file (exit codes: exit-codes.ts). */
const says: Record<string, (path: string) => string> = {
  ENOENT: (path) => `No such file: ${path}. Check the path.`,
  ENOTDIR: (path) => `No such file: ${path} (a part of the path is not a folder). Check the path.`,
  EACCES: (path) => `Permission denied: ${path}. Check the file's permissions.`,
  EPERM: (path) => `Permission denied: ${path}. Check the file's permissions.`,
  EROFS: (path) => `${path} is on a read-only file system: write somewhere else.`,
  EISDIR: (path) => `${path} is a directory: give a file.`,
  ENAMETOOLONG: (path) => `The name is too long for the file system: ${path.slice(0, 80)}…`,
  ELOOP: (path) => `${path} is a loop of symbolic links: give a real file.`,
  ENOSPC: (path) => `The disk is full: ${path} could not be written. Free some space, then try again.`,
  EDQUOT: (path) =>
    `Your disk quota is used up: ${path} could not be written. Free some space, then try again.`,
};

/**
 * A file named on the command line that cannot be read or written is the user's to fix, not a bug; any
 * other error the operating system reports about a file (an I/O error, say) is the disk's.
 */
export function describeFileError(
  error: unknown,
): { exitCode: ExitCode; code: string; message: string } | undefined {
  const { code, path, syscall } = (error ?? {}) as { code?: unknown; path?: unknown; syscall?: unknown };
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  const say = says[code];
  if (!say && typeof syscall !== 'string') return undefined;
  const message =
    say?.(path) ??
    `The operating system could not ${syscall} ${path}: ${(error as Error).message}. Check the disk, then try again.`;
  return { ...exitCodeForFileError(code), message };
}

/**
 * Errors from reading or writing an open file do not say which file (a full disk, say, or a folder
 * read as a file): add the path the command was given, so that the message can name it.
 */
export function namingFile(error: unknown, path: string): unknown {
  if (error instanceof Error && 'code' in error && !('path' in error)) return Object.assign(error, { path });
  return error;
}
