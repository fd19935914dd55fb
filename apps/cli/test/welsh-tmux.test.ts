import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binary, runBinary } from './support/binary.js';
import { tempDir, testNow } from './support/cli.js';
import { hasTmux, TmuxSession } from './support/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

/** A store under the Cafcass profile, made to publish in Welsh first (its default language, cy). */
async function welshStore(): Promise<string> {
  const cwd = await tempDir();
  expect((await runBinary(cwd, ['init', '--profile', 'cafcass'])).code).toBe(0);
  const shown = await runBinary(cwd, ['profile', 'show', '--json']);
  const profile = { ...JSON.parse(shown.stdout), languages: { publishes: ['cy', 'en'], default: 'cy' } };
  await writeFile(join(cwd, 'profile.json'), JSON.stringify(profile));
  expect((await runBinary(cwd, ['--user', 'ops', 'profile', 'set', 'profile.json'])).code).toBe(0);
  return cwd;
}

describe('eqia in Welsh (Cymraeg)', () => {
  it('speaks Welsh on --lang cy or EQIA_LANG=cy, errors and hints included; English otherwise', async () => {
    const cwd = await tempDir();
    const demo = await runBinary(cwd, ['demo'], { env: { EQIA_LANG: 'cy' } });
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('Crëwyd storfa demo');
    expect(demo.stdout).toContain(
      'yn cael ei adolygu yn y cam Adolygiad yr arweinydd cydraddoldeb, julie (arweinydd cydraddoldeb) sydd nesaf',
    );
    const list = await runBinary(cwd, ['--lang', 'cy', 'list']);
    expect(list.stdout).toMatch(/^ID +CYFLWR +PERCHENNOG +ADOLYGU +TEITL$/m);
    expect(list.stdout).toMatch(/^hybrid-working +drafft /m);
    const wrong = await runBinary(cwd, ['list', '--state', 'lost'], { env: { EQIA_LANG: 'cy' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('eqia list: Rhaid i --state fod yn un o draft,');
    const unknown = await runBinary(cwd, ['--lang', 'cy', 'lsit']);
    expect(unknown.stderr).toContain('nid yw "lsit" yn orchymyn');
    // The demo in Welsh is a Welsh body's, whose profile says Welsh; English stays as it was when asked.
    expect((await runBinary(cwd, ['list'])).stdout).toMatch(/^ID +CYFLWR +PERCHENNOG +ADOLYGU +TEITL$/m);
    expect((await runBinary(cwd, ['--lang', 'en', 'list'])).stdout).toMatch(
      /^ID +STATE +OWNER +REVIEW +TITLE$/m,
    );
    const badLang = await runBinary(cwd, ['--lang', 'fr', 'list']);
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toContain('"fr" is not a language eqia speaks');
  });

  it.skipIf(!hasTmux)(
    'a body that publishes in Welsh: the wizard asks in Welsh, the Welsh title too, within 80×24',
    async () => {
      const cwd = await welshStore();
      const env = { EQIA_NOW: testNow, HOME: cwd };
      session = TmuxSession.start(
        `eqia-cy-${process.pid}`,
        cwd,
        `node ${binary} new --user amara --id fideo`,
        env,
      );
      const s = session;
      await s.answer('Teitl y polisi, y newid i wasanaeth neu’r penderfyniad', 'Video hearings');
      await s.answer('Cymraeg: y teitl yn Gymraeg (dewisol)', 'Gwrandawiadau fideo');
      await s.waitFor('Cyfeirnod (dewisol)');
      const screen = s.screen();
      expect(screen).toContain('Cam 1 o 24 · Polisi');
      expect(screen).toContain('Enter cadw · Esc cwestiwn blaenorol');
      const lines = screen.trimEnd().split('\n');
      expect(lines.length).toBeLessThanOrEqual(24);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
      await s.answer('Cyfeirnod (dewisol)', 'EQ-1');
      await s.waitFor('Pa fath o beth ydyw?');
      expect(s.screen()).toContain('Newid i wasanaeth');
      await s.quit('Pa fath o beth ydyw?');
      await s.waitFor('[exit 130]');
      expect(s.screen().replace(/\s+/g, ' ')).toContain(
        'Parhewch gydag `eqia edit fideo`: mae’n ailagor yn "Pa fath o beth ydyw?".',
      );
      const answers = await runBinary(cwd, ['export', 'fideo', '--format', 'answers']);
      expect(JSON.parse(answers.stdout).welsh).toEqual({ 'policy/title': 'Gwrandawiadau fideo' });
      // The place to reopen is the same question in English.
      const positions = JSON.parse(await readFile(join(cwd, '.config/eqia/wizard-positions.json'), 'utf8'));
      expect(Object.values(positions)).toContainEqual(
        expect.objectContaining({ question: 'What kind of thing is it?' }),
      );
    },
  );
});
