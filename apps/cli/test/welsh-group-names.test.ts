import { beforeAll, describe, expect, it } from 'vitest';
import { storeFolder } from './support/binary.js';

// Another affected group's name is a text with a Welsh version, on the built binary: set in an answers
// file by the group's id, shown in Welsh, asked for by the check, written in a Welsh document.

describe('other groups’ names in Welsh (the built binary)', () => {
  const folder = storeFolder();
  const { run } = folder;

  beforeAll(async () => {
    await folder.make();
    const demo = await run('--lang', 'cy', 'demo');
    expect(demo.code, demo.stderr).toBe(0);
    const answers = await folder.written('groups.json', {
      policy: {
        title: 'Hybrid working for Family Court Advisers',
        aims: 'Flexible working',
        otherGroups: [
          { id: 'new_starters', label: 'New starters' },
          { id: 'part_time', label: 'Part-time advisers' },
        ],
      },
      welsh: { 'policy/otherGroups/new_starters/label': 'Dechreuwyr newydd' },
    });
    const edited = await run('--user', 'ben', 'edit', 'hybrid-working', '--answers', answers);
    expect(edited.code, edited.stderr).toBe(0);
  }, 120_000);

  it('shows each in Welsh where written, else its English marked', async () => {
    const shown = await run('show', 'hybrid-working', '--section', 'policy');
    expect(shown.stdout.split('\n').find((line) => line.startsWith('Yn effeithio ar:'))).toBe(
      'Yn effeithio ar: Dechreuwyr newydd, [Saesneg] Part-time advisers',
    );
  });

  it('is asked for by welsh-text-written where missing', async () => {
    const checked = await run('--json', 'check', 'hybrid-working');
    const findings = JSON.parse(checked.stdout) as { ruleId: string; path: string }[];
    const paths = findings.filter((f) => f.ruleId === 'welsh-text-written').map((f) => f.path);
    expect(paths).toContain('policy.otherGroups.1.label');
    expect(paths).not.toContain('policy.otherGroups.0.label');
  });

  it('is written in a Welsh document, the English one marked', async () => {
    const exported = await run('export', 'hybrid-working', '--format', 'html', '--lang', 'cy');
    expect(exported.stdout).toContain('Dechreuwyr newydd, <span lang="en-GB">Part-time advisers</span>');
  });
});
