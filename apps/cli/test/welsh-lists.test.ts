import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { storeFolder } from './support/binary.js';
import { examples } from './support/cli.js';

// `eqia list` and `eqia objectives list` in a Welsh run, on the built binary: each title in Welsh where
// one is written, else its English marked as English, as `show` marks it.

describe('the lists of a Welsh run', () => {
  const { make, run, written } = storeFolder();

  beforeAll(async () => {
    await make();
    expect((await run('--lang', 'cy', 'demo')).code).toBe(0);
    const answers = await written('new.json', { policy: { title: 'Car parking' } });
    expect((await run('new', '--answers', answers, '--id', 'car-parking', '--user', 'amara')).code).toBe(0);
  }, 120_000);

  it('list assessments by their Welsh titles, an assessment without one by its English, said to be English', async () => {
    const listed = await run('list');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('Gweithio hybrid i Gynghorwyr Llys Teulu');
    expect(listed.stdout).not.toContain('Hybrid working for Family Court Advisers');
    expect(listed.stdout).toMatch(/car-parking .* \[Saesneg\] Car parking\n/);
  });

  it('print each Welsh title in the JSON as welshTitle, and none for an assessment without one', async () => {
    const listings = JSON.parse((await run('list', '--json')).stdout) as Record<string, unknown>[];
    const byId = new Map(listings.map((listing) => [listing.id, listing]));
    expect(byId.get('hybrid-working')).toMatchObject({
      title: 'Hybrid working for Family Court Advisers',
      welshTitle: 'Gweithio hybrid i Gynghorwyr Llys Teulu',
    });
    // After the title, which it is the Welsh of.
    const keys = Object.keys(byId.get('hybrid-working') ?? {});
    expect(keys.indexOf('welshTitle')).toBe(keys.indexOf('title') + 1);
    expect(byId.get('car-parking')).not.toHaveProperty('welshTitle');
  });

  it('mark a Welsh title written for English that has changed since, as show marks it', async () => {
    const title = await written('title.json', { policy: { title: 'Hybrid working for every adviser' } });
    const edited = await run('edit', 'hybrid-working', '--answers', title, '--user', 'ben');
    expect(edited.code, edited.stderr).toBe(0);
    const listed = await run('list');
    expect(listed.stdout).toContain(
      '[hen: mae’r Saesneg wedi newid] Gweithio hybrid i Gynghorwyr Llys Teulu',
    );
    const listings = JSON.parse((await run('list', '--json')).stdout) as Record<string, unknown>[];
    expect(listings.find((listing) => listing.id === 'hybrid-working')).toMatchObject({
      welshTitle: 'Gweithio hybrid i Gynghorwyr Llys Teulu',
      welshTitleStale: true,
    });
    expect(listings.find((listing) => listing.id === 'stationery-contract')).not.toHaveProperty(
      'welshTitleStale',
    );
  });

  it('name each assessment in check --all by its Welsh title too, else its English marked', async () => {
    const checked = await run('check', '--all');
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('Adnewyddu’r contract cyflenwi deunydd ysgrifennu i’r swyddfa');
    expect(checked.stdout).not.toContain('Renewal of the office stationery supply contract');
    expect(checked.stdout).toMatch(/car-parking {2}\[Saesneg\] Car parking /);
    const english = await run('--lang', 'en', 'check', '--all');
    expect(english.stdout).toContain('Renewal of the office stationery supply contract');
  });

  it('list as written in an English run', async () => {
    const listed = await run('--lang', 'en', 'list');
    expect(listed.stdout).toContain('Hybrid working for every adviser');
    expect(listed.stdout).toMatch(/car-parking .* {2}Car parking\n/);
    expect(listed.stdout).not.toMatch(/Gweithio|\[English\]/);
  });

  it('list objectives by their Welsh titles, else their English marked, and Welsh older than its English marked so', async () => {
    const id = 'accessible-services-for-disabled-parents';
    const objective = join(examples, 'objective.json');
    expect((await run('objectives', 'new', '--answers', objective, '--user', 'julie')).code).toBe(0);
    const block = async (...argv: string[]) => {
      const listed = await run('objectives', 'list', ...argv);
      expect(listed.code, listed.stderr).toBe(0);
      return listed.stdout.split('\n\n').find((lines) => lines.startsWith(id));
    };
    expect((await run('objectives', 'list')).stdout).toContain('\n  Arweinyddiaeth ac ymrwymiad\n');
    expect(await block()).toContain('\n  [Saesneg] Accessible services for disabled parents\n');

    const welsh = await written('welsh.json', { welsh: { title: 'Gwasanaethau hygyrch i rieni anabl' } });
    expect((await run('objectives', 'edit', id, '--answers', welsh, '--user', 'julie')).code).toBe(0);
    expect(await block()).toContain('\n  Gwasanaethau hygyrch i rieni anabl\n');

    const english = await written('english.json', { title: 'Accessible services for every disabled parent' });
    expect((await run('objectives', 'edit', id, '--answers', english, '--user', 'julie')).code).toBe(0);
    expect(await block()).toContain(
      '\n  [hen: mae’r Saesneg wedi newid] Gwasanaethau hygyrch i rieni anabl\n',
    );
    expect(await block('--lang', 'en')).toContain('\n  Accessible services for every disabled parent\n');
  });
});
