import { afterEach, describe, expect, it } from 'vitest';
import { commandsWelsh } from '../src/messages/commands.cy.js';
import { commandsEnglish } from '../src/messages/commands.en.js';
import { binary, runBinary } from './support/binary.js';
import { tempDir, testNow } from './support/cli.js';
import { hasTmux, TmuxSession } from './support/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** What a command shows in a terminal 80 columns wide (tall enough for all of it), and then exits. */
async function onScreen(cwd: string, argv: string[], lang: string): Promise<string> {
  session = TmuxSession.start(
    `eqia-say-${lang}-${process.pid}`,
    cwd,
    `node ${binary} ${argv.join(' ')}`,
    { EQIA_NOW: testNow, HOME: cwd, EQIA_LANG: lang },
    { columns: 80, rows: 200 },
  );
  await session.waitFor('[exit ');
  const screen = session.screen();
  session.kill();
  session = undefined;
  return screen.slice(0, screen.lastIndexOf('[exit '));
}

describe('what eqia says to a person at a terminal', () => {
  it.skipIf(!hasTmux)(
    'is wrapped at words to its width, in English and in Welsh, and is one line a sentence in a pipe',
    async () => {
      const cwd = await tempDir();
      expect((await runBinary(cwd, ['--lang', 'cy', 'demo'])).code).toBe(0);
      const runs = [
        { lang: 'en', argv: ['reindex'], said: commandsEnglish.reindex.current },
        { lang: 'cy', argv: ['reindex'], said: commandsWelsh.reindex.current },
        { lang: 'cy', argv: ['profile', 'show'] },
        { lang: 'cy', argv: ['check', 'hybrid-working', '--why'] },
        { lang: 'en', argv: ['check', 'hybrid-working'] },
        { lang: 'cy', argv: ['check', '--all'] },
        { lang: 'en', argv: ['--help'] },
        { lang: 'cy', argv: ['edit', '--help'] },
        { lang: 'en', argv: ['report', '--help'] },
        { lang: 'cy', argv: ['history', 'fhdra-video'] },
        // An error on standard error, as every other is.
        { lang: 'cy', argv: ['lsit'] },
      ];
      for (const { lang, argv, said } of runs) {
        const piped = await runBinary(cwd, argv, { env: { EQIA_LANG: lang } });
        if (said !== undefined) {
          expect(said.length).toBeGreaterThan(80);
          expect(piped.stdout).toBe(`${said}\n`);
        }
        const printed = piped.stdout || piped.stderr;
        expect(printed.split('\n').some((line) => line.length > 80)).toBe(true);
        const screen = await onScreen(cwd, argv, lang);
        // Every word whole and in its place: none broken where the edge fell (of what the screen still
        // holds, the end of it).
        const shown = words(screen);
        expect(shown.length).toBeGreaterThan(0);
        expect(shown, argv.join(' ')).toEqual(words(printed).slice(-shown.length));
        for (const line of screen.split('\n')) expect([...line].length).toBeLessThan(80);
      }
    },
  );
});
