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
  /** ANSI colour allowed: a terminal, and NO_COLOR not set. */
  color: boolean;
  /** The clock: EQIA_NOW when set (for reproducible runs and tests), else the system clock. */
  now(): Date;
}

export interface CliEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdinIsTTY: boolean;
}

export function createContext(command: string, argv: string[], environment: CliEnvironment): CliContext {
  const { env, stdout, stderr } = environment;
  const noInput = argv.includes('--no-input') || isTruthy(env.EQIA_NO_INPUT);
  const fixedNow = env.EQIA_NOW ? new Date(env.EQIA_NOW) : undefined;
  return {
    command,
    argv,
    env,
    cwd: environment.cwd,
    write: (text) => void stdout.write(text),
    writeError: (text) => void stderr.write(text),
    canPrompt: !noInput && environment.stdinIsTTY && Boolean(stdout.isTTY),
    color: Boolean(stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb',
    now: () => (fixedNow ? new Date(fixedNow) : new Date()),
  };
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
