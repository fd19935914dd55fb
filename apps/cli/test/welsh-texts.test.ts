import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';

// What authors wrote, read in a Welsh run on the built binary: `show` and `objectives show` give each
// text's Welsh version, and the English of a text without one, said to be English.

describe('texts in a Welsh run (show, objectives show)', () => {
  let cwd: string;
  const run = (argv: string[]) =>
    runBinary(cwd, ['--store', 'store', ...argv], {
      env: { EQIA_CONFIG: join(cwd, 'config.json'), HOME: cwd },
    });

  beforeAll(async () => {
    cwd = await tempDir();
    const demo = await run(['--lang', 'cy', 'demo']);
    expect(demo.code, demo.stderr).toBe(0);
  }, 120_000);

  it('shows the Welsh of an assessment, and English with no Welsh marked as English', async () => {
    const shown = await run(['show', 'hybrid-working', '--section', 'policy']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatchInlineSnapshot(`
      "Gweithio hybrid i Gynghorwyr Llys Teulu
      hybrid-working · diwygiad 1 · drafft
      Canfyddiadau: 23 gwall, 5 rhybudd — \`eqia check hybrid-working\`

      Polisi
      Teitl: Gweithio hybrid i Gynghorwyr Llys Teulu (HR-PL-2026-11)
      Math: Polisi (diwygiedig)   Tîm: [Saesneg] People directorate   Perchennog: Ben Hughes
      Nodau: Galluogi Cynghorwyr Llys Teulu i rannu eu hwythnos rhwng y cartref, y swyddfa a’r llys, gydag o leiaf ddau ddiwrnod yr wythnos wyneb yn wyneb gyda chydweithwyr, fel bod dysgu ymarfer a llesiant yn gwella heb golli hyblygrwydd.
      Cwmpas: [Saesneg] All Family Court Advisers and their managers in England. Business support staff are covered by a separate policy.
      Yn effeithio ar: Staff, Plant a phobl ifanc
      Aseswyd gan: Ben Hughes (Service Manager), Priya Shah (HR Business Partner)
      "
    `);
  });

  it('names stages as the profile names them in Welsh, and marks English a profile left unwritten', async () => {
    const stage = (out: string) => out.split('\n').find((line) => line.startsWith('fhdra-video'));
    const listed = await run(['list']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(stage(listed.stdout)).toContain('yn cael ei adolygu yn y cam Adolygiad yr arweinydd cydraddoldeb');
    const shown = await run(['show', 'fhdra-video', '--section', 'policy']);
    expect(shown.stdout.split('\n')[1]).toMatchInlineSnapshot(
      `"fhdra-video · diwygiad 1 · yn cael ei adolygu yn y cam Adolygiad yr arweinydd cydraddoldeb"`,
    );
    // The same store in English, and a store whose profile has no Welsh read in Welsh.
    const english = await run(['--lang', 'en', 'list']);
    expect(stage(english.stdout)).toContain('in review at Equality lead review');
    const plain = await runBinary(cwd, ['--store', 'plain', 'demo'], {
      env: { EQIA_CONFIG: join(cwd, 'config.json'), HOME: cwd },
    });
    expect(plain.code, plain.stderr).toBe(0);
    const unwritten = await runBinary(
      cwd,
      ['--store', 'plain', '--lang', 'cy', 'show', 'fhdra-video', '--section', 'policy'],
      { env: { EQIA_CONFIG: join(cwd, 'config.json'), HOME: cwd } },
    );
    expect(unwritten.stdout.split('\n').filter((line) => /cam|effeithio/.test(line))).toMatchInlineSnapshot(`
      [
        "fhdra-video · diwygiad 1 · yn cael ei adolygu yn y cam [Saesneg] Equality lead review",
        "Yn effeithio ar: [Saesneg] Children and young people, [Saesneg] Parents, carers and families, [Saesneg] Staff",
      ]
    `);
  }, 120_000);

  it('shows the English as written in an English run', async () => {
    const shown = await run(['--lang', 'en', 'show', 'hybrid-working', '--section', 'policy']);
    expect(shown.stdout).toContain('Scope: All Family Court Advisers and their managers in England.');
    expect(shown.stdout).not.toContain('[English]');
  });

  it('shows an objective in Welsh', async () => {
    const shown = await run(['objectives', 'show', 'leadership-and-commitment']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout.split('\n').slice(0, 9).join('\n')).toMatchInlineSnapshot(`
      "Arweinyddiaeth ac ymrwymiad
      Ar y gweill · perchennog: Nadia Rahman · 2025-08-20 i 2028-08-20
      Cynnydd diweddaraf: Gwyrdd (ar y trywydd), a adroddwyd ar gyfer 2026-08-20

      Rhoi’r gallu i bob arweinydd a rheolwr arwain yn gynhwysol: parchu unigrywiaeth cydweithwyr, diystyru gwahaniaethu a sicrhau bod pawb yn teimlo bod eu cyfraniad yn cael ei werthfawrogi.

      Mesurau
        Meysydd gwasanaeth sy’n cynnal dwy sesiwn ‘meddwl ar y cyd’ y flwyddyn: llinell sylfaen 0%, targed 100%, 100% ar 2026-08-20
        Arolwg staff: ‘mae fy nghyfraniad yn cael ei werthfawrogi’: llinell sylfaen 64%, targed 75%, 67% ar 2026-05-20"
    `);
  });
});
