import { isCalendarDay } from './args.js';
import { msg } from './messages/ui-language.js';
import { settingsReader } from './settings/location.js';
import type { Settings } from './settings/shape.js';
import { UsageError } from './usage-error.js';

/** What every command receives: its arguments, where to write, and the environment it runs in. */
export interface CliContext {
  /** The command's name, for messages (`eqia <command> --help`). */
  command: string;
  /** The arguments after the command name. */
  argv: string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Writes to standard output; add your own newline. */
  write(text: string): void;
  /** Writes to standard error; add your own newline. */
  writeError(text: string): void;
  /** True when both ends are a terminal and `--no-input` was not given: only then may we prompt. */
  canPrompt: boolean;
  /** ANSI colour allowed on standard output: a terminal, and NO_COLOR not set. */
  color: boolean;
  /** The same for standard error, which may be a file while standard output is a terminal. */
  errorColor: boolean;
  /**
   * The width of the terminal standard output is shown in, read when asked (it may have been resized);
   * undefined when standard output is not a terminal, so that a pipe or a file gets a line a sentence.
   */
  columns(): number | undefined;
  /** The same for standard error, where errors are written. */
  errorColumns(): number | undefined;
  /** The clock: EQIA_NOW when set (for reproducible runs and tests), else the system clock. */
  now(): Date;
  /** Standard input, read only for `-` in place of a file name. */
  stdin: AsyncIterable<Uint8Array>;
  /** The user's settings file (settings/location.ts), read once for the command when first asked. */
  settings(): Promise<Settings>;
}

/** Standard input as the CLI sees it: `process.stdin`, or what a test gives in its place. */
export interface StandardInput extends AsyncIterable<Uint8Array> {
  isTTY?: boolean;
}

/** Standard output or error as the CLI sees it: `process.stdout`, or what a test gives in its place. */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** A terminal's width, where the stream is one. */
  columns?: number;
}

/** The width of a terminal a stream shows in (80 if it does not say); undefined when it is not one. */
export const columnsOf = (stream: OutputStream): number | undefined =>
  stream.isTTY ? stream.columns || 80 : undefined;

export interface CliEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: StandardInput;
}

export function createContext(command: string, argv: string[], environment: CliEnvironment): CliContext {
  const { env, stdout, stderr } = environment;
  const noInput = argv.includes('--no-input') || isTruthy(env.EQIA_NO_INPUT);
  return {
    command,
    argv,
    env,
    cwd: environment.cwd,
    write: (text) => void stdout.write(text),
    writeError: (text) => void stderr.write(text),
    canPrompt: !noInput && Boolean(environment.stdin.isTTY) && Boolean(stdout.isTTY),
    color: colourOn(stdout, env),
    errorColor: colourOn(stderr, env),
    columns: () => columnsOf(stdout),
    errorColumns: () => columnsOf(stderr),
    now: clockOf(env),
    stdin: environment.stdin,
    settings: settingsReader(env, environment.cwd),
  };
}

function colourOn(stream: OutputStream, env: CliEnvironment['env']): boolean {
  return Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

/** The clock EQIA_NOW asks for; a wrong EQIA_NOW makes every reading of it fail (see fixedClock). */
function clockOf(env: CliEnvironment['env']): () => Date {
  try {
    const fixed = fixedClock(env);
    return () => (fixed ? new Date(fixed) : new Date());
  } catch (error) {
    return () => {
      throw error;
    };
  }
}

/** EQIA_NOW, when set: an ISO date-time. Anything else is a UsageError naming it, as a wrong flag is. */
function fixedClock(env: CliEnvironment['env']): Date | undefined {
  const value = env.EQIA_NOW;
  if (value === undefined || value === '') return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime()) || !isCalendarDay(value))
    throw new UsageError(msg.args.badNow({ value }));
  return date;
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
