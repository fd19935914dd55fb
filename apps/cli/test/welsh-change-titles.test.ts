import { beforeAll, describe, expect, it } from 'vitest';
import { storeFolder } from './support/binary.js';

// The one line a change prints (`submit`, `approve`, `edit`, `comment`, …) in a Welsh run, on the built
// binary: the assessment named as `eqia list` names it, by its Welsh title where one is written, else by
// its English marked as English.

describe('the line a change prints in a Welsh run', () => {
  const { make, run, written } = storeFolder();

  beforeAll(async () => {
    await make();
    expect((await run('--lang', 'cy', 'demo')).code).toBe(0);
  }, 120_000);

  it('name an assessment by its Welsh title', async () => {
    const approved = await run('--user', 'julie', 'approve', 'fhdra-video', '--attest');
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toBe(
      '✓ Wedi’i gymeradwyo: "Fideo yn ddiofyn ar gyfer apwyntiadau datrys anghydfod mewn gwrandawiad cyntaf" (fhdra-video) — cyflwr: yn cael ei adolygu yn y cam Cymeradwyaeth uwch.\n',
    );
    const commented = await run('--user', 'amara', 'comment', 'fhdra-video', '--section', 'policy', 'Iawn');
    expect(commented.stdout).toContain('"Fideo yn ddiofyn ar gyfer apwyntiadau datrys anghydfod');
  });

  it('name one without a Welsh title by its English, marked as English, and as written in an English run', async () => {
    const answers = await written('new.json', { policy: { title: 'Car parking' } });
    const created = await run('--user', 'amara', 'new', '--answers', answers, '--id', 'car-parking');
    expect(created.stdout).toBe(
      '✓ Crëwyd car-parking: "[Saesneg] Car parking" (car-parking) — cyflwr: drafft.\n',
    );
    const english = await run('--lang', 'en', '--user', 'amara', 'edit', 'car-parking', '--answers', answers);
    // The same file again changes nothing, and says so.
    expect(english.stdout).toBe(
      '✓ Nothing to save (the answers change nothing): "Car parking" (car-parking) is draft.\n',
    );
  });

  it('mark a Welsh title written for English that has changed since', async () => {
    const title = await written('title.json', { policy: { title: 'Hybrid working for every adviser' } });
    const edited = await run('--user', 'ben', 'edit', 'hybrid-working', '--answers', title);
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toContain(
      '"[hen: mae’r Saesneg wedi newid] Gweithio hybrid i Gynghorwyr Llys Teulu" (hybrid-working)',
    );
  });

  it('name it so in a refusal that names it (a list item that is not there)', async () => {
    const removed = await run(
      '--user',
      'ben',
      'edit',
      'hybrid-working',
      '--remove',
      'evidence:nothing',
      '--yes',
    );
    expect(removed.code).toBe(3);
    expect(removed.stderr).toContain('Gweithio hybrid i Gynghorwyr Llys Teulu');
  });
});
