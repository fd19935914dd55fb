import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ExitCode, exitCodeForFileError } from './exit-codes.js';
import { msg } from './messages/ui-language.js';

/** The operating system's error codes eqia words for someone who named the file (exit codes: exit-codes.ts). */
type Said = Exclude<keyof typeof msg.fileErrors, 'other' | 'noFolder'>;
const said: Record<string, Said> = {
  ENOENT: 'ENOENT',
  ENOTDIR: 'ENOTDIR',
  EACCES: 'EACCES',
  EPERM: 'EACCES',
  EROFS: 'EROFS',
  EISDIR: 'EISDIR',
  ENAMETOOLONG: 'ENAMETOOLONG',
  ELOOP: 'ELOOP',
  ENOSPC: 'ENOSPC',
  EDQUOT: 'EDQUOT',
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
  const say = said[code];
  if (!say && typeof syscall !== 'string') return undefined;
  const folder = dirname(path);
  const message =
    say === 'ENOENT' && !existsSync(folder)
      ? msg.fileErrors.noFolder({ path, folder })
      : say
        ? msg.fileErrors[say]({ path: say === 'ENAMETOOLONG' ? path.slice(0, 80) : path })
        : msg.fileErrors.other({ syscall: String(syscall), path, message: (error as Error).message });
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
