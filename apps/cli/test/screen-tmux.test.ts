import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binary, runBinary } from './support/binary.js';
import { examples, tempDir, testNow } from './support/cli.js';
import { hasTmux, TmuxSession } from './support/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

const sizes = [
  { columns: 80, rows: 24 },
  { columns: 60, rows: 20 },
];

/** The screen's lines, without the empty rows below the frame. */
const linesOf = (screen: string) => screen.trimEnd().split('\n');

const count = (screen: string, text: string) => screen.split(text).length - 1;

/** The full example assessment, affecting all four of the profile's audiences: the widest summary. */
async function fullAssessment(): Promise<string> {
  const cwd = await tempDir();
  expect((await runBinary(cwd, ['init', '--user', 'amara', '--profile', 'cafcass'])).code).toBe(0);
  const answers = JSON.parse(await readFile(join(examples, 'answers-full.json'), 'utf8'));
  answers.policy.audiences.push('partners_public');
  await writeFile(join(cwd, 'answers.json'), JSON.stringify(answers));
  expect(
    (await runBinary(cwd, ['new', '--user', 'amara', '--answers', 'answers.json', '--id', 'walk-in'])).code,
  ).toBe(0);
  return cwd;
}

describe.skipIf(!hasTmux)('the demo in a 60-column terminal', () => {
  it('wraps its sentences at words to the width', async () => {
    const cwd = await tempDir();
    session = TmuxSession.start(
      `eqia-demo-${process.pid}`,
      cwd,
      `node ${binary} demo`,
      { EQIA_NOW: testNow, XDG_CONFIG_HOME: join(cwd, 'config') },
      {
        columns: 60,
        rows: 60,
      },
    );
    await session.waitFor('[exit 0]');
    const screen = session.screen();
    for (const line of linesOf(screen)) expect(line.length, line).toBeLessThan(60);
    const text = screen.replace(/\s+/g, ' ');
    expect(text).toContain('(Cafcass example profile).');
    expect(text).toContain(
      'Users: amara and ben (authors), julie (equality lead), sam, nadia, owen and rachel (approvers, who own the equality objectives), val (viewer).',
    );
  });
});

describe.skipIf(!hasTmux)('a single question in a 60-column terminal', () => {
  it('shows the attestation wrapped flush left; Ctrl+C there exits 130, nothing saved', async () => {
    const cwd = await tempDir();
    const env = { EQIA_NOW: testNow, XDG_CONFIG_HOME: join(cwd, 'config') };
    expect((await runBinary(cwd, ['demo'], { env })).code).toBe(0);
    session = TmuxSession.start(
      `eqia-attest-${process.pid}`,
      cwd,
      `node ${binary} --user julie approve fhdra-video`,
      env,
      {
        columns: 60,
        rows: 20,
      },
    );
    await session.waitFor('Do you accept this attestation?');
    const lines = linesOf(session.screen());
    expect(lines[0]).toMatch(/^Equality lead review: I have reviewed/);
    for (const line of lines) expect(line).not.toMatch(/^ /);
    await session.quit('Do you accept this attestation?');
    await session.waitFor('[exit 130]');
    expect(session.screen().replace(/\s+/g, ' ')).toContain('nothing was saved');
  });
});

/** The built binary's wizard in a real terminal: what a person sees at the sizes eqia supports. */
describe.skipIf(!hasTmux)('the wizard screen in a terminal', () => {
  it('after a resize, holds one clean frame', async () => {
    const cwd = await tempDir();
    expect((await runBinary(cwd, ['demo'])).code).toBe(0);
    const title = 'Hybrid working for Family Court Advisers';
    session = TmuxSession.start(
      `eqia-resize-${process.pid}`,
      cwd,
      `node ${binary} --user ben edit hybrid-working`,
      {
        EQIA_NOW: testNow,
      },
    );
    const s = session;
    await s.waitFor('Is the policy relevant to age?');
    for (const { columns, rows } of [...sizes, { columns: 80, rows: 24 }]) {
      s.resize(columns, rows);
      // Narrower, the frame's rule is as wide as the screen; wider, it is again.
      await s.waitFor(`${'─'.repeat(columns)}\n`);
      await expect.poll(() => count(s.screen(), title), { timeout: 10_000 }).toBe(1);
      // Ink redraws after a resize by clearing, then writing: on a busy machine the screen may be read
      // between the two, so the first line is waited for too.
      await expect.poll(() => linesOf(s.screen())[0], { timeout: 10_000 }).toMatch(/^Hybrid working/);
      const lines = linesOf(s.screen());
      expect(count(s.screen(), 'Step 3 of 24')).toBe(1);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
    }
    // It still answers: the frame redrawn is the live one.
    s.keys('Down');
    await s.waitFor('› Not relevant');
  });

  it.each(sizes)(
    'the summary of 11 characteristics × 4 audiences fits $columns×$rows, no heading line starting with a space',
    async ({ columns, rows }) => {
      const cwd = await fullAssessment();
      session = TmuxSession.start(
        `eqia-summary-${columns}-${process.pid}`,
        cwd,
        `node ${binary} --user amara edit walk-in --section summary`,
        { EQIA_NOW: testNow },
        { columns, rows },
      );
      const s = session;
      await s.waitFor('What now?');
      const lines = linesOf(s.screen());
      // The title on the first row: nothing scrolled off the top, and the frame leaves a row free.
      expect(lines[0]).toMatch(/^Video by default/);
      expect(lines.length).toBeLessThan(rows);
      expect(s.screen()).toContain('Ctrl+C quit (all kept)');
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
      // The title wraps onto a second line flush left.
      expect(lines[1]).not.toMatch(/^ /);
      // Each audience's name reads whole down its column, no line of it starting with a space.
      const top = lines.findIndex((line) => line.startsWith('Characteristic'));
      const heading = lines.slice(
        top,
        lines.findIndex((line) => line.startsWith('Age')),
      );
      const names = [
        'Children and young people',
        'Parents, carers and families',
        'Staff',
        'Partners and the public',
      ];
      const starts = names.map((name) => heading[0]?.indexOf(name.split(' ')[0] ?? '') ?? -1);
      names.forEach((name, index) => {
        const cells = heading.map((line) => line.slice(starts[index], starts[index + 1]).trimEnd());
        for (const cell of cells) expect(cell).not.toMatch(/^ /);
        expect(cells.join(' ').replace(/\s+/g, ' ').trim()).toBe(name);
      });
    },
  );
});
