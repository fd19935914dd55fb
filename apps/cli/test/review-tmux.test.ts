import { afterEach, describe, expect, it } from 'vitest';
import { binary, runBinary } from './support/binary.js';
import { tempDir, testNow } from './support/cli.js';
import { hasTmux, TmuxSession } from './support/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

/** The review screen of the built binary on the demo store, at the smallest size eqia supports. */
describe.skipIf(!hasTmux)('the review screen in a 60×20 terminal', () => {
  it('fits the screen, shows a whole section on Ctrl+O, and ends with a message wrapped at words', async () => {
    const cwd = await tempDir();
    expect((await runBinary(cwd, ['demo'])).code).toBe(0);
    session = TmuxSession.start(
      `eqia-review-${process.pid}`,
      cwd,
      `node ${binary} --user julie review fhdra-video`,
      { EQIA_NOW: testNow },
      { columns: 60, rows: 20 },
    );
    const s = session;
    await s.waitFor('more lines: Ctrl+O shows them all');
    const lines = s.screen().trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(20);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(s.screen()).toContain('Step 1 of 12 · Policy');
    s.keys('C-o');
    await s.waitFor('Ctrl+O shows less');
    expect(s.screen()).toContain('Assessed by:');
    s.keys('C-o');
    await s.waitFor('Ctrl+O shows them all');
    for (let step = 1; step <= 11; step++) await s.press(`Step ${step} of 12`, 'Enter');
    await s.press('Approve this stage, or send it back?', 'Down', 'Enter');
    const change = 'Please add the 2025 caseload figures to the evidence and say what changed';
    await s.answer('What must the author change?', change);
    await s.waitFor('[exit 0]');
    const screen = s.screen();
    const message = screen.slice(screen.indexOf('Review saved'), screen.indexOf('[exit 0]'));
    for (const line of message.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(message.replace(/\s+/g, ' ')).toContain(
      `is being assessed: changes requested by Julie Brown (“${change}”).`,
    );
  });

  it('an author who opens an assessment in review is told it is locked, and why, wrapped at words', async () => {
    const cwd = await tempDir();
    expect((await runBinary(cwd, ['demo'])).code).toBe(0);
    session = TmuxSession.start(
      `eqia-locked-${process.pid}`,
      cwd,
      `node ${binary} --user amara edit fhdra-video`,
      { EQIA_NOW: testNow },
      { columns: 60, rows: 20 },
    );
    await session.waitFor('[exit ');
    const screen = session.screen();
    for (const line of screen.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(screen.replace(/\s+/g, ' ')).toContain(
      'Locked while it is in review. A reviewer may request changes; `eqia withdraw fhdra-video --submission` takes it back.',
    );
  });
});
