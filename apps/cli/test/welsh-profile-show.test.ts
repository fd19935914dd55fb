import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eqiaBuilt } from './support/binary.js';
import { tempDir } from './support/cli.js';

// `eqia profile show` in a Welsh run, on the built binary: the profile's own texts in its Welsh where
// written, else in English marked as English, as `show` marks an author's English.

describe('eqia profile show in a Welsh run', () => {
  it("marks each of the profile's texts without Welsh as English, and the JSON stays as stored", async () => {
    const cwd = await tempDir();
    const env = { EQIA_CONFIG: join(cwd, 'config.json'), HOME: cwd };
    expect((await eqiaBuilt(cwd, ['--store', 'english', 'demo'], env)).code).toBe(0);
    const shown = await eqiaBuilt(cwd, ['--store', 'english', '--lang', 'cy', 'profile', 'show'], env);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(
      'Cynulleidfaoedd: [Saesneg] Children and young people, [Saesneg] Parents, carers and families,',
    );
    expect(shown.stdout).toContain(
      'Cadwyn gymeradwyo: [Saesneg] Equality lead review (arweinydd cydraddoldeb) → [Saesneg] Senior sign-off',
    );
    // The catalogue's characteristics are worded by the catalogue, never marked.
    expect(shown.stdout).toMatch(/^Nodweddion: Oedran, Anabledd, [^[]*$/m);
    const json = await eqiaBuilt(
      cwd,
      ['--store', 'english', '--lang', 'cy', 'profile', 'show', '--json'],
      env,
    );
    expect(json.stdout).not.toContain('[Saesneg]');
    const english = await eqiaBuilt(cwd, ['--store', 'english', 'profile', 'show'], env);
    expect(english.stdout).not.toContain('[');

    expect((await eqiaBuilt(cwd, ['--store', 'welsh', '--lang', 'cy', 'demo'], env)).code).toBe(0);
    const welsh = await eqiaBuilt(cwd, ['--store', 'welsh', 'profile', 'show'], env);
    expect(welsh.stdout).toContain('Cynulleidfaoedd: Plant a phobl ifanc, Rhieni, gofalwyr a theuluoedd,');
    expect(welsh.stdout).not.toContain('[Saesneg]');
    // Users' roles by their Welsh labels; an English run keeps their ids, which `eqia users` takes.
    expect(welsh.stdout).toContain('ben (awdur, cyfrannwr), julie (arweinydd cydraddoldeb)');
    expect(english.stdout).toContain('ben (author,contributor), julie (equality_lead)');
  }, 120_000);
});
