import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishFingerprint, parseWith, UnsupportedVersionError } from '../src/index.js';
import {
  foldObjectiveLog,
  migrateObjectiveSnapshot,
  missingObjectiveWelsh,
  OBJECTIVE_SNAPSHOT_VERSION,
  type Objective,
  ObjectiveChanges,
  ObjectiveTextKey,
  objectiveTextFields,
  staleObjectiveWelsh,
  withObjectiveWelsh,
} from '../src/objectives.js';
import { lead, ObjectiveLog, owner } from './fixtures/objectives.js';

const edit = (changes: Record<string, unknown>) => ({ type: 'editObjective', changes });
const progress = {
  type: 'recordProgress',
  update: { id: 'q1', asOf: '2026-06-30', by: 'sam', rag: 'green', narrative: 'On track.', whatChanged: '' },
};

describe('the text fields of an objective', () => {
  it('are its words, keyed by list item ids, never its numbers, dates or owner', () => {
    const log = new ObjectiveLog();
    log.approved();
    const objective = log.apply(owner, progress);
    expect(objectiveTextFields(objective)).toEqual([
      { key: 'title', path: 'title', english: 'Better data and insight, used well' },
      {
        key: 'statement',
        path: 'statement',
        english: 'Collect and use equality data about the children and families we work with.',
      },
      { key: 'rationale', path: 'rationale', english: '' },
      {
        key: 'measures/ethnicity-recorded/indicator',
        path: 'measures.0.indicator',
        english: 'Cases with ethnicity recorded',
      },
      {
        key: 'milestones/m1/description',
        path: 'milestones.0.description',
        english: 'New case-recording fields live',
      },
      { key: 'updates/q1/narrative', path: 'updates.0.narrative', english: 'On track.' },
      { key: 'updates/q1/whatChanged', path: 'updates.0.whatChanged', english: '' },
      { key: 'closingNote', path: 'closingNote', english: '' },
    ]);
  });

  it('each have a distinct, valid key', () => {
    const log = new ObjectiveLog();
    log.approved();
    const keys = objectiveTextFields(log.apply(owner, progress)).map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(ObjectiveTextKey.safeParse(key).success).toBe(true);
  });

  it('refuse a key that names no part of an objective', () => {
    expect(() =>
      parseWith(ObjectiveChanges, { welsh: { 'policy/aims': 'Nodau', owner: 'x' } }, 'The change'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: The change is not valid:
        - welsh.policy/aims: name a text field of the objective, as in statement or milestones/ms-1/description
        - welsh.owner: name a text field of the objective, as in statement or milestones/ms-1/description]
    `);
    expect(ObjectiveChanges.safeParse({ welshOf: { title: 'not-hex' } }).error?.issues[0]?.message).toBe(
      'an 8-digit hex fingerprint',
    );
  });
});

describe('the Welsh of an objective', () => {
  it('is given when it is set up, each version with the English it was written for', () => {
    const objective = new ObjectiveLog().create({ welsh: { title: 'Data gwell', statement: '  ' } });
    expect(objective.welsh).toEqual({ title: 'Data gwell' });
    expect(objective.welshOf).toEqual({ title: englishFingerprint(objective.title) });
    expect(missingObjectiveWelsh(objective).map((field) => field.key)).toEqual([
      'statement',
      'measures/ethnicity-recorded/indicator',
      'milestones/m1/description',
    ]);
  });

  it('leaves an objective without Welsh exactly as it was', () => {
    const objective = new ObjectiveLog().create();
    expect(objective).not.toHaveProperty('welsh');
    expect(objective).not.toHaveProperty('welshOf');
    expect(withObjectiveWelsh(objective)).toEqual(objective);
  });

  it('is set key by key, an empty text removing its version and its fingerprint', () => {
    const log = new ObjectiveLog();
    log.create({ welsh: { title: 'Data gwell', statement: 'Casglu data.' } });
    const edited = log.apply(owner, edit({ welsh: { title: '' } }));
    expect(edited.welsh).toEqual({ statement: 'Casglu data.' });
    expect(Object.keys(edited.welshOf ?? {})).toEqual(['statement']);
    const none = log.apply(owner, edit({ welsh: { statement: '' } }));
    expect(none).not.toHaveProperty('welsh');
    expect(none).not.toHaveProperty('welshOf');
  });

  it('counts English changed in the same edit, and goes out of date when the English changes later', () => {
    const log = new ObjectiveLog();
    log.create();
    const both = log.apply(owner, edit({ title: 'Better data', welsh: { title: 'Data gwell' } }));
    expect(staleObjectiveWelsh(both)).toEqual([]);
    const later = log.apply(owner, edit({ title: 'Better data, used' }));
    expect(staleObjectiveWelsh(later)).toEqual([
      { key: 'title', path: 'title', english: 'Better data, used' },
    ]);
    // Setting the same Welsh again records it as checked against the English now.
    expect(staleObjectiveWelsh(log.apply(owner, edit({ welsh: { title: 'Data gwell' } })))).toEqual([]);
  });

  it('keeps the English a file says its Welsh was written for', () => {
    const log = new ObjectiveLog();
    log.create();
    const objective = log.apply(
      owner,
      edit({ welsh: { title: 'Data gwell' }, welshOf: { title: '0badbeef' } }),
    );
    expect(objective.welshOf).toEqual({ title: '0badbeef' });
    expect(staleObjectiveWelsh(objective).map((field) => field.key)).toEqual(['title']);
  });

  it('counts Welsh with no fingerprint as current, and keeps none for a field that does not exist', () => {
    const objective = { ...new ObjectiveLog().create(), welsh: { title: 'Data gwell' } };
    expect(staleObjectiveWelsh(objective)).toEqual([]);
    const orphan = withObjectiveWelsh(objective, { 'milestones/gone/description': 'Wedi mynd' });
    expect(orphan.welsh).toEqual({ title: 'Data gwell', 'milestones/gone/description': 'Wedi mynd' });
    expect(orphan).not.toHaveProperty('welshOf');
  });

  it('may be written after approval and after the objective has ended, unlike its English', () => {
    const log = new ObjectiveLog();
    log.approved();
    log.apply(owner, progress);
    const translated = log.apply(owner, edit({ welsh: { 'updates/q1/narrative': 'Ar y trywydd iawn.' } }));
    expect(translated.welsh).toEqual({ 'updates/q1/narrative': 'Ar y trywydd iawn.' });
    log.apply(owner, { type: 'closeObjective', outcome: 'met', note: 'Target reached.' });
    const closed = log.apply(lead, edit({ welsh: { closingNote: 'Targed wedi’i gyrraedd.' } }));
    expect(closed.status).toBe('met');
    expect(closed.welsh?.closingNote).toBe('Targed wedi’i gyrraedd.');
    expect(() => log.apply(lead, edit({ title: 'Another', welsh: { title: 'Arall' } }))).toThrow(
      /editObjective is not possible on objective obj-data: it is met/,
    );
    expect(() => log.apply(owner, edit({ welsh: { title: 'Data' }, statement: 'New.' }))).toThrow(
      /it is met/,
    );
    expect(foldObjectiveLog(log.entries)).toEqual(log.objective);
  });

  it('changes with the plan once approved, never with the promise', () => {
    const log = new ObjectiveLog();
    log.approved();
    expect(log.apply(owner, edit({ welsh: { title: 'Data gwell' } })).welsh).toEqual({ title: 'Data gwell' });
    expect(() => log.apply(owner, edit({ welsh: { title: 'Data' }, statement: 'New.' }))).toThrow(
      /not statement/,
    );
  });

  it('is refused while the Board decides', () => {
    const log = new ObjectiveLog();
    log.create();
    log.apply(lead, { type: 'submitObjective' });
    expect(() => log.apply(owner, edit({ welsh: { title: 'Data gwell' } }))).toThrow(
      /it is awaiting approval/,
    );
  });

  it('replays to the same objective, whatever Welsh is set in turn', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('title', 'statement', 'rationale'), fc.constantFrom('', 'Cymraeg')),
          {
            maxLength: 5,
          },
        ),
        (sets) => {
          const log = new ObjectiveLog();
          log.create();
          for (const [key, text] of sets) log.apply(owner, edit({ welsh: { [key]: text } }));
          expect(foldObjectiveLog(log.entries)).toEqual(log.objective);
          const objective = log.objective as Objective;
          expect(Object.keys(objective.welshOf ?? {}).sort()).toEqual(
            Object.keys(objective.welsh ?? {}).sort(),
          );
        },
      ),
    );
  });
});

describe('an objective snapshot', () => {
  it('of version 1 reads as it was, now version 2', () => {
    const objective = new ObjectiveLog().create();
    expect(OBJECTIVE_SNAPSHOT_VERSION).toBe(2);
    expect(migrateObjectiveSnapshot({ snapshotVersion: 1, objective }, 'store')).toEqual({
      snapshotVersion: 2,
      objective,
    });
    const current = { snapshotVersion: 2, objective };
    expect(migrateObjectiveSnapshot(current, 'store')).toBe(current);
  });

  it('is refused when newer, unknown or without a step, naming the store', () => {
    const fails = (
      raw: unknown,
      migrations?: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>,
    ) => {
      try {
        migrateObjectiveSnapshot(raw, '/tmp/store', migrations);
      } catch (error) {
        expect(error).toBeInstanceOf(UnsupportedVersionError);
        const { message, found, supported } = error as UnsupportedVersionError;
        return { message, found, supported };
      }
      throw new Error('not refused');
    };
    expect(fails({ snapshotVersion: 3 })).toMatchInlineSnapshot(`
      {
        "found": 3,
        "message": "An objective in the store at /tmp/store was written by a newer eqia (snapshot version 3): upgrade eqia to read it.",
        "supported": [
          1,
          2,
        ],
      }
    `);
    expect(fails({ snapshotVersion: 0 })).toMatchInlineSnapshot(`
      {
        "found": 0,
        "message": "An objective in the store at /tmp/store has no valid snapshotVersion (found 0): it was not written by eqia.",
        "supported": [
          1,
          2,
        ],
      }
    `);
    expect(fails({ snapshotVersion: 1.5 })).toMatchInlineSnapshot(`
      {
        "found": 1.5,
        "message": "An objective in the store at /tmp/store has no valid snapshotVersion (found 1.5): it was not written by eqia.",
        "supported": [
          1,
          2,
        ],
      }
    `);
    expect(fails(null)).toMatchInlineSnapshot(`
      {
        "found": undefined,
        "message": "An objective in the store at /tmp/store has no valid snapshotVersion (found undefined): it was not written by eqia.",
        "supported": [
          1,
          2,
        ],
      }
    `);
    expect(fails({ snapshotVersion: 1 }, {})).toMatchInlineSnapshot(`
      {
        "found": 1,
        "message": "No migration from objective snapshot version 1 to 2: this eqia cannot read the objective in the store at /tmp/store.",
        "supported": [
          1,
          2,
        ],
      }
    `);
  });
});
