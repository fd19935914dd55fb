/** The user pressed Ctrl+C at a question before anything was done: exit code 130, nothing written. */
export class CancelledError extends Error {
  readonly code = 'CANCELLED';
  constructor(message = 'Stopped at your request (Ctrl+C): nothing was saved.') {
    super(message);
    this.name = 'CancelledError';
  }
}
