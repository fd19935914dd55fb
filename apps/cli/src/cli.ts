import { readFileSync } from 'node:fs';
import { globalHelp } from './args.js';
import { type CommandEntry, commands, findCommand } from './command-list.js';
import { type CliEnvironment, createContext } from './context.js';
import { ExitCode } from './exit-codes.js';
import { chooseUiLanguage, msg, uiLocale } from './messages/ui-language.js';

/** Options that take a value, so that `eqia --store x list` finds `list` as the command. */
const valueOptions = new Set(['--store', '--user', '--lang']);

/**
 * Run one `eqia` command line and return its exit code. Light on purpose: `--version` and `--help` load
 * nothing else, and each command is imported only when it runs.
 */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const commandIndex = findCommandIndex(argv);
  const name = commandIndex === -1 ? undefined : argv[commandIndex];
  const rest = argv.filter((_, index) => index !== commandIndex);
  const write = (text: string) => void environment.stdout.write(text);

  if (name === undefined) {
    if (rest.includes('--version') || rest.includes('-v')) {
      write(`${version()}\n`);
      return ExitCode.ok;
    }
    const asked = rest.includes('--help') || rest.includes('-h');
    (asked ? write : (text: string) => void environment.stderr.write(text))(mainHelp());
    return asked ? ExitCode.ok : ExitCode.usage;
  }
  if (name === 'help') return runHelp(rest[0], environment);
  const entry = findCommand(name);
  if (!entry) {
    await chooseUiLanguage({ argv: rest, env: environment.env, cwd: environment.cwd }).catch(() => undefined);
    environment.stderr.write(`eqia: ${msg.cli.unknownCommand({ name })}\n`);
    return ExitCode.usage;
  }
  return runCommand(entry, rest, environment);
}

async function runCommand(entry: CommandEntry, argv: string[], environment: CliEnvironment): Promise<number> {
  const ctx = createContext(entry.name, argv, environment);
  try {
    const command = await entry.load();
    // Help is in English (it is the reference docs/cli.md repeats), and reads no settings.
    if (argv.includes('--help') || argv.includes('-h')) {
      ctx.write(`${command.help.trimEnd()}\n\n${globalHelp}\n`);
      return ExitCode.ok;
    }
    await chooseUiLanguage(ctx);
    ctx.now(); // a wrong EQIA_NOW is refused before the command does anything
    return await command.run(ctx);
  } catch (error) {
    const [{ reportError }, { errorIn }] = await Promise.all([
      import('./report-error.js'),
      import('@eqia/sdk/light'),
    ]);
    // Errors met outside a client (opening the store, reading a file) in the language chosen, too.
    return reportError(ctx, await errorIn(error, uiLocale));
  }
}

async function runHelp(name: string | undefined, environment: CliEnvironment): Promise<number> {
  const entry = name === undefined ? undefined : findCommand(name);
  if (!entry) {
    environment.stdout.write(mainHelp());
    return name === undefined ? ExitCode.ok : ExitCode.usage;
  }
  return runCommand(entry, ['--help'], environment);
}

function findCommandIndex(argv: readonly string[]): number {
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] as string;
    if (valueOptions.has(token)) index++;
    else if (token === '--') return index + 1 < argv.length ? index + 1 : -1;
    else if (!token.startsWith('-')) return index;
  }
  return -1;
}

export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

function mainHelp(): string {
  const groups = [...new Set(commands.map((command) => command.group))];
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  const sections = groups.map(
    (group) =>
      `${group}:\n${commands
        .filter((command) => command.group === group)
        .map((command) => `  ${command.name.padEnd(width)}${command.summary}`)
        .join('\n')}`,
  );
  return `eqia ${version()} — equality impact assessments

Usage: eqia <command> [options]      eqia <command> --help

${sections.join('\n\n')}

${globalHelp}
  -v, --version      print the version

New here? Run \`eqia demo\`, then \`eqia list\`. Exit codes: see docs/cli.md.
`;
}
