import { afterEach, describe, expect, it } from 'vitest';
import { commandsWelsh } from '../src/messages/commands.cy.js';
import { commandsEnglish } from '../src/messages/commands.en.js';
import { binary, runBinary } from './support/binary.js';
import { tempDir, testNow } from './support/cli.js';
import { hasTmux, TmuxSession } from './support/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

/** Every word of a message on the screen, whole: no line of it ran past the edge and broke a word. */
function expectWhole(screen: string, message: string): void {
  const shown = screen.split(/\s+/);
  for (const word of message.split(' ')) expect(shown).toContain(word);
}

describe('messages for a person at a terminal', () => {
  it.skipIf(!hasTmux)(
    'are wrapped at words to its width, in English and in Welsh, and stay one line in a pipe',
    async () => {
      const cwd = await tempDir();
      expect((await runBinary(cwd, ['demo'])).code).toBe(0);
      const runs = [
        { lang: 'en', current: commandsEnglish.reindex.current },
        { lang: 'cy', current: commandsWelsh.reindex.current },
      ];
      for (const { lang, current } of runs) {
        expect(current.length).toBeGreaterThan(80);
        session = TmuxSession.start(`eqia-say-${lang}-${process.pid}`, cwd, `node ${binary} reindex`, {
          EQIA_NOW: testNow,
          HOME: cwd,
          EQIA_LANG: lang,
        });
        await session.waitFor('[exit 0]');
        const screen = session.screen();
        expectWhole(screen, current);
        for (const line of screen.split('\n')) expect([...line].length).toBeLessThan(80);
        session.kill();
        session = undefined;
        // To a pipe, for scripts: the one line.
        const piped = await runBinary(cwd, ['reindex'], { env: { EQIA_LANG: lang } });
        expect(piped.stdout).toBe(`${current}\n`);
      }
    },
  );
});
