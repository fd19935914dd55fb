import { afterEach, describe, expect, it } from 'vitest';
import { binary, runBinary } from './support/binary.js';
import { tempDir, testNow } from './support/cli.js';
import { hasTmux, TmuxSession } from './support/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

/** `eqia <command>` of the built binary, in a terminal of `size`, on a fresh demo store. */
async function onDemo(name: string, command: string, size: { columns: number; rows: number }) {
  const cwd = await tempDir();
  expect((await runBinary(cwd, ['demo'])).code).toBe(0);
  return TmuxSession.start(name, cwd, `node ${binary} ${command}`, { EQIA_NOW: testNow }, size);
}

/** The review screen of the built binary on the demo store, at the smallest size eqia supports. */
describe.skipIf(!hasTmux)('the review screen in a 60×20 terminal', () => {
  it('fits the screen, shows a whole section on Ctrl+O, and ends with a message wrapped at words', async () => {
    session = await onDemo(`eqia-review-${process.pid}`, '--user julie review fhdra-video', {
      columns: 60,
      rows: 20,
    });
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
      `Review saved: changes requested by Julie Brown (“${change}”). "Video by default for first hearing dispute resolution appointments" is back with its author.`,
    );
  });

  it('at 80×24 every section keeps the header in view, and any section goes straight to the decision', async () => {
    session = await onDemo(`eqia-review-80-${process.pid}`, '--user julie review fhdra-video', {
      columns: 80,
      rows: 24,
    });
    const s = session;
    // Straight on to the decision from the first section: two keys, not eleven Enters.
    await s.waitFor('Step 1 of 12');
    await s.press('No verdict: next section', 'Down', 'Enter');
    await s.waitFor('Approve this stage, or send it back?');
    expect(s.screen()).toContain('Step 12 of 12');
    expect(s.screen().replace(/\s+/g, ' ')).toContain('No verdict from you on 11 of 11 sections: policy,');
    // Nothing is skipped for good: the step before the decision is the last section, and each section
    // still fits with the header in view.
    s.keys('C-p');
    await s.waitFor('Step 11 of 12');
    s.keys('C-g');
    await s.press('Go to which step?', ...Array<string>(10).fill('Up'), 'Enter');
    for (let step = 1; step <= 11; step++) {
      await s.waitFor(`Step ${step} of 12`);
      await s.waitFor('No verdict: next section');
      const screen = s.screen();
      expect(screen.trimEnd().split('\n').length, screen).toBeLessThanOrEqual(24);
      expect(screen.startsWith('Video by default for first hearing'), screen).toBe(true);
      s.keys('Enter');
    }
    await s.press('Approve this stage, or send it back?', 'Down', 'Enter');
    await s.answer(
      'What must the author change?',
      'Please add the 2025 caseload figures to the evidence and say what changed as a result of them',
    );
    await s.waitFor('[exit 0]');
    // The closing message wraps at words to the terminal's 80 columns: no line could have taken the next word.
    const screen = s.screen();
    const message = screen
      .slice(screen.indexOf('Review saved'), screen.indexOf('[exit 0]'))
      .trimEnd()
      .split('\n');
    expect(message.length).toBeGreaterThan(1);
    message.slice(0, -1).forEach((line, index) => {
      const next = message[index + 1]?.trim().split(' ')[0] ?? '';
      expect(`${line} ${next}`.length, line).toBeGreaterThanOrEqual(80);
    });
  });

  it('an author who opens an assessment in review is told it is locked, and why, wrapped at words', async () => {
    session = await onDemo(`eqia-locked-${process.pid}`, '--user amara edit fhdra-video', {
      columns: 60,
      rows: 20,
    });
    await session.waitFor('[exit ');
    const screen = session.screen();
    for (const line of screen.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(screen.replace(/\s+/g, ' ')).toContain(
      'Locked while it is in review. A reviewer may request changes; `eqia withdraw fhdra-video --submission` takes it back.',
    );
  });
});
