import { describe, expect, it } from 'vitest';
import { parseExportDocument, serializeExport, toExportDocument } from '../src/exchange.js';
import {
  type AssessmentEvent,
  createLifecycle,
  foldRecorded,
  migrateSnapshot,
  type RecordedEvent,
  recordEvent,
  SNAPSHOT_VERSION,
  snapshotMigrations,
} from '../src/index.js';
import { at, createEvent, editEvent, people } from './fixtures/lifecycle.js';

const lifecycle = createLifecycle();

function history() {
  const events: AssessmentEvent[] = [createEvent()];
  let snapshot = lifecycle.start(createEvent());
  const push = (event: AssessmentEvent) => {
    snapshot = lifecycle.apply(snapshot, event);
    events.push(event);
  };
  push(editEvent(snapshot, 'policy', people.author, 1));
  push({
    type: 'screen',
    by: people.author,
    at: at(2),
    decision: 'full_assessment',
    rationale: 'Affects families',
  });
  push({
    type: 'comment',
    by: people.equalityLead,
    at: at(3),
    comment: { id: 'c1', section: 'evidence', body: 'Cite the survey', replyTo: undefined },
  });
  const entries: RecordedEvent[] = [];
  for (const event of events) entries.push(recordEvent(entries.at(-1), event));
  return { snapshot, entries };
}

const throws = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  throw new Error('nothing was thrown');
};

describe('snapshots', () => {
  it('reads the current version and validates it', () => {
    const { snapshot } = history();
    expect(migrateSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    expect(throws(() => migrateSnapshot({ ...snapshot, status: { state: 'lost' } }))).toMatchInlineSnapshot(`
      "ValidationError: The snapshot is not valid:
        - status.state: give one of "draft", "assessing", "screened_out", "in_review", "signed_off", "published", "withdrawn", "superseded""
    `);
  });

  it('refuses missing and newer versions with UnsupportedVersionError', () => {
    expect(throws(() => migrateSnapshot({}))).toMatchInlineSnapshot(
      `"UnsupportedVersionError: The snapshot has no valid snapshotVersion (found undefined): it was not written by eqia."`,
    );
    expect(throws(() => migrateSnapshot({ snapshotVersion: SNAPSHOT_VERSION + 1 }))).toMatchInlineSnapshot(
      `"UnsupportedVersionError: The snapshot is version 7, newer than this eqia understands (up to 6): upgrade eqia."`,
    );
  });

  it('walks older snapshots up through the step migrations', () => {
    const { snapshot, entries } = history();
    const events = entries.map((entry) => entry.event);
    // A fictional version 0 kept the status under another name; its step renames it, then 1 → 2 runs.
    const { editors: _editors, ...assessment } = snapshot.assessment;
    const old = { snapshotVersion: 0, lifecycle: snapshot.status, assessment };
    expect(throws(() => migrateSnapshot(old, { events }))).toMatchInlineSnapshot(
      `"UnsupportedVersionError: No migration from snapshot version 0 to 1: this snapshot cannot be read by this eqia."`,
    );
    const migrations = {
      ...snapshotMigrations,
      0: ({ lifecycle: status, ...rest }: Record<string, unknown>) => ({ ...rest, status }),
    };
    expect(migrateSnapshot(old, { events, migrations })).toEqual(snapshot);
  });

  it('lists the editors of a version 1 snapshot from its log, and needs the log to', () => {
    let snapshot = lifecycle.start(createEvent());
    const events: AssessmentEvent[] = [createEvent()];
    for (const [by, minute] of [
      [people.contributor, 1],
      [people.author, 2],
      [people.contributor, 3],
    ] as const) {
      const event = editEvent(snapshot, 'policy', by, minute);
      snapshot = lifecycle.apply(snapshot, event);
      events.push(event);
    }
    expect(snapshot.assessment.editors).toEqual(['ben', 'amara']);
    const { editors: _editors, ...assessment } = snapshot.assessment;
    const version1 = JSON.parse(JSON.stringify({ ...snapshot, snapshotVersion: 1, assessment }));
    expect(migrateSnapshot(version1, { events })).toEqual(snapshot);
    expect(throws(() => migrateSnapshot(version1))).toMatchInlineSnapshot(
      `"UnsupportedVersionError: A version 1 snapshot does not say who edited the assessment: migrate it with its log, migrateSnapshot(raw, { events })."`,
    );
  });

  it('reads a version 2 snapshot, written before the fields real assessments need, as it was', () => {
    const { snapshot } = history();
    const { assessmentTeam: _team, otherGroups: _groups, ...policy } = snapshot.assessment.policy;
    const { evidenceIds: _evidence, related: _related, ...screening } = snapshot.assessment.screening;
    const version2 = JSON.parse(
      JSON.stringify({
        ...snapshot,
        snapshotVersion: 2,
        assessment: { ...snapshot.assessment, policy, screening },
      }),
    );
    expect(migrateSnapshot(version2)).toEqual(snapshot);
  });

  it('folds recorded entries to the same snapshot as the live steps', () => {
    const { snapshot, entries } = history();
    expect(foldRecorded(lifecycle, entries)).toEqual(snapshot);
  });
});

describe('export document', () => {
  it('round-trips byte for byte: export → import → export', () => {
    const { snapshot, entries } = history();
    const text = serializeExport(toExportDocument(snapshot, entries));
    const imported = parseExportDocument(text);
    expect(serializeExport(imported)).toBe(text);
    expect(imported.status).toEqual({ state: 'assessing' });
    expect(imported.events).toHaveLength(4);
  });

  it('says what is wrong with a document that is not a valid export', () => {
    const { snapshot, entries } = history();
    const document = JSON.parse(serializeExport(toExportDocument(snapshot, entries)));
    expect(throws(() => parseExportDocument('{'))).toMatch(
      /^ValidationError: The export is not JSON: it stops at line 1, column 2/,
    );
    expect(throws(() => parseExportDocument('{"format":"other"}'))).toMatchInlineSnapshot(
      `"ValidationError: This is not an eqia assessment export (format is "other", expected "eqia.assessment")."`,
    );
    expect(
      throws(() => parseExportDocument(JSON.stringify({ ...document, formatVersion: 9 }))),
    ).toMatchInlineSnapshot(
      `"UnsupportedVersionError: The export is format version 9; this eqia reads versions 1 and 2: upgrade eqia."`,
    );
    const noTitle = {
      ...document,
      assessment: { ...document.assessment, policy: { ...document.assessment.policy, title: '' } },
    };
    expect(throws(() => parseExportDocument(JSON.stringify(noTitle)))).toMatchInlineSnapshot(`
      "ValidationError: The export is not valid:
        - assessment.policy.title: give the policy a title"
    `);
  });

  it('detects an edited event at its index, and an assessment changed outside its log', () => {
    const { snapshot, entries } = history();
    const document = JSON.parse(serializeExport(toExportDocument(snapshot, entries)));
    document.events[2].event.rationale = 'Nothing to see';
    expect(throws(() => parseExportDocument(JSON.stringify(document)))).toMatchInlineSnapshot(
      `"TamperedError: The export's log does not verify at index 2: entry 3 does not match its hash: its content was edited."`,
    );
    const edited = JSON.parse(serializeExport(toExportDocument(snapshot, entries)));
    edited.assessment.policy.aims = 'Rewritten quietly';
    expect(throws(() => parseExportDocument(JSON.stringify(edited)))).toMatchInlineSnapshot(
      `"TamperedError: The assessment in the export differs from what its log replays to: it was changed outside the log."`,
    );
  });
});
