import type { CliContext } from './context.js';
import type { ExitCode } from './exit-codes.js';

/** A command module: its help text and what it does. Loaded only when the command runs. */
export interface Command {
  /** Its `--help`, in the language of this run (from the catalogue, help.en.ts). */
  help(): string;
  run(ctx: CliContext): Promise<ExitCode>;
}
