import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { examples, tempDir } from './support/cli.js';

// A CSV of equality data with mistakes, refused in Welsh on the built CLI: each line and column named in
// Welsh, each problem in Welsh, the file named as Welsh names it; the exit code as in English.

describe('a bad CSV in a Welsh run', () => {
  let cwd: string;
  const welsh = (argv: string[]) => runBinary(cwd, ['--lang', 'cy', ...argv, '--user', 'julie']);
  beforeAll(async () => {
    cwd = await tempDir();
    expect((await runBinary(cwd, ['init', '--profile', 'cafcass'])).code).toBe(0);
  }, 60_000);

  it('refuses a pay gap CSV line by line in Welsh, an unknown measure too', async () => {
    const bad = join(cwd, 'bad-pay.csv');
    await writeFile(
      bad,
      'measure,value\nmean_hourly_gap,-0.2\nmedian_pay_gap,3\nmedian_hourly_gap,lots\nlower_quartile_men,60\nlower_quartile_women,30\n',
    );
    const run = await welsh([
      'data',
      'import',
      'pay-gap',
      bad,
      '--period',
      '2025-26',
      '--snapshot',
      '2025-03-31',
    ]);
    expect(run.code).toBe(6);
    expect(run.stderr.replace(/defnyddiwch un o: [^\n]*/, 'defnyddiwch un o: …')).toMatchInlineSnapshot(`
      "eqia data: Ni ellir darllen CSV y bwlch cyflog (bad-pay.csv):
        - llinell 3, colofn measure: mesur anhysbys "median_pay_gap" ar gyfer bwlch cyflog (sex): defnyddiwch un o: …
        - llinell 4, colofn value: nid yw "lots" yn rhif: ysgrifennwch ganran megis 12.5 neu -0.2
        - ar goll: ychwanegwch res "bonus_paid_men,<canran>"
        - ar goll: ychwanegwch res "bonus_paid_women,<canran>"
        - ar goll: ychwanegwch res "lower_middle_quartile_men,<canran>"
        - ar goll: ychwanegwch res "lower_middle_quartile_women,<canran>"
        - ar goll: ychwanegwch res "upper_middle_quartile_men,<canran>"
        - ar goll: ychwanegwch res "upper_middle_quartile_women,<canran>"
        - ar goll: ychwanegwch res "upper_quartile_men,<canran>"
        - ar goll: ychwanegwch res "upper_quartile_women,<canran>"
        - llinell 6, colofn value: mae cyfrannau’r chwartel isaf (60 ar linell 5 a 30) yn adio i 90, nid 100: gwiriwch y ddau
      "
    `);
  });

  it('refuses a workforce CSV line by line in Welsh', async () => {
    const bad = join(cwd, 'bad-workforce.csv');
    await writeFile(bad, 'category,count\nchristian,12\nchristian,3\nnone,-4\nnobody,5\ntotal,99\n');
    const run = await welsh(['data', 'import', 'workforce', bad, '--set', 'religion', '--period', '2025-26']);
    expect(run.code).toBe(6);
    expect(run.stderr.replace(/"religion": [^\n]*/, '"religion": …')).toMatchInlineSnapshot(`
      "eqia data: Ni ellir darllen CSV y gweithlu (bad-workforce.csv):
        - llinell 3: rhestrir "christian" eto (gyntaf ar linell 2): rhowch bob categori unwaith
        - llinell 4: mae’r cyfrif -4 yn negatif: mae cyfrif pobl yn 0 neu fwy
        - llinell 5: categori anhysbys "nobody": defnyddiwch id neu label o "religion": …
      "
    `);
  });

  it('refuses an insight CSV in Welsh', async () => {
    const bad = join(cwd, 'bad-caseload.csv');
    await writeFile(bad, 'category,number\n');
    const run = await welsh([
      'insight',
      '--population',
      bad,
      '--baseline',
      join(examples, 'census-ethnic-group.csv'),
      '--set',
      'ethnic_group',
      '--period',
      '2025',
      '--area',
      'England',
    ]);
    expect(run.code).toBe(6);
    expect(run.stderr).toMatchInlineSnapshot(`
      "eqia insight: Ni ellir darllen CSV y boblogaeth (bad-caseload.csv):
        - llinell 1: rhaid i’r llinell gyntaf fod yn bennawd "category,count", nid "category,number"
      "
    `);
  });
});
