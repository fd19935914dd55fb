/**
 * The command line was wrong, or a prompt was needed where there is no terminal. Exit code 2. The message
 * says which flag to pass; it is the CLI's own error, not a domain one, so it is not an EqiaError.
 */
export class UsageError extends Error {
  readonly code = 'USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * A `--store` (or EQIA_STORE, or the `store` setting) that names something neither a folder nor a
 * database file: a usage error, worded where errors are reported (report-error.ts) in the language of the
 * run, so that open-store.ts, which `eqia list --json`'s fast path loads, loads no catalogue.
 */
export class NotAStoreError extends UsageError {
  constructor(readonly path: string) {
    super(`The store ${path} is neither a folder nor a database file.`);
    this.name = 'NotAStoreError';
  }
}
