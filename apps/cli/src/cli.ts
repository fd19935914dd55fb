import { type CommandEntry, commands, findCommand } from './command-list.js';
import { type CliEnvironment, columnsOf, createContext } from './context.js';
import { ExitCode } from './exit-codes.js';
import { chooseUiLanguage, msg, uiLocale } from './messages/ui-language.js';
import { nearest } from './nearest.js';
import { wrapHelp, wrapText } from './output/wrap.js';
import { version } from './version.js';

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
    await chooseLanguage(rest, environment);
    const to = asked ? environment.stdout : environment.stderr;
    to.write(wrapHelp(mainHelp(), columnsOf(to)));
    return asked ? ExitCode.ok : ExitCode.usage;
  }
  if (name === 'help') return runHelp(rest, environment);
  const entry = findCommand(name);
  if (!entry) {
    await chooseLanguage(rest, environment);
    environment.stderr.write(unknownCommand(name, environment));
    return ExitCode.usage;
  }
  return runCommand(entry, rest, environment);
}

async function runCommand(entry: CommandEntry, argv: string[], environment: CliEnvironment): Promise<number> {
  const ctx = createContext(entry.name, argv, environment);
  try {
    const command = await entry.load();
    await chooseUiLanguage(ctx);
    if (argv.includes('--help') || argv.includes('-h')) {
      ctx.write(`${wrapHelp(`${command.help().trimEnd()}\n\n${msg.help.global}`, ctx.columns())}\n`);
      return ExitCode.ok;
    }
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

/** `eqia help [command]`, with the global options given (`eqia --lang cy help list`). */
async function runHelp(argv: string[], environment: CliEnvironment): Promise<number> {
  const index = findCommandIndex(argv);
  const name = index === -1 ? undefined : argv[index];
  const options = argv.filter((_, other) => other !== index);
  const entry = name === undefined ? undefined : findCommand(name);
  if (!entry) {
    await chooseLanguage(options, environment);
    if (name !== undefined) environment.stderr.write(unknownCommand(name, environment));
    environment.stdout.write(wrapHelp(mainHelp(), columnsOf(environment.stdout)));
    return name === undefined ? ExitCode.ok : ExitCode.usage;
  }
  return runCommand(entry, [...options, '--help'], environment);
}

/**
 * The line for a command eqia does not have, naming the one it most likely meant: wrapped at words to a
 * terminal, as every other error is (report-error.ts).
 */
function unknownCommand(name: string, environment: CliEnvironment): string {
  const meant = nearest(
    name,
    commands.map((command) => command.name),
  );
  const said = meant === undefined ? msg.cli.unknownCommand({ name }) : msg.cli.didYouMean({ name, meant });
  return `${wrapText(`eqia: ${said}`, columnsOf(environment.stderr))}\n`;
}

/** The language of what eqia prints with no command to run: a --lang it does not speak leaves English. */
async function chooseLanguage(argv: string[], environment: CliEnvironment): Promise<void> {
  await chooseUiLanguage({ argv, env: environment.env, cwd: environment.cwd }).catch(() => undefined);
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

function mainHelp(): string {
  const { help } = msg;
  const groups = [...new Set(commands.map((command) => command.group))];
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  const sections = groups.map(
    (group) =>
      `${help.groups[group]}:\n${commands
        .filter((command) => command.group === group)
        .map((command) => `  ${command.name.padEnd(width)}${help.summaries[command.name]}`)
        .join('\n')}`,
  );
  return `eqia ${version()} — ${help.title}

${help.usage}

${sections.join('\n\n')}

${help.global}
  -v, --version      ${help.version}

${help.newHere}
`;
}
