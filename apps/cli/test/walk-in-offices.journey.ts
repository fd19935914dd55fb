import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binary, runBinary } from './support/binary.js';
import { tempDir, testNow } from './support/cli.js';
import { hasTmux, type Tally, TmuxSession } from './support/tmux.js';

/**
 * The walk docs/cli.md shows, on the built binary at 80×24, with no JSON written by hand: an author writes
 * the walk-in offices assessment in the wizard (quitting half-way through an impact and resuming),
 * submits; the equality lead gives verdicts and requests changes on the review screen; the author reads
 * them, corrects the assessment and resubmits; the equality lead and a director approve, each signing;
 * the author publishes and exports. It counts the prompts and keystrokes a full assessment takes.
 */
const id = 'walk-in-offices';
const title = 'Closing two of five walk-in offices and moving to online and phone appointments';
const docs = new URL('../../../docs/cli.md', import.meta.url);

/** The Cafcass profile's characteristics in order; screening says which the closures touch. */
const characteristics: [label: string, relevant: boolean][] = [
  ['Age', true],
  ['Disability', true],
  ['Gender reassignment', false],
  ['Marriage and civil partnership', false],
  ['Pregnancy and maternity', true],
  ['Race', true],
  ['Religion or belief', false],
  ['Sex', true],
  ['Sexual orientation', false],
  ['Carers', true],
  ['Language', true],
];

/** The sections as the review screen names them, one step each. */
const sections = [
  'policy',
  'decision',
  'screening',
  'evidence and data gaps',
  'engagement',
  'analysis by characteristic',
  'intersectionality',
  'general duty',
  'outcome',
  'action plan',
  'monitoring and review',
];

const sum = (tallies: Tally[]): Tally => ({
  prompts: tallies.reduce((total, t) => total + t.prompts, 0),
  keys: tallies.reduce((total, t) => total + t.keys, 0),
  characters: tallies.reduce((total, t) => total + t.characters, 0),
});

/** The impact form's first questions: a negative impact on parents, carers and families. */
async function describeImpact(s: TmuxSession, description: string): Promise<void> {
  await s.press('Which group does it affect?', 'Down', 'Enter');
  await s.press('Is the impact positive, negative', 'Down', 'Enter');
  await s.answer('Describe the impact precisely', description);
}

/** The rest: the survey supports it, all three aims, medium before mitigation and low after. */
async function rateImpact(s: TmuxSession, mitigation: string, justification: string): Promise<void> {
  await s.press('Which evidence supports it?', 'Space', 'Enter');
  await s.press('Which aims of the duty does it engage?', 'Enter');
  await s.press('How severe, before mitigation?', 'Down', 'Enter');
  await s.answer('How will it be mitigated?', mitigation);
  await s.press('How severe is it after mitigation?', 'Down', 'Enter');
  await s.answer('Why is the remaining impact justified?', justification);
}

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

describe.skipIf(!hasTmux)('the walk-in offices journey, in a terminal', () => {
  it('author writes, reviewer requests changes, author corrects, two approve, author publishes and exports', async () => {
    const cwd = await tempDir();
    // Each person on their own machine: their own settings, signing key and place in the wizard.
    const envOf = (user: string) => ({
      EQIA_NOW: testNow,
      EQIA_USER: user,
      XDG_CONFIG_HOME: join(cwd, `config-${user}`),
    });
    const eqia = async (user: string, ...argv: string[]) => {
      const run = await runBinary(cwd, argv, { env: envOf(user) });
      expect(run.stderr, argv.join(' ')).not.toContain('bug in eqia');
      return run;
    };
    const open = (user: string, argv: string) => {
      session?.kill();
      session = TmuxSession.start(`eqia-journey-${process.pid}`, cwd, `node ${binary} ${argv}`, envOf(user));
      return session;
    };

    expect((await eqia('amara', 'init', '--profile', 'cafcass')).code).toBe(0);
    for (const user of ['amara', 'julie', 'sam'])
      expect((await eqia(user, 'keys', 'create')).stdout).toContain('Created key');

    // 1. The author writes it, and quits half-way through the first impact.
    let s = open('amara', `new --id ${id}`);
    await s.answer('Title of the policy', title);
    await s.waitFor('Step 1 of 24 · Policy');
    await s.answer('Reference (optional)', 'OPS-12');
    await s.press('What kind of thing is it?', 'Down', 'Down', 'Down', 'Enter');
    await s.press('Is it new, a revision', 'Enter');
    await s.answer('Team or directorate', 'Operations, North region');
    await s.answer(
      'Its aims and intended outcomes',
      'Close the Northgate and Riverside offices; offer the same help by phone and online appointments, and home visits for those who need them.',
    );
    await s.answer(
      'Scope: what it covers',
      'The five walk-in offices of the North region; not court-based services.',
    );
    await s.press('Who does it affect?', 'Enter');
    await s.answer('Another group the policy affects', '');
    await s.answer('Who takes the decision?', 'Operations Board');
    await s.answer('Their role', 'Chaired by the Director of Operations');
    await s.answer('Decision date', '2027-01-15');
    await s.answer('Decision paper reference', 'OB-2027-03');
    await s.press('told of the duty', 'y');
    for (const [label, relevant] of characteristics) {
      const name = label.toLowerCase();
      await s.press(`Is the policy relevant to ${name}?`, ...(relevant ? ['Enter'] : ['Down', 'Enter']));
      await s.answer(
        'Why?',
        relevant
          ? `People by ${name} use the walk-in offices differently, so closing two may change their access.`
          : `Nothing in where or how people are seen depends on ${name}.`,
      );
    }
    await s.press('Screening decision', 'Enter');
    await s.answer(
      'The rationale for this decision',
      'Seven characteristics are relevant: the offices serve people least able to go online.',
    );
    await s.press('Add evidence or a data gap?', 'Enter');
    await s.press('Kind of evidence', 'Enter');
    await s.answer('Title', 'Walk-in visitor survey, five offices, 2026');
    await s.answer('Source or URL', 'Operations performance team');
    await s.answer('Date of the evidence', '2026-09-30');
    await s.press('Which characteristics does it cover?', 'a', 'Enter');
    await s.answer(
      'What does it say?',
      'Of 2,140 visitors, 46% were over 65 and 31% disabled; 38% said they could not book online.',
    );
    await s.answer(
      'How far can it be trusted?',
      'Self-selected: visitors who came in, not those who stayed away.',
    );
    await s.press('Add evidence or a data gap?', 'Up', 'Up', 'Enter');
    await s.answer('What is not known?', 'How many people who stayed away have no internet or phone at home');
    await s.press('For which characteristics?', 'Space', 'Down', 'Space', 'Enter');
    await s.press('1 data gap so far', 'Enter');
    // The profile's stakeholder groups are offered by name, the first one the default: the Family Forum
    // is the second.
    await s.press('0 engagements recorded', 'Down', 'Enter');
    await s.press('Which group affected by the policy do they belong to?', 'Down', 'Enter');
    await s.answer('When (YYYY-MM-DD', '2026-10-14');
    await s.answer('How (workshop', 'Workshop');
    await s.press('Which characteristics did they speak for?', 'Enter');
    await s.answer(
      'What did they say?',
      'Parents and carers said phone lines must answer quickly and home visits must be easy to ask for.',
    );
    await s.answer(
      'What changed as a result?',
      'A call-back within one working day, and a home-visit request on the phone menu.',
    );
    await s.press('1 engagement recorded', 'Enter');
    await s.press('Your conclusion on age', 'Enter');
    await s.answer(
      'Your reasoning, in brief',
      'Older visitors rely most on walking in and are least often online.',
    );
    await s.press('Which evidence or data gaps does this rest on?', 'Enter');
    await s.press('0 impacts on age', 'Enter');
    await describeImpact(
      s,
      'About 980 older parents and grandparents a year would travel further or wait for a slot they find hard to book.',
    );
    await s.quit('Which evidence supports it?');
    await s.waitFor('it reopens at "Which evidence');
    await s.waitFor('[exit 130]');
    const writing = [s.tally];

    // The half-finished impact is kept, and the checks say what it still lacks.
    const kept = await eqia('amara', 'check', id);
    expect(kept.stdout).toMatch(
      /The Age impact "imp-age-1" on Parents, carers and families is\s+negative but has no severity/,
    );

    // `edit` reopens at the very question.
    s = open('amara', `edit ${id}`);
    await rateImpact(
      s,
      'Three offices stay open; phone appointments with a call-back within one working day; home visits on request.',
      'Five offices cost more than the budget allows; the three kept are nearest public transport.',
    );
    await s.press('1 impact on age', 'Enter');
    for (const [label, relevant] of characteristics.slice(1)) {
      const name = label.toLowerCase();
      // Screening's answer suggests the conclusion: "no impact" where it was not relevant.
      await s.press(`Your conclusion on ${name}`, ...(relevant ? ['Down', 'Enter'] : ['Enter']));
      await s.answer(
        'Why is there no impact?',
        `The survey and the Family Forum show no difference by ${name} in how people would reach us.`,
      );
      await s.press('Which evidence or data gaps does this rest on?', 'Enter');
    }
    await s.press('Intersectional impacts', 'Up', 'Enter');
    await s.press('Which characteristics combine?', 'Space', 'Down', 'Space', 'Enter');
    await describeImpact(
      s,
      'Older disabled parents face both longer journeys and online forms they cannot use.',
    );
    await rateImpact(
      s,
      'Home visits are offered first to older disabled parents.',
      'The offices kept are within 30 minutes of most of the region by public transport.',
    );
    await s.press('1 intersectional impact so far', 'Enter');
    await s.answer(
      'Cumulative impact',
      'The 2027 bus route review may lengthen journeys to the offices kept.',
    );
    const aim = (limb: string) => `How does the policy pay due regard to aim ${limb}`;
    await s.answer(
      aim('(a)'),
      'Nobody loses the service: each way in leads to the same help, with adjustments.',
    );
    await s.answer(aim('(b)'), 'Home visits and call-backs reach people who could not travel to an office.');
    await s.answer(
      aim('(c)'),
      'Staff of the offices closing move to the three kept, with their local knowledge.',
    );
    await s.press('Outcome', 'Down', 'Enter');
    await s.answer('Why this outcome?', 'Adjusted after engagement: call-backs and home visits added.');
    await s.answer(
      'A plain-English summary',
      'Two of five walk-in offices close; phone, online and home-visit appointments replace them. Older and disabled people lose most, so call-backs and home visits come first.',
    );
    await s.press('Add an action?', 'Enter');
    await s.answer('What will be done?', 'Set up call-backs within one working day and home-visit requests.');
    await s.answer('Who owns it?', 'Head of Contact Centre');
    await s.answer('Due date', '2027-03-31');
    await s.answer('How will you know it worked?', '95% of call-backs within one working day.');
    await s.press('Which impacts does it address?', 'a', 'Enter');
    await s.press('Which data gaps does it fill?', 'Enter');
    await s.press('1 action;', 'Enter');
    await s.answer('What will be done?', 'Ask a sample of past visitors by post how they can reach us now.');
    await s.answer('Who owns it?', 'Performance and Insight Manager');
    await s.answer('Due date', '2027-02-28');
    await s.answer('How will you know it worked?', 'Replies from 300 past visitors, by age and disability.');
    await s.press('Which impacts does it address?', 'Enter');
    await s.press('Which data gaps does it fill?', 'Space', 'Enter');
    await s.press('2 actions;', 'Enter');
    await s.answer(
      'How will the policy be monitored',
      'Monthly use of phone, online and home visits by age and disability, by the Operations team.',
    );
    await s.answer('Next review date', '');
    await s.answer('Someone who carried out the assessment', 'Amara Okafor');
    await s.answer('Amara Okafor’s role', 'Head of Practice Policy');
    await s.answer('Someone who carried out the assessment', 'Ben Hughes');
    await s.answer('Ben Hughes’s role', 'Service Manager');
    await s.answer('Someone who carried out the assessment', '');
    await s.press('Had the decision already been taken', 'Enter');
    await s.answer('when was the analysis done?', '');
    await s.press('What now?', 'Enter');
    await s.waitFor(`Done. Next: \`eqia check ${id}\``);
    await s.waitFor('[exit 0]');
    writing.push(s.tally);

    const checked = await eqia('amara', 'check', id);
    expect(checked.code, checked.stdout).toBe(0);
    expect((await eqia('amara', 'submit', id)).stdout).toContain('in review at Equality lead review');

    // 2. The equality lead reads it section by section, gives verdicts, and sends it back.
    s = open('julie', `review ${id}`);
    for (const section of sections) {
      if (section === 'policy') {
        await s.press('Your verdict on policy', 'Up', 'Up', 'Up', 'Enter');
        await s.answer('Comment (optional)', 'Clear aims and scope.');
      } else if (section === 'analysis by characteristic') {
        await s.press('Your verdict on analysis', 'Up', 'Enter');
        await s.answer(
          'What should change?',
          'Disability: 31% of visitors are disabled. Record the impact of the closures on them.',
        );
      } else await s.press(`Your verdict on ${section}`, 'Enter');
    }
    await s.press('Approve this stage, or send it back?', 'Down', 'Enter');
    await s.answer('What must the author change?', 'Please record the disability impact; the rest is sound.');
    await s.waitFor('is back with its author');
    await s.waitFor('[exit 0]');
    const reviewing = s.tally;
    await eqia(
      'julie',
      'comment',
      id,
      '--section',
      'engagement',
      'Could Ability Matters test the phone menu?',
    );

    // 3. The author sees why it came back, and where.
    const shown = (await eqia('amara', 'show', id)).stdout;
    expect(shown).toContain('being assessed: changes requested by Julie Brown');
    expect(shown).toContain('Julie Brown judged it must be corrected: “Disability: 31% of visitors');
    const comment = /\[(\S+)\] Julie Brown: “Could Ability Matters/.exec(shown)?.[1] ?? '';
    expect(comment).not.toBe('');

    // `edit` opens at the section the reviewer said must be corrected, their words on screen.
    s = open('amara', `edit ${id}`);
    await s.waitFor('Julie Brown judged it must be corrected');
    await s.waitFor('Your conclusion on age');
    s.keys('C-n');
    await s.press('Your conclusion on disability', 'Up', 'Enter');
    await s.answer(
      'Your reasoning, in brief',
      'Closing offices lengthens journeys for disabled visitors, 31% of those surveyed.',
      { replace: true },
    );
    await s.press('Which evidence or data gaps does this rest on?', 'Enter');
    await s.press('0 impacts on disability', 'Enter');
    await describeImpact(
      s,
      'About 660 disabled visitors a year lose a nearby office; some cannot use the phone or the web unaided.',
    );
    await rateImpact(
      s,
      'Home visits, text relay and video calls with BSL interpreters.',
      'The offices kept are step-free and near transport.',
    );
    await s.press('1 impact on disability', 'Enter');
    // The call-back action addresses the new impact too: go to the action plan and change it.
    await s.waitFor('Your conclusion on gender reassignment');
    s.keys('C-g');
    await s.press('Go to which step?', ...Array<string>(12).fill('Down'), 'Enter');
    await s.press('Add an action?', 'Down', 'Enter');
    await s.press('Change its answers', 'Enter');
    await s.answer('What will be done?', '');
    await s.answer('Who owns it?', '');
    await s.answer('Due date', '');
    await s.answer('How will you know it worked?', '');
    await s.press('Which impacts does it address?', 'Down', 'Space', 'Enter');
    await s.press('Which data gaps does it fill?', 'Enter');
    await s.press('0 impacts and 0 data gaps still without one', 'Enter');
    await s.waitFor('How will the policy be monitored');
    s.keys('C-g');
    await s.press('Go to which step?', 'Down', 'Down', 'Enter');
    await s.press('What now?', 'Enter');
    await s.waitFor('[exit 0]');
    const correcting = s.tally;
    const replied = await eqia(
      'amara',
      'comment',
      id,
      '--section',
      'engagement',
      'Ability Matters tested it on 3 December; the menu now offers text relay.',
      '--reply-to',
      comment,
    );
    expect(replied.code).toBe(0);
    expect((await eqia('julie', 'comment', id, '--resolve', comment)).code).toBe(0);
    expect((await eqia('amara', 'check', id)).code).toBe(0);
    expect((await eqia('amara', 'submit', id)).code).toBe(0);

    // 4. Two approvals: the equality lead by command, the director on the review screen.
    const approved = await eqia('julie', 'approve', id, '--attest', '--comment', 'Disability now covered.');
    expect(approved.stdout).toContain('in review at Senior sign-off');
    s = open('sam', `review ${id}`);
    for (const section of sections) await s.press(`Your verdict on ${section}`, 'Enter');
    await s.press('Approve this stage, or send it back?', 'Enter');
    await s.press('Do you accept the attestation above?', 'y');
    await s.answer('Comment with your approval (optional)', 'Approved for the Operations Board.');
    await s.waitFor('is signed off');
    await s.waitFor('[exit 0]');

    // 5. The author publishes it and exports it; every sign-off is signed and the copy verifies.
    const location = 'https://www.example.org/equality/walk-in-offices';
    expect((await eqia('amara', 'publish', id, '--location', location)).code).toBe(0);
    for (const format of ['html', 'md', 'docx'])
      expect((await eqia('amara', 'export', id, '--out', `${id}.${format}`)).code).toBe(0);
    const html = await readFile(join(cwd, `${id}.html`), 'utf8');
    expect(html).toContain(title);
    expect(html).toContain('About 660 disabled visitors a year');
    const markdown = await readFile(join(cwd, `${id}.md`), 'utf8');
    expect(markdown).toContain(`# Equality impact assessment: ${title}`);
    expect(markdown).toContain('Two of five walk-in offices close;');
    expect((await readFile(join(cwd, `${id}.docx`))).subarray(0, 2).toString('latin1')).toBe('PK');
    const verified = await eqia('amara', 'verify', id);
    expect(verified.stdout).toContain('3 of 3 sign-offs signed');
    expect((await eqia('amara', 'verify', '--document', `${id}.html`)).code).toBe(0);
    const history = (await eqia('amara', 'history', id)).stdout;
    expect(history).toContain('Julie Brown requested changes');
    expect(history).toContain('Sam Patel approved');

    // What a full assessment takes, as docs/cli.md records it.
    const [w, r, c] = [sum(writing), reviewing, correcting];
    const measured = `Writing it took ${w.prompts} answers and ${w.keys + w.characters} keystrokes: ${w.keys} keys such as Enter and ↓, and ${w.characters} characters of text. The review took ${r.prompts} answers (${r.keys} keys, ${r.characters} characters), the correction ${c.prompts} (${c.keys} keys, ${c.characters} characters).`;
    const text = (await readFile(docs, 'utf8')).replace(/\s+/g, ' ');
    const recorded = /Writing it took .*? the correction .*?\)\./.exec(text)?.[0];
    expect(recorded, 'docs/cli.md records what this journey measured').toBe(measured);
  }, 600_000);
});
