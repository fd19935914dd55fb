/**
 * What eqia says when Node or the operating system refuses something the user typed or named: an option
 * the command does not have (node:util's parseArgs), a file that is not there, not readable or not
 * writable (file-errors.ts). Their own messages are English only, so eqia words them itself. Spread into
 * en.ts; the Welsh twin is system-errors.cy.ts, of this type.
 */
export const systemErrorsEnglish = {
  options: {
    unknown: ({ option }: { option: string }) =>
      `Unknown option '${option}' (a value that starts with '-' goes after '--', as in -- ${option})`,
    /** An unknown option that looks like one (`--url`): no option near it. */
    unknownFlag: ({ option }: { option: string }) => `Unknown option '${option}'`,
    didYouMean: ({ option, meant }: { option: string; meant: string }) =>
      `Unknown option '${option}' (did you mean ${meant}?)`,
    needsValue: ({ option }: { option: string }) => `The option '${option}' needs a value`,
    takesNoValue: ({ option }: { option: string }) => `The option '${option}' takes no value`,
  },
  fileErrors: {
    ENOENT: ({ path }: { path: string }) => `No such file: ${path}. Check the path.`,
    /** ENOENT where the file's folder is missing too: reading or writing, it is the folder to fix. */
    noFolder: ({ path, folder }: { path: string; folder: string }) =>
      `No such folder: ${folder} (in the path ${path}). Check the path, or create the folder first.`,
    ENOTDIR: ({ path }: { path: string }) =>
      `No such file: ${path} (a part of the path is not a folder). Check the path.`,
    EACCES: ({ path }: { path: string }) => `Permission denied: ${path}. Check the file's permissions.`,
    EROFS: ({ path }: { path: string }) => `${path} is on a read-only file system: write somewhere else.`,
    EISDIR: ({ path }: { path: string }) => `${path} is a directory: give a file.`,
    ENAMETOOLONG: ({ path }: { path: string }) => `The name is too long for the file system: ${path}…`,
    ELOOP: ({ path }: { path: string }) => `${path} is a loop of symbolic links: give a real file.`,
    ENOSPC: ({ path }: { path: string }) =>
      `The disk is full: ${path} could not be written. Free some space, then try again.`,
    EDQUOT: ({ path }: { path: string }) =>
      `Your disk quota is used up: ${path} could not be written. Free some space, then try again.`,
    other: ({ syscall, path, message }: { syscall: string; path: string; message: string }) =>
      `The operating system could not ${syscall} ${path}: ${message}. Check the disk, then try again.`,
  },
  /** A store in the file layout of eqia's first releases (open-client.ts). */
  oldFileStore: ({
    directory,
    command,
    database,
  }: {
    directory: string;
    command: string;
    database: string;
  }) =>
    `The store at ${directory} was written by an earlier eqia, as files; eqia now keeps its stores in SQLite. Move it with \`${command}\`: every assessment is copied into ${database} with its chain verified, and the old files are left as they are.`,
};

export type SystemErrorsMessages = typeof systemErrorsEnglish;
