import { beforeAll, describe, expect, it } from 'vitest';
import { storeFolder } from './support/binary.js';

// `eqia profile set --welsh-current` and `eqia edit --welsh-current`, on the built binary: the
// profile's or an assessment's Welsh, out of date since its English changed, recorded as still right
// without being written again.

type Run = ReturnType<typeof storeFolder>['run'];

/** What a refused command gives: its exit code and standard error. */
const refusal = async (run: Run, ...argv: string[]) => {
  const { code, stderr } = await run(...argv);
  return [code, stderr];
};

describe('eqia profile set --welsh-current', () => {
  const folder = storeFolder();
  const { run } = folder;
  // profile show prints the organisation, not the contact, so only its line can be marked.
  const outOfDate = (shown: string) => shown.split('\n').filter((line) => line.includes('[hen:'));

  beforeAll(async () => {
    await folder.make();
    expect((await run('--lang', 'cy', 'demo')).code).toBe(0);
    const shown = await run('--json', 'profile', 'show');
    const profile = JSON.parse(shown.stdout);
    profile.organisation = 'Cafcass (Children and Family Court Advisory and Support Service), Wales';
    profile.publishing.contact = 'The equality team';
    const file = await folder.written('profile.json', profile);
    const set = await run('--user', 'ops', 'profile', 'set', file);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain('organisation, publishing/contact');
  }, 120_000);

  it('records the Welsh named as still right, and leaves the rest out of date', async () => {
    expect(outOfDate((await run('profile', 'show')).stdout)).toHaveLength(1);
    const confirmed = await run('--user', 'ops', 'profile', 'set', '--welsh-current', 'organisation');
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(confirmed.stdout).toBe(
      '✓ Cofnodwyd bod Cymraeg y proffil yn dal yn gywir ar gyfer ei Saesneg fel y mae nawr: organisation.\n',
    );
    expect(confirmed.stderr).toContain(': publishing/contact. ');
    expect(outOfDate((await run('profile', 'show')).stdout)).toEqual([]);
  });

  it('refuses Welsh that is not there (exit 6) in either language, and the flag without set (exit 2)', async () => {
    const before = (await run('--json', 'profile', 'show')).stdout;
    expect(await refusal(run, '--user', 'ops', 'profile', 'set', '--welsh-current', 'nonsense')).toEqual([
      6,
      'eqia profile: Nid oes gan y proffil Gymraeg yn nonsense i’w chadarnhau fel un sy’n dal yn gywir. Ei Gymraeg sydd wedi dyddio: publishing/contact.\n',
    ]);
    expect(
      await refusal(run, '--lang', 'en', '--user', 'ops', 'profile', 'set', '--welsh-current', 'nonsense'),
    ).toEqual([
      6,
      'eqia profile: The profile has no Welsh at nonsense to confirm as still right. Its Welsh out of date: publishing/contact.\n',
    ]);
    expect((await run('--json', 'profile', 'show')).stdout).toBe(before);
    expect(await refusal(run, '--lang', 'en', 'profile', 'show', '--welsh-current', 'organisation')).toEqual([
      2,
      'eqia profile: --welsh-current goes with `eqia profile set`: `eqia profile set [<file.json>] --welsh-current <keys>`.\n',
    ]);
  });
});

describe('eqia edit --welsh-current', () => {
  const folder = storeFolder();
  const { run } = folder;
  const current = async () =>
    (
      JSON.parse((await run('--json', 'check', 'hybrid-working')).stdout) as {
        ruleId: string;
        path: string;
      }[]
    )
      .filter((finding) => finding.ruleId === 'welsh-text-current')
      .map((finding) => finding.path);

  beforeAll(async () => {
    await folder.make();
    expect((await run('--lang', 'cy', 'demo')).code).toBe(0);
    const answers = await folder.written('aims.json', {
      policy: { title: 'Hybrid working for Family Court Advisers', aims: 'Let advisers split their week.' },
    });
    expect((await run('--user', 'ben', 'edit', 'hybrid-working', '--answers', answers)).code).toBe(0);
  }, 120_000);

  it('records an assessment’s Welsh as still right for its English, without writing it again', async () => {
    expect(await current()).toEqual(['policy.aims']);
    const confirmed = await run('--user', 'ben', 'edit', 'hybrid-working', '--welsh-current', 'policy/aims');
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(await current()).toEqual([]);
  });

  it('refuses a text with no Welsh (exit 6), in either language, and another way given with it (exit 2)', async () => {
    expect(
      await refusal(run, '--user', 'ben', 'edit', 'hybrid-working', '--welsh-current', 'policy/scope'),
    ).toEqual([
      6,
      'eqia edit: Nid oes gan yr asesiad Gymraeg yn policy/scope i’w chadarnhau fel un sy’n dal yn gywir. Nid oes dim o’i Gymraeg wedi dyddio.\n',
    ]);
    expect(
      await refusal(
        run,
        '--lang',
        'en',
        '--user',
        'ben',
        'edit',
        'hybrid-working',
        '--welsh-current',
        'nonsense',
      ),
    ).toEqual([
      6,
      'eqia edit: The assessment has no Welsh at nonsense to confirm as still right. None of its Welsh is out of date.\n',
    ]);
    const both = await run(
      '--user',
      'ben',
      'edit',
      'hybrid-working',
      '--welsh-current',
      'policy/aims',
      '--answers',
      'aims.json',
    );
    expect(both.code).toBe(2);
  });
});
