import { type ParseArgsConfig, parseArgs } from 'node:util';
import { joinedWith } from '@eqia/core/light';
import type { CliContext } from './context.js';
import { msg } from './messages/ui-language.js';
import { nearest } from './nearest.js';
import { UsageError } from './usage-error.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

type ValueOf<C> = C extends { type: 'boolean' }
  ? C extends { multiple: true }
    ? boolean[]
    : boolean
  : C extends { multiple: true }
    ? string[]
    : string;

/** What a command's options parse to: every option may be absent. */
export type OptionValues<O> = { [K in keyof O]?: ValueOf<O[K]> };

export interface ParsedCommandArgs<O> {
  values: OptionValues<O & typeof globalOptions>;
  positionals: string[];
}

/** An option's comma-separated list ("admin, author"), each item trimmed, empty ones left out. */
export const commaList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Options every command accepts. */
export const globalOptions = {
  store: { type: 'string' },
  user: { type: 'string' },
  json: { type: 'boolean' },
  'no-input': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const satisfies OptionsConfig;

/** Parse a command's arguments strictly; a mistake is a UsageError that points at the command's help. */
export function parseCommandArgs<const O extends OptionsConfig>(
  ctx: CliContext,
  options: O,
): ParsedCommandArgs<O> {
  const config = {
    args: negativeValuesJoined(ctx.argv, { ...globalOptions, ...options }),
    options: { ...globalOptions, ...options },
    allowPositionals: true,
    strict: true,
  } as const;
  try {
    return parseArgs(config) as ParsedCommandArgs<O>;
  } catch (error) {
    throw new UsageError(msg.args.seeHelp({ reason: mistake(error, config.options), command: ctx.command }));
  }
}

/**
 * `--at -1` as `--at=-1`: parseArgs takes a value that starts with a dash for an option and refuses it,
 * so the command never sees the number to say what is wrong with it. A negative number is never an
 * option, so it is the value of the option before it.
 */
function negativeValuesJoined(argv: readonly string[], options: OptionsConfig): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--') return [...joined, ...argv.slice(index)];
    const next = argv[index + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index++;
    } else joined.push(arg);
  }
  return joined;
}

/**
 * What parseArgs found wrong, in eqia's words (its own are English only); the option as typed. An
 * unknown option that looks like one (`--lcoation`) is named with the option it most likely meant; one
 * that does not (`-5x`) may be a value, which goes after `--`.
 */
function mistake(error: unknown, options: OptionsConfig): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const option = /'(-[^', ]+)/.exec(text)?.[1];
  if (option !== undefined) {
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = /^--([a-z][a-z0-9-]*)$/i.exec(option)?.[1];
      if (name === undefined) return msg.options.unknown({ option });
      const meant = nearest(name, Object.keys(options));
      return meant === undefined
        ? msg.options.unknownFlag({ option })
        : msg.options.didYouMean({ option, meant: `--${meant}` });
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      return text.includes('does not take')
        ? msg.options.takesNoValue({ option })
        : msg.options.needsValue({ option });
  }
  return text.replace(/\.$/, '');
}

/** The one positional a command needs, e.g. the assessment id; the hint repeats those given before it. */
export function requirePositional(
  ctx: CliContext,
  positionals: string[],
  index: number,
  name: string,
): string {
  const value = positionals[index];
  const command = [ctx.command, ...positionals.slice(0, index)].join(' ');
  if (value === undefined) throw new UsageError(msg.args.givePositional({ command, name }));
  return value;
}

/** One option a command cannot run without (see requireOptions). */
export function requireOption(
  ctx: Pick<CliContext, 'command'>,
  value: string | undefined,
  flag: string,
  what: string,
): string {
  return requireOptions(ctx, { [flag]: value }, { [flag]: what })[flag] as string;
}

/**
 * The options a command cannot run without, each described by `what` ("--from <YYYY-MM-DD>"): every one
 * missing or blank is named in one message, so one more run puts them all right. `command` is the words
 * typed after `eqia`, an action's included (`users add`).
 */
export function requireOptions<Flag extends string>(
  ctx: Pick<CliContext, 'command'>,
  given: Record<Flag, string | undefined>,
  what: Record<Flag, string>,
): Record<Flag, string> {
  const flags = Object.keys(what) as Flag[];
  const missing = flags.filter((flag) => given[flag] === undefined || given[flag].trim() === '');
  if (missing.length > 0)
    throw new UsageError(
      msg.args.passOptions({
        command: ctx.command,
        options: joinedWith(
          msg.args.and,
          missing.map((flag) => `--${flag} <${what[flag]}>`),
        ),
      }),
    );
  return given as Record<Flag, string>;
}

/** A YYYY-MM-DD date given on the command line. */
export function parseDateOption(flag: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDay(value))
    throw new UsageError(msg.args.notADate({ flag, value }));
  return value;
}

/** JavaScript reads 2025-02-30 as 2 March: the day must be one the month has. */
export function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
