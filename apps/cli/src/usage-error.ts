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
