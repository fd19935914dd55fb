import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binary, runBinary } from './support/binary.js';
import { tempDir, testNow } from './support/cli.js';
import { hasTmux, TmuxSession } from './support/tmux.js';

const characteristics = [
  'Age',
  'Disability',
  'Gender reassignment',
  'Marriage and civil partnership',
  'Pregnancy and maternity',
  'Race',
  'Religion or belief',
  'Sex',
  'Sexual orientation',
];

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

/**
 * The real built binary in a real pseudo-terminal: an author writes an assessment through the wizard by
 * keystrokes, quits halfway, resumes, finishes; a reviewer opens the review screen; two reviewers
 * approve it by commands; it is exported.
 */
describe.skipIf(!hasTmux)('end to end in a terminal', () => {
  it('wizard, quit, resume, finish, submit, approve twice, export HTML', async () => {
    const cwd = await tempDir();
    // Where the author stopped is kept beside the settings: here, in the test's own directory.
    const env = { EQIA_NOW: testNow, EQIA_USER: 'amara', XDG_CONFIG_HOME: join(cwd, 'config') };
    const eqia = async (...argv: string[]) => {
      const run = await runBinary(cwd, argv, { env });
      expect(run.stderr, argv.join(' ')).not.toContain('unexpected');
      return run;
    };
    expect((await eqia('init', '--user', 'amara', '--name', 'Amara Okafor')).code).toBe(0);
    expect(
      (await eqia('users', 'add', 'julie', '--name', 'Julie Brown', '--roles', 'equality_lead')).code,
    ).toBe(0);
    expect((await eqia('users', 'add', 'sam', '--name', 'Sam Patel', '--roles', 'approver')).code).toBe(0);
    const command = `node ${binary}`;
    const name = `eqia-e2e-${process.pid}`;

    // Start: the title, then the policy section; quit at the decision.
    session = TmuxSession.start(name, cwd, `${command} new --id remote-hearings`, env);
    // Typed ahead with its Enter, in one write: the question left on the screen shows the answer taken.
    await session.press('Title of the policy', 'Remote hearings for family court', 'Enter');
    await session.waitFor('Step 1 of 22 · Policy');
    expect(session.screen()).toContain('› Remote hearings for family court\nCreated remote-hearings.');
    await session.answer('Reference (optional)', 'OPS-7');
    await session.press('What kind of thing is it?', 'Enter');
    await session.press('Is it new, a revision', 'Enter');
    await session.answer('Team or directorate', 'Operations');
    await session.answer('Its aims and intended outcomes', 'Shorter waits for a first hearing');
    await session.answer('Scope', 'All first hearings in England');
    await session.press('Who does it affect?', 'Enter');
    await session.answer('Another group the policy affects', '');
    await session.press('Who takes the decision?', 'C-c');
    await session.waitFor('it reopens at');
    await session.waitFor('[exit 130]');
    session.kill();

    // `edit` reopens at the question where the author stopped; finish every step.
    session = TmuxSession.start(name, cwd, `${command} edit remote-hearings`, env);
    let s = session;
    await s.answer('Who takes the decision?', 'Operations Board');
    await s.answer('Their role', 'Director of Operations');
    await s.answer('Decision date', '2026-12-20');
    await s.answer('Decision paper reference', '');
    await s.press('told of the duty', 'y');
    for (const label of characteristics) {
      await s.press(`Is the policy relevant to ${label.toLowerCase()}?`, 'Enter');
      await s.answer('Why?', `Video may change access for people by ${label.toLowerCase()}.`);
    }
    await s.press('Screening decision', 'Enter');
    await s.answer('The rationale for this decision', 'Every family in private law is affected.');
    await s.press('Add evidence or a data gap?', 'Enter');
    await s.press('Kind of evidence', 'Enter');
    await s.answer('Title', 'Pilot evaluation of video hearings');
    // Quit in the middle of the item: what was typed stays, and `edit` reopens at the next question.
    await s.press('Source or URL', 'C-c');
    await s.waitFor('it reopens at');
    await s.waitFor('[exit 130]');
    s.kill();
    s = session = TmuxSession.start(name, cwd, `${command} edit remote-hearings`, env);
    await s.answer('Source or URL', 'Pilot evaluation report');
    await s.answer('Date of the evidence', '2026-06-01');
    await s.press('Which characteristics does it cover?', 'a');
    await s.answer('[x] Age', '');
    await s.answer('What does it say?', 'Attendance by video matched in person for most groups.');
    await s.answer('How far can it be trusted?', 'Three courts only.');
    await s.press('1 evidence item', 'Enter');
    // Nothing recorded: adding is the default, so "Done" is one ↑ away (the menu wraps).
    await s.press('0 engagements recorded', 'Up', 'Enter');
    for (const label of characteristics) {
      await s.press(`Your conclusion on ${label.toLowerCase()}`, 'Down', 'Enter');
      await s.answer(
        'Why is there no impact?',
        `For ${label.toLowerCase()}, the pilot showed no difference in attendance.`,
      );
      await s.press('Which evidence or data gaps does this rest on?', 'Enter');
    }
    await s.press('Intersectional impacts', 'Enter');
    await s.answer(
      'Why is there no intersectional impact?',
      'No characteristic has an impact, so none combine.',
    );
    await s.press('Intersectional impacts', 'Enter');
    await s.answer('Cumulative impact', 'The digital application also moves contact online.');
    // The whole question: the findings below it name the aims still to answer.
    const aim = (limb: string) => `How does the policy pay due regard to aim ${limb}`;
    await s.answer(aim('(a)'), 'No group is disadvantaged, as the pilot showed.');
    await s.answer(aim('(b)'), 'Shorter waits help every family.');
    await s.answer(aim('(c)'), 'Families are heard sooner.');
    await s.press('Outcome', 'Enter');
    await s.answer('Why this outcome?', 'No adverse impact was found.');
    await s.answer('A plain-English summary', 'Hearings by video, with no group disadvantaged.');
    await s.press('Add an action?', 'Down', 'Enter');
    await s.answer('How will the policy be monitored', 'Quarterly attendance by characteristic.');
    await s.answer('Next review date', '');
    await s.answer('Someone who carried out the assessment', 'Amara Okafor');
    await s.answer('Amara Okafor’s role', 'Head of Practice Policy');
    await s.answer('Someone who carried out the assessment', '');
    await s.press('Had the decision already been taken', 'Enter');
    await s.answer('when was the analysis done?', '');
    await s.waitFor('Characteristic');
    await s.press('What now?', 'Enter');
    await s.waitFor('Done. Next: `eqia check remote-hearings`');
    await s.waitFor('[exit 0]');

    // Sign-off by commands.
    const check = await eqia('check', 'remote-hearings');
    expect(check.code, check.stdout).toBe(0);
    expect((await eqia('submit', 'remote-hearings')).code).toBe(0);

    // The review screen draws from the build (it once crashed there alone); quitting saves nothing new.
    session.kill();
    session = TmuxSession.start(name, cwd, `${command} review remote-hearings`, {
      ...env,
      EQIA_USER: 'julie',
    });
    await session.press('Your verdict on policy', 'C-c');
    await session.waitFor('Review saved: "Remote hearings for family court" is in review');
    await session.waitFor('[exit 0]');
    expect(
      (
        await runBinary(cwd, ['approve', 'remote-hearings', '--attest', '--user', 'julie'], {
          env: { EQIA_NOW: testNow },
        })
      ).code,
    ).toBe(0);
    const final = await runBinary(cwd, ['approve', 'remote-hearings', '--attest', '--user', 'sam'], {
      env: { EQIA_NOW: testNow },
    });
    expect(final.stdout).toContain('signed off');
    expect((await eqia('export', 'remote-hearings', '--format', 'html', '--out', 'remote.html')).code).toBe(
      0,
    );
    const html = await readFile(join(cwd, 'remote.html'), 'utf8');
    expect(html).toContain('Remote hearings for family court');
    expect((await eqia('verify', 'remote-hearings')).code).toBe(0);
  }, 240_000);
});
