import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Assessment,
  cafcassProfile,
  missingProfileWelsh,
  profileTextFields,
  textFields,
  workedExample,
} from '@eqia/core';
import { missingObjectiveWelsh, objectiveTextFields, staleObjectiveWelsh } from '@eqia/core/objectives';
import { createClient, createMemoryStore } from '@eqia/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../src/demo/build-demo.js';
import { fhdraAnalysisWelsh } from '../src/demo/cy/fhdra-analysis.cy.js';
import { fhdraContextWelsh } from '../src/demo/cy/fhdra-context.cy.js';
import { fhdraNamesWelsh } from '../src/demo/cy/fhdra-names.cy.js';
import { objectivesWelsh } from '../src/demo/cy/objectives.cy.js';
import { profileWelsh } from '../src/demo/cy/profile.cy.js';
import { hybridWorkingWelsh, stationeryWelsh } from '../src/demo/cy/samples.cy.js';
import { demoObjectives } from '../src/demo/objectives.js';
import { welshDemo } from '../src/demo/welsh-demo.js';
import { welshReviewRecord } from '../src/messages/welsh-review.js';
import { runBinary } from './support/binary.js';
import { tempDir, testNow } from './support/cli.js';

// `eqia --lang cy demo`: the demo of a body that publishes in Welsh and English, on the built binary.

describe('the Welsh body’s demo (eqia --lang cy demo)', () => {
  let cwd: string;
  let demo: { code: number | null; stdout: string; stderr: string };
  // No --lang after the demo: the store's profile says Welsh.
  const run = (argv: string[]) =>
    runBinary(cwd, ['--store', 'store', ...argv], {
      env: { EQIA_CONFIG: join(cwd, 'config.json'), HOME: cwd },
    });

  beforeAll(async () => {
    cwd = await tempDir();
    demo = await run(['--lang', 'cy', 'demo']);
  }, 120_000);

  it('says it made a Welsh body’s store, whose Welsh is machine-drafted, and publishes Welsh first', async () => {
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toContain('(proffil enghreifftiol Cafcass, yn cyhoeddi yn Gymraeg ac yn Saesneg');
    expect(demo.stdout.replace(/\s+/g, ' ')).toContain('nid yw siaradwr Cymraeg wedi’i hadolygu eto');
    const profile = JSON.parse((await run(['profile', 'show', '--json'])).stdout);
    expect(profile.languages).toEqual({ publishes: ['cy', 'en'], default: 'cy' });
  });

  it('says the samples’ states in Welsh as `eqia list` does', async () => {
    expect(demo.stdout).toMatch(/fhdra-pathfinder-r2 +drafft, diwygiad 2 /);
    expect(demo.stdout).toContain('yn cael ei adolygu yn y cam Adolygiad yr arweinydd cydraddoldeb, julie');
    const listed = (await run(['list'])).stdout;
    expect(listed).toMatch(/fhdra-pathfinder-r2 +drafft /);
    expect(listed).toContain('yn cael ei adolygu yn y cam Adolygiad yr arweinydd cydraddoldeb ');
  });

  it('names its samples by their Welsh titles, in its table and in `eqia due`, as `eqia list` does', async () => {
    expect(demo.stdout).toContain('Gweithio hybrid i Gynghorwyr Llys Teulu');
    expect(demo.stdout).not.toContain('Hybrid working for Family Court Advisers');
    const due = await run(['due']);
    expect(due.stdout).toContain('Cynllun peilot FHDRA drwy fideo');
    expect(due.stdout).not.toContain('[Saesneg]');
  });

  it('publishes a sample with all its Welsh: no finding, one document with the Welsh first', async () => {
    const checked = await run(['check', 'fhdra-pathfinder']);
    expect(checked.code, checked.stdout).toBe(0);
    expect(checked.stdout).toContain('Dim canfyddiadau');
    const html = await run(['export', 'fhdra-pathfinder', '--format', 'html']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('<html lang="cy">');
    const welsh = html.stdout.indexOf('<article lang="cy">');
    const english = html.stdout.indexOf('<article lang="en-GB">');
    expect(welsh).toBeGreaterThan(0);
    expect(english).toBeGreaterThan(welsh);
    expect(html.stdout).toContain(
      '<h1>Asesiad effaith cydraddoldeb: Fideo yn ddiofyn ar gyfer FHDRA yn y llysoedd Pathfinder</h1>',
    );
    expect(html.stdout).toContain(
      '<h1>Equality impact assessment: Video by default for FHDRAs in the Pathfinder courts</h1>',
    );
    // The Welsh version says the Welsh, not the English, of the texts.
    expect(html.stdout.slice(welsh, english)).toContain('Cynghorwyr Llys Teulu yn treulio mwy o amser');
    expect(html.stdout.slice(welsh, english)).not.toContain('Family Court Advisers spend more time');
  });

  it('flags the draft’s texts still without Welsh, and only those', async () => {
    const checked = await run(['check', 'hybrid-working', '--json']);
    expect(checked.code).toBe(1);
    const findings = JSON.parse(checked.stdout) as { ruleId: string; path: string; message: string }[];
    const missing = findings.filter((finding) => finding.ruleId === 'welsh-text-written');
    expect(missing.map((finding) => finding.path)).toMatchInlineSnapshot(`
      [
        "policy.team",
        "policy.scope",
        "policy.relatedPolicies",
        "screening.answers.carers.reason",
        "screening.answers.pregnancy_maternity.reason",
      ]
    `);
    expect(missing[0]?.message).toBe(
      'Nid oes fersiwn Gymraeg o’r testun yn policy/team, ac mae’r sefydliad yn cyhoeddi yn Gymraeg.',
    );
  });

  it('reports the equality objectives in Welsh, with no text left without Welsh', async () => {
    const objectives = await run(['objectives', 'report', '--format', 'md']);
    expect(objectives.code, objectives.stderr).toBe(0);
    expect(objectives.stderr).toBe('');
    expect(objectives.stdout).toContain('### Amcan 1: Data a dealltwriaeth well, wedi’u defnyddio’n dda');
    expect(objectives.stdout).toContain(
      'Y diweddariad diweddaraf: Mae’r cofnodi’n dal i godi; y dadansoddiad cyntaf o wahaniaethau wedi’i ddrafftio.',
    );
    const report = await run(['report', '--from', '2025-04-01', '--to', '2026-03-31', '--format', 'md']);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stderr).toBe('');
    expect(report.stdout).toContain('Arweinyddiaeth ac ymrwymiad');
    // What falls due next, too: the objectives' milestones by their Welsh.
    expect(report.stdout).toContain(
      '| Adolygu cyfweld a dethol er mwyn sicrhau tegwch | Pobl, diwylliant ac amgylchedd |',
    );
    // The samples' titles and actions by the Welsh their authors wrote, unmarked.
    expect(report.stdout).toContain(
      '| Cynllun peilot FHDRA drwy fideo mewn tair ardal barnwr teulu dynodedig |',
    );
    expect(report.stdout).toContain(
      '| Cynnal galwad i wirio’r dechnoleg gyda phob parti wythnos cyn y gwrandawiad. |',
    );
    // Its English half has the English, unmarked too: the Welsh half marks nothing of it as English.
    expect(report.stdout).not.toContain(
      '<span lang="en-GB">Video FHDRA pilot in three designated family judge areas',
    );
  });

  it('names the organisation, its audiences and stages in the profile’s Welsh, unmarked', async () => {
    const html = (await run(['export', 'fhdra-pathfinder', '--format', 'html'])).stdout;
    const english = html.indexOf('<article lang="en-GB">');
    const welshVersion = html.slice(0, english);
    expect(welshVersion).toContain(`<dd>${profileWelsh.organisation}</dd>`);
    expect(welshVersion).not.toContain(cafcassProfile.organisation);
    expect(html.slice(english)).toContain(`<dd>${cafcassProfile.organisation}</dd>`);
    const shown = await run(['profile', 'show']);
    expect(shown.stdout).toContain('Cynulleidfaoedd: Plant a phobl ifanc, Rhieni, gofalwyr a theuluoedd');
    expect(shown.stdout).toContain('Cadwyn gymeradwyo: Adolygiad yr arweinydd cydraddoldeb');
  });

  it('quotes what each stage’s signer attested in the profile’s Welsh, unmarked', async () => {
    const html = (await run(['export', 'fhdra-pathfinder', '--format', 'html'])).stdout;
    const welshVersion = html.slice(0, html.indexOf('<article lang="en-GB">'));
    for (const stage of cafcassProfile.approvalChain) {
      const attestation = profileWelsh[`approvalChain/${stage.id}/attestation`] ?? '';
      expect(welshVersion).toContain(attestation);
      expect(welshVersion).not.toContain(stage.attestation);
      expect(html).toContain(stage.attestation);
    }
  });

  it('marks the profile’s Welsh out of date once its English changes, until it is written again', async () => {
    const profile = JSON.parse((await run(['profile', 'show', '--json'])).stdout);
    const { changes: _, ...rest } = profile;
    await writeFile(join(cwd, 'renamed.json'), JSON.stringify({ ...rest, organisation: 'Cafcass Wales' }));
    const set = await run(['profile', 'set', 'renamed.json', '--user', 'ops']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain(
      '! Mae gan y proffil Gymraeg a ysgrifennwyd ar gyfer Saesneg sydd wedi newid ers hynny: organisation.',
    );
    const stored = JSON.parse((await run(['profile', 'show', '--json'])).stdout);
    expect(stored.schemaVersion).toBe(3);
    expect(Object.keys(stored.welshOf)).toEqual(['organisation']);
    expect((await run(['profile', 'show'])).stdout).toContain(
      `[hen: mae’r Saesneg wedi newid] ${profileWelsh.organisation}`,
    );
    const page = (await run(['export', 'fhdra-pathfinder', '--format', 'md'])).stdout;
    expect(page).toContain(`${profileWelsh.organisation} (Wedi dyddio:`);
    // The Welsh written again for the English of now: current, said nowhere.
    const again = {
      ...rest,
      organisation: 'Cafcass Wales',
      welsh: { ...rest.welsh, organisation: 'Cafcass Cymru' },
    };
    await writeFile(join(cwd, 'rewritten.json'), JSON.stringify(again));
    const rewritten = await run(['profile', 'set', 'rewritten.json', '--user', 'ops']);
    expect(rewritten.stderr).toBe('');
    expect((await run(['profile', 'show'])).stdout).toContain('Cafcass example profile — Cafcass Cymru\n');
    // Back as the demo made it: its Welsh changed back too, so written for the English of now.
    await writeFile(join(cwd, 'as-made.json'), JSON.stringify(rest));
    expect((await run(['profile', 'set', 'as-made.json', '--user', 'ops'])).stderr).toBe('');
  });

  it('warns of the profile’s texts without Welsh when its Welsh is taken away', async () => {
    const profile = JSON.parse((await run(['profile', 'show', '--json'])).stdout);
    const { welsh: _, welshOf: ___, changes: __, ...rest } = profile;
    await writeFile(join(cwd, 'no-welsh.json'), JSON.stringify({ ...rest, schemaVersion: 1 }));
    const set = await run(['profile', 'set', 'no-welsh.json', '--user', 'ops']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain('! Mae gan y proffil destunau heb Gymraeg');
    expect(set.stderr).toContain('organisation, publishing/contact');
    const report = await run(['objectives', 'report', '--format', 'md']);
    expect(report.stderr).toContain('audiences/staff/label');
    expect(report.stdout).toContain(`<span lang="en-GB">${cafcassProfile.organisation}</span>`);
  });

  it('gives every sample but the draft all its Welsh', async () => {
    for (const id of ['fhdra-video', 'fhdra-pilot', 'fhdra-pathfinder-r2', 'stationery-contract']) {
      const checked = JSON.parse((await run(['check', id, '--json'])).stdout) as { ruleId: string }[];
      expect(
        checked.filter((finding) => finding.ruleId.startsWith('welsh-')),
        id,
      ).toEqual([]);
    }
  });
});

describe('the Welsh of the demo’s samples', () => {
  const keysOf = (assessment: Assessment) =>
    textFields(assessment)
      .filter(({ english }) => english.trim() !== '')
      .map(({ key }) => key);

  it('is written for each text of the worked example but its title (each sample has its own), and no other', () => {
    const welsh = Object.keys({ ...fhdraContextWelsh, ...fhdraNamesWelsh, ...fhdraAnalysisWelsh }).sort();
    expect(welsh).toEqual(
      keysOf(workedExample)
        .filter((key) => key !== 'policy/title')
        .sort(),
    );
  });

  it('names only the texts of the draft and the screened-out record', () => {
    const policyAndScreening =
      /^(policy\/(title|summary|aims|scope|team)|screening\/(answers\/\w+\/reason|decision\/rationale))$/;
    for (const key of [...Object.keys(hybridWorkingWelsh), ...Object.keys(stationeryWelsh)])
      expect(key).toMatch(policyAndScreening);
  });

  it('is in the record of Welsh to check, beside its English, unreviewed', async () => {
    const rows = (await welshReviewRecord()).filter((row) => row.id.startsWith('cli.demoSamples.'));
    expect(rows.length).toBe(
      Object.keys({ ...fhdraContextWelsh, ...fhdraNamesWelsh, ...fhdraAnalysisWelsh }).length + 25,
    );
    expect(rows.filter((row) => row.en === '' || row.cy === '' || row.reviewed)).toEqual([]);
    expect(rows.find((row) => row.id === 'cli.demoSamples.fhdra.policy/aims')?.en).toBe(
      workedExample.policy.aims,
    );
    expect(rows.find((row) => row.id === 'cli.demoSamples.titles.fhdra-video')).toMatchObject({
      en: workedExample.policy.title,
      cy: 'Fideo yn ddiofyn ar gyfer apwyntiadau datrys anghydfod mewn gwrandawiad cyntaf',
    });
  });
});

describe('the Welsh of the demo’s profile', () => {
  it('is written for every text the profile prints but the catalogue’s characteristics, and no other', () => {
    expect(missingProfileWelsh(welshDemo.profile)).toEqual([]);
    const keys = new Set(profileTextFields(welshDemo.profile).map((field) => field.key));
    expect(Object.keys(profileWelsh).filter((key) => !keys.has(key))).toEqual([]);
    expect(welshDemo.profile.schemaVersion).toBe(2);
  });

  it('is in the record of Welsh to check, beside its English, unreviewed', async () => {
    const rows = (await welshReviewRecord()).filter((row) => row.id.startsWith('cli.demoProfile.'));
    expect(rows.length).toBe(Object.keys(profileWelsh).length);
    expect(rows.filter((row) => row.en === '' || row.cy === '' || row.reviewed)).toEqual([]);
    expect(rows.find((row) => row.id === 'cli.demoProfile.audiences/staff/label')).toMatchObject({
      en: 'Staff',
      cy: 'Staff',
    });
  });
});

describe('the Welsh of the demo’s objectives', () => {
  it('is written for every text each objective has, its updates’ too, and for no other', async () => {
    const store = createMemoryStore();
    await buildDemo(store, new Date(testNow), { language: welshDemo });
    const julie = await createClient({ store, user: 'julie' });
    const objectives = await julie.objectives.all();
    await julie.close();
    expect(objectives.map((objective) => objective.id).sort()).toEqual(Object.keys(objectivesWelsh).sort());
    for (const objective of objectives) {
      expect(missingObjectiveWelsh(objective), objective.id).toEqual([]);
      expect(staleObjectiveWelsh(objective), objective.id).toEqual([]);
      const keys = new Set(objectiveTextFields(objective).map((field) => field.key));
      expect(Object.keys(objective.welsh ?? {}).filter((key) => !keys.has(key))).toEqual([]);
      expect(objective.updates).toHaveLength(4);
      expect(objective.approvals.map((approval) => approval.comment)).toEqual(['Cymeradwywyd gan y Bwrdd.']);
    }
  });

  it('names each objective by the id its title would give it, so the English demo keeps its ids', async () => {
    const julie = await createClient({
      store: createMemoryStore({ profile: cafcassProfile }),
      user: 'julie',
    });
    for (const { id, content } of demoObjectives('2025-04-01', '2028-03-31'))
      expect((await julie.objectives.create(content)).objective.id).toBe(id);
    await julie.close();
  });

  it('is in the record of Welsh to check, beside its English, unreviewed', async () => {
    const rows = (await welshReviewRecord()).filter((row) => row.id.startsWith('cli.demoObjectives.'));
    const texts = Object.values(objectivesWelsh).reduce(
      (count, welsh) => count + Object.keys(welsh).length,
      0,
    );
    expect(rows.length).toBe(texts + 1);
    expect(rows.filter((row) => row.en === '' || row.cy === '' || row.reviewed)).toEqual([]);
    expect(
      rows.find((row) => row.id === 'cli.demoObjectives.leadership-and-commitment.updates/q4/whatChanged'),
    ).toMatchObject({
      en: 'Two areas changed rota rules for staff with caring responsibilities.',
      cy: 'Newidiodd dau faes reolau’r rota ar gyfer staff â chyfrifoldebau gofalu.',
    });
  });
});
