import { msg } from './messages/ui-language.js';

/** The user pressed Ctrl+C at a question before anything was done: exit code 130, nothing written. */
export class CancelledError extends Error {
  readonly code = 'CANCELLED';
  constructor(message = msg.errors.cancelled) {
    super(message);
    this.name = 'CancelledError';
  }
}
