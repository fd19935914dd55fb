import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { compareToBaseline, entriesAt, wilsonInterval } from '../src/analysis.js';
import { checkClock } from '../src/checks/engine.js';
import {
  applySectionPatches,
  createLifecycle,
  type EqiaError,
  migrateSnapshot,
  recordWording,
  religionCategories,
  SNAPSHOT_VERSION,
  ValidationError,
} from '../src/index.js';
import { welshRecordWords } from '../src/labels/cy/records.js';
import { migrateObjectiveSnapshot } from '../src/objectives/objective-log.js';
import { createEvent, startingAssessment } from './fixtures/lifecycle.js';

// Errors that bad input or a newer store can reach are told as data (`told`), so a Welsh client says
// them in Welsh: each pinned here in English, as thrown, and in Welsh, as a client words it again.

const refused = (run: () => unknown): EqiaError => {
  try {
    run();
  } catch (error) {
    return error as EqiaError;
  }
  throw new Error('not refused');
};
const both = (error: EqiaError) => {
  if (!error.told) throw new Error(`not told: ${error.message}`);
  return [error.message, recordWording(welshRecordWords, error.told)];
};

describe('errors told in both languages', () => {
  it('an edit’s patches that cannot stand', () => {
    const before = startingAssessment();
    const edit = (section: 'policy' | 'screening' | 'actions', patches: unknown[]) =>
      both(refused(() => applySectionPatches(before, section, patches as never)));
    expect(
      edit('policy', [{ op: 'replace', path: ['decision', 'notes'], value: 'x' }]),
    ).toMatchInlineSnapshot(`
      [
        "An edit of "policy" may only change paths under /policy; this one touches /decision/notes.",
        "Dim ond llwybrau o dan /policy y caiff golygiad o "policy" eu newid; mae’r un hwn yn cyffwrdd â /decision/notes.",
      ]
    `);
    expect(
      edit('screening', [
        { op: 'replace', path: ['screening', 'decision'], value: { kind: 'screened_out', rationale: 'x' } },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "The screening decision changes only through a screening event (screen), so that it is recorded with its rationale.",
        "Dim ond drwy ddigwyddiad sgrinio (screen) y mae’r penderfyniad sgrinio yn newid, fel y caiff ei gofnodi gyda’i resymeg.",
      ]
    `);
    expect(edit('policy', [{ op: 'replace', path: ['policy', 'title'], value: 7 }])).toMatchInlineSnapshot(`
      [
        "The edit of "policy" would make the assessment invalid:
        - policy.title: give text, not a number",
        "Byddai’r golygiad o "policy" yn gwneud yr asesiad yn annilys:",
      ]
    `);
    expect(
      edit('policy', [{ op: 'add', path: ['welsh'], value: { 'decision/notes': 'Nodiadau' } }]),
    ).toMatchInlineSnapshot(`
      [
        "An edit of "policy" may only change the Welsh text of its own fields; this one changes decision/notes.",
        "Dim ond testun Cymraeg ei feysydd ei hun y caiff golygiad o "policy" ei newid; mae’r un hwn yn newid decision/notes.",
      ]
    `);
    expect(
      edit('policy', [{ op: 'add', path: ['welsh'], value: { 'policy/title': 7 } }]),
    ).toMatchInlineSnapshot(`
      [
        "The edit of "policy" would make its Welsh text invalid:
        - welsh.policy/title: give text, not a number",
        "Byddai’r golygiad o "policy" yn gwneud ei destun Cymraeg yn annilys:",
      ]
    `);
    const unapplied = refused(() =>
      applySectionPatches(before, 'actions', [{ op: 'replace', path: ['actions', 5, 'title'], value: 'x' }]),
    );
    // What immer said stays as it said it, inside the Welsh sentence.
    expect(both(unapplied)[1]).toBe(
      `Ni ellir gweithredu’r golygiad o "actions": ${(unapplied.cause as Error).message}`,
    );
    expect(unapplied.told?.id).toBe('editUnapplied');
  });

  it('a new assessment that lists editors', () => {
    const listed = produce(startingAssessment(), (draft) => {
      draft.editors = ['ben', 'amara'];
    });
    const error = refused(() => createLifecycle().start({ ...createEvent(), assessment: listed }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(both(error)).toMatchInlineSnapshot(`
      [
        "A new assessment has no editors yet, but this one lists ben, amara: the lifecycle adds each editor as they record an edit.",
        "Nid oes golygyddion gan asesiad newydd eto, ond mae’r un hwn yn rhestru ben, amara: mae’r cylch bywyd yn ychwanegu pob golygydd wrth iddynt gofnodi golygiad.",
      ]
    `);
  });

  it('a snapshot or objective a newer eqia wrote, or none did', () => {
    expect(
      both(refused(() => migrateSnapshot({ snapshotVersion: SNAPSHOT_VERSION + 1 }))),
    ).toMatchInlineSnapshot(`
      [
        "The snapshot is version 7, newer than this eqia understands (up to 6): upgrade eqia.",
        "Fersiwn 7 yw’r ciplun, sy’n fwy newydd nag y mae’r eqia hwn yn ei ddeall (hyd at 6): uwchraddiwch eqia.",
      ]
    `);
    expect(both(refused(() => migrateSnapshot({ snapshotVersion: '2' })))).toMatchInlineSnapshot(`
      [
        "The snapshot has no valid snapshotVersion (found "2"): it was not written by eqia.",
        "Nid oes snapshotVersion dilys gan y ciplun (cafwyd "2"): nid eqia a’i hysgrifennodd.",
      ]
    `);
    expect(both(refused(() => migrateSnapshot(null)))).toMatchInlineSnapshot(`
      [
        "The snapshot has no valid snapshotVersion (found undefined): it was not written by eqia.",
        "Nid oes snapshotVersion dilys gan y ciplun (cafwyd undefined): nid eqia a’i hysgrifennodd.",
      ]
    `);
    expect(
      both(refused(() => migrateObjectiveSnapshot({ snapshotVersion: 99 }, '/srv/eqia'))),
    ).toMatchInlineSnapshot(`
      [
        "An objective in the store at /srv/eqia was written by a newer eqia (snapshot version 99): upgrade eqia to read it.",
        "Ysgrifennwyd amcan yn y storfa yn /srv/eqia gan eqia mwy newydd (fersiwn ciplun 99): uwchraddiwch eqia i’w ddarllen.",
      ]
    `);
    expect(
      both(refused(() => migrateObjectiveSnapshot({ snapshotVersion: 0 }, '/srv/eqia'))),
    ).toMatchInlineSnapshot(`
      [
        "An objective in the store at /srv/eqia has no valid snapshotVersion (found 0): it was not written by eqia.",
        "Nid oes snapshotVersion dilys gan amcan yn y storfa yn /srv/eqia (cafwyd 0): nid eqia a’i hysgrifennodd.",
      ]
    `);
    expect(both(refused(() => migrateObjectiveSnapshot(undefined, '/srv/eqia')))).toMatchInlineSnapshot(`
      [
        "An objective in the store at /srv/eqia has no valid snapshotVersion (found undefined): it was not written by eqia.",
        "Nid oes snapshotVersion dilys gan amcan yn y storfa yn /srv/eqia (cafwyd undefined): nid eqia a’i hysgrifennodd.",
      ]
    `);
  });

  it('figures an analysis cannot use', () => {
    expect(both(refused(() => wilsonInterval(1, 2, 1)))).toMatchInlineSnapshot(`
      [
        "The confidence level must lie between 0 and 1 (such as 0.95), not 1.",
        "Rhaid i’r lefel hyder fod rhwng 0 ac 1 (fel 0.95), nid 1.",
      ]
    `);
    expect(both(refused(() => wilsonInterval(3, 2)))).toMatchInlineSnapshot(`
      [
        "A Wilson interval needs whole numbers 0 ≤ count ≤ total and total > 0, not 3 of 2.",
        "Mae cyfwng Wilson angen rhifau cyfan 0 ≤ nifer ≤ cyfanswm a chyfanswm > 0, nid 3 o 2.",
      ]
    `);
    expect(
      both(refused(() => compareToBaseline({} as never, {} as never, { threshold: 1.5 }))),
    ).toMatchInlineSnapshot(`
      [
        "The small-count threshold must be a whole number, 0 or more, not 1.5.",
        "Rhaid i’r trothwy cyfrif bach fod yn rhif cyfan, 0 neu fwy, nid 1.5.",
      ]
    `);
    expect(
      both(refused(() => compareToBaseline({} as never, {} as never, { confidence: 0 }))),
    ).toMatchInlineSnapshot(`
      [
        "The confidence level must lie between 0 and 1 (such as 0.95), not 0.",
        "Rhaid i’r lefel hyder fod rhwng 0 ac 1 (fel 0.95), nid 0.",
      ]
    `);
    expect(both(refused(() => entriesAt(religionCategories, 'groups')))).toMatchInlineSnapshot(`
      [
        "The census set "religion" has no broader groups: compare it at the level of its categories.",
        "Nid oes grwpiau ehangach gan set y cyfrifiad "religion": cymharwch hi ar lefel ei chategorïau.",
      ]
    `);
  });

  it('a clock the checks cannot read', () => {
    expect(both(refused(() => checkClock('yesterday')))).toMatchInlineSnapshot(`
      [
        "The check clock "yesterday" is not an ISO date-time: pass one such as 2026-03-02T10:00:00Z.",
        "Nid yw cloc y gwiriadau "yesterday" yn ddyddiad ac amser ISO: rhowch un fel 2026-03-02T10:00:00Z.",
      ]
    `);
  });
});
