import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../src/command-list.js';
import { nearest } from '../src/nearest.js';
import { eqia } from './support/cli.js';

// A mistyped command or option is named with the one it most likely meant, when one is clearly nearest.

const names: readonly string[] = commands.map((command) => command.name);

describe('the word a typo most likely meant', () => {
  it('is the word itself when it is known', () => {
    for (const name of names) expect(nearest(name, names)).toBe(name);
  });

  it('is, for one slip of a known command (a letter left out, added, changed or two swapped), that command or none', () => {
    const slip = fc
      .tuple(
        fc.constantFrom(...names),
        fc.nat(),
        fc.constantFrom('drop', 'add', 'change', 'swap'),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-'),
      )
      .map(([name, at, kind, letter]) => {
        const i = at % name.length;
        const edited =
          kind === 'drop'
            ? name.slice(0, i) + name.slice(i + 1)
            : kind === 'add'
              ? name.slice(0, i) + letter + name.slice(i)
              : kind === 'change'
                ? name.slice(0, i) + letter + name.slice(i + 1)
                : name.slice(0, i) + (name[i + 1] ?? '') + name[i] + name.slice(i + 2);
        return { name, edited };
      })
      .filter(({ edited }) => !names.includes(edited));
    fc.assert(
      fc.property(slip, ({ name, edited }) => {
        expect([name, undefined]).toContain(nearest(edited, names));
      }),
    );
  });

  it('is none when two are as near, or the typo is too short to tell', () => {
    expect(nearest('re', names)).toBeUndefined();
    expect(nearest('x', names)).toBeUndefined();
    expect(nearest('lsit', names)).toBe('list');
    expect(nearest('obj', names)).toBe('objectives');
  });
});

describe('a mistyped command or option', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'eqia-typo-'));
  });

  it('names the command it most likely meant, in the run’s language', async () => {
    expect((await eqia(cwd, ['lsit'])).stderr).toBe(
      'eqia: unknown command "lsit": did you mean `eqia list`? Run `eqia --help` to see the commands.\n',
    );
    expect((await eqia(cwd, ['--lang', 'cy', 'chek'])).stderr).toBe(
      'eqia: nid yw "chek" yn orchymyn: ai `eqia check` oedd dan sylw? Rhedwch `eqia --help` i weld y gorchmynion.\n',
    );
    // Asked for its help too: the command meant, then the commands there are.
    const help = await eqia(cwd, ['help', 'lsit']);
    expect(help.code).toBe(2);
    expect(help.stderr).toContain('did you mean `eqia list`?');
    expect(help.stdout).toContain('Usage: eqia <command> [options]');
    const far = await eqia(cwd, ['frobnicate']);
    expect(far.code).toBe(2);
    expect(far.stderr).toBe('eqia: unknown command "frobnicate". Run `eqia --help` to see the commands.\n');
  });

  it('names the option it most likely meant; one that is no option’s name is refused plainly', async () => {
    const typo = await eqia(cwd, ['list', '--stte', 'draft']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      "eqia list: Unknown option '--stte' (did you mean --state?). Run `eqia list --help` for usage.\n",
    );
    expect((await eqia(cwd, ['list', '--url'])).stderr).toBe(
      "eqia list: Unknown option '--url'. Run `eqia list --help` for usage.\n",
    );
    // What looks like a value, not an option, is told how to give it.
    expect((await eqia(cwd, ['comment', 'x', '-5x'])).stderr).toContain("goes after '--'");
  });
});
