import { describe, expect, it } from 'vitest';
import { unstyled } from '../src/output/style.js';
import { eqia, tempDir } from './support/cli.js';

const words = (text: string) => unstyled(text).split(/\s+/).filter(Boolean);

describe("a command's terminal is its context's", () => {
  it('wraps to the width its standard output says, in process, and one line a sentence without one', async () => {
    const cwd = await tempDir();
    expect((await eqia(cwd, ['--lang', 'cy', 'demo'])).code).toBe(0);
    for (const argv of [
      ['check', 'hybrid-working'],
      ['profile', 'show'],
      ['edit', '--help'],
    ]) {
      const piped = await eqia(cwd, argv);
      expect(piped.stdout.split('\n').some((line) => line.length > 60)).toBe(true);
      const shown = await eqia(cwd, argv, {}, { terminal: true, columns: 60 });
      expect(shown.code).toBe(piped.code);
      expect(words(shown.stdout), argv.join(' ')).toEqual(words(piped.stdout));
      for (const line of unstyled(shown.stdout).split('\n'))
        expect([...line].length, argv.join(' ')).toBeLessThan(60);
    }
  });

  it('wraps piped help to the width help is written for, a value list filled in too', async () => {
    const cwd = await tempDir();
    for (const argv of [
      ['list', '--help'],
      ['insight', '--help'],
      ['--lang', 'cy', 'report', '--help'],
      ['--help'],
    ]) {
      const piped = await eqia(cwd, argv);
      expect(piped.code).toBe(0);
      for (const line of piped.stdout.split('\n')) expect([...line].length, argv.join(' ')).toBeLessThan(100);
    }
    expect((await eqia(cwd, ['list', '--help'])).stdout).toContain('draft, assessing, screened_out');
  });
});
