import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { check } from '../src/checks.js';
import {
  applySectionPatches,
  cafcassProfile,
  createLifecycle,
  editSection,
  englishFingerprint,
  migrateSnapshot,
  type Patch,
  type Profile,
  staleWelsh,
  TextKey,
  textFields,
  workedExample,
  workedExampleNow,
} from '../src/index.js';
import { createEvent, people, startingAssessment } from './fixtures/lifecycle.js';

const bilingual: Profile = { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } };
const welshFindings = (assessment = workedExample, profile = bilingual) =>
  check(assessment, profile, { now: workedExampleNow }).filter((f) => f.ruleId === 'welsh-text-written');

describe('the text fields of an assessment', () => {
  it('are keyed by section and list item ids, and point at the English field by place', () => {
    const fields = textFields(workedExample);
    const [race] = workedExample.analysis.race!.impacts;
    expect(fields).toContainEqual({
      section: 'policy',
      key: 'policy/aims',
      path: 'policy.aims',
      english: workedExample.policy.aims,
    });
    expect(fields).toContainEqual({
      section: 'analysis',
      key: `analysis/race/impacts/${race!.id}/description`,
      path: 'analysis.race.impacts.0.description',
      english: race!.description,
    });
    const action = workedExample.actions[1]!;
    expect(fields.find((field) => field.key === `actions/${action.id}/measure`)?.path).toBe(
      'actions.1.measure',
    );
  });

  it('keep their keys when list items move, so a Welsh version stays with its English', () => {
    const moved = produce(workedExample, (draft) => {
      draft.actions.reverse();
    });
    const keyed = (assessment: typeof workedExample) =>
      new Map(textFields(assessment, ['actions']).map((field) => [field.key, field.english]));
    expect(keyed(moved)).toEqual(keyed(workedExample));
  });

  it('each have a distinct, valid key', () => {
    fc.assert(
      fc.property(fc.constantFrom(workedExample, startingAssessment()), (assessment) => {
        const keys = textFields(assessment).map((field) => field.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const key of keys) expect(TextKey.safeParse(key).success).toBe(true);
      }),
    );
  });
});

describe('editing Welsh text', () => {
  it('is part of the section’s edit, recorded as patches the lifecycle replays', () => {
    const lifecycle = createLifecycle();
    const start = lifecycle.start(createEvent());
    const { patches } = editSection(start.assessment, 'policy', (policy, welsh) => {
      policy.aims = 'Fewer adjournments';
      welsh.set('aims', 'Llai o ohiriadau');
    });
    const event = {
      type: 'edit',
      by: people.author,
      at: '2025-03-01T09:05:00Z',
      section: 'policy',
      patches,
    } as const;
    const next = lifecycle.apply(start, event);
    expect(next.assessment.welsh).toEqual({ 'policy/aims': 'Llai o ohiriadau' });
    const again = editSection(next.assessment, 'policy', (_policy, welsh) => welsh.set('scope', 'Cwmpas'));
    // The Welsh and the fingerprint of the English it was written for, and nothing else.
    const fingerprint = englishFingerprint(next.assessment.policy.scope);
    expect(again.patches).toHaveLength(2);
    expect(again.patches).toEqual(
      expect.arrayContaining([
        { op: 'add', path: ['welsh', 'policy/scope'], value: 'Cwmpas' },
        { op: 'add', path: ['welshOf', 'policy/scope'], value: fingerprint },
      ]),
    );
    expect(lifecycle.replay([createEvent(), event])).toEqual(next);
  });

  it('reads back what was set, and leaves no Welsh behind when the last version is emptied', () => {
    const first = editSection(startingAssessment(), 'actions', (_actions, welsh) => {
      welsh.set('act-1/measure', 'Nifer y gwrandawiadau wyneb yn wyneb');
    }).assessment;
    expect(first.welsh).toEqual({ 'actions/act-1/measure': 'Nifer y gwrandawiadau wyneb yn wyneb' });
    let seen: string | undefined;
    const { assessment } = editSection(first, 'actions', (_actions, welsh) => {
      seen = welsh.get('act-1/measure');
      welsh.set('act-1/measure', '');
    });
    expect(seen).toBe('Nifer y gwrandawiadau wyneb yn wyneb');
    expect('welsh' in assessment || 'welshOf' in assessment).toBe(false);
  });

  it('reads and empties Welsh that was never written without failing, and keeps the other versions', () => {
    let seen: string | undefined = 'unread';
    const none = editSection(startingAssessment(), 'actions', (_actions, welsh) => {
      seen = welsh.get('act-1/measure');
      welsh.set('act-1/measure', '');
    });
    expect(seen).toBeUndefined();
    expect(none.patches).toEqual([]);

    const both = editSection(startingAssessment(), 'policy', (_policy, welsh) => {
      welsh.set('aims', 'Nodau');
      welsh.set('scope', 'Cwmpas');
    }).assessment;
    const one = editSection(both, 'policy', (_policy, welsh) => welsh.set('aims', '')).assessment;
    expect(one.welsh).toEqual({ 'policy/scope': 'Cwmpas' });
    expect(Object.keys(one.welshOf ?? {})).toEqual(['policy/scope']);

    // Welsh written before fingerprints were kept has none to forget.
    const older = produce(both, (draft) => void delete draft.welshOf);
    const emptied = editSection(older, 'policy', (_policy, welsh) => welsh.set('aims', '')).assessment;
    expect(emptied.welsh).toEqual({ 'policy/scope': 'Cwmpas' });
    expect('welshOf' in emptied).toBe(false);
  });

  it('refuses an edit that changes the Welsh text of another section, or a key no field could have', () => {
    const before = startingAssessment();
    const { patches } = editSection(before, 'policy', (_policy, welsh) => welsh.set('aims', 'Nodau'));
    expect(() => applySectionPatches(before, 'actions', patches)).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: An edit of "actions" may only change the Welsh text of its own fields; this one changes policy/aims.]`,
    );
    const bad: Patch[] = [{ op: 'add', path: ['welsh'], value: { 'not-a-section/x': 'Testun' } }];
    expect(() => applySectionPatches(before, 'policy', bad)).toThrowError(/Welsh text invalid/);
  });
});

describe('Welsh out of date with its English', () => {
  const withWelsh = () =>
    editSection(startingAssessment(), 'policy', (policy, welsh) => {
      welsh.set('aims', 'Llai o ohiriadau');
      // English set after its Welsh in the same edit is still what the Welsh was written for.
      policy.aims = 'Fewer adjournments';
    }).assessment;
  const currentFindings = (assessment: typeof workedExample) =>
    check(assessment, bilingual, { now: workedExampleNow }).filter((f) => f.ruleId === 'welsh-text-current');

  it('is flagged, for a body publishing in Welsh, once the English changes after the Welsh was written', () => {
    const written = withWelsh();
    expect(staleWelsh(written)).toEqual([]);
    expect(currentFindings(written)).toEqual([]);
    const changed = editSection(written, 'policy', (policy) => {
      policy.aims = 'Fewer adjournments, and shorter waits';
    }).assessment;
    expect(staleWelsh(changed).map((field) => field.key)).toEqual(['policy/aims']);
    expect(currentFindings(changed)).toMatchObject([
      {
        severity: 'error',
        path: 'policy.aims',
        message: 'The English at policy/aims has changed since its Welsh version was written.',
      },
    ]);
    expect(check(changed, cafcassProfile, { now: workedExampleNow }).map((f) => f.ruleId)).not.toContain(
      'welsh-text-current',
    );
    // Space around the English is no change; setting the same Welsh again confirms it still matches.
    const spaced = editSection(written, 'policy', (policy) => {
      policy.aims = ' Fewer adjournments ';
    }).assessment;
    expect(staleWelsh(spaced)).toEqual([]);
    const confirmed = editSection(changed, 'policy', (_policy, welsh) =>
      welsh.set('aims', 'Llai o ohiriadau'),
    ).assessment;
    expect(staleWelsh(confirmed)).toEqual([]);
  });

  it('counts Welsh written before fingerprints were kept as current', () => {
    const { welshOf: _kept, ...older } = withWelsh();
    const changed = produce(older, (draft) => {
      draft.policy.aims = 'Something else';
    });
    expect(staleWelsh(changed)).toEqual([]);
  });

  it('is told by fingerprints an edit keeps with its section, which another section may not change', () => {
    const before = startingAssessment();
    const foreign: Patch[] = [{ op: 'add', path: ['welshOf'], value: { 'policy/aims': '0000abcd' } }];
    expect(() => applySectionPatches(before, 'actions', foreign)).toThrowError(/its own fields/);
    const bad: Patch[] = [{ op: 'add', path: ['welshOf'], value: { 'policy/aims': 'not hex' } }];
    expect(() => applySectionPatches(before, 'policy', bad)).toThrowError(/Welsh text invalid/);
  });

  it('fingerprints any change of the English, and ignores surrounding space', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (text, more) => {
        expect(englishFingerprint(` ${text} `)).toBe(englishFingerprint(text));
        expect(englishFingerprint(text)).toMatch(/^[0-9a-f]{8}$/);
        if (more.trim() !== '')
          expect(englishFingerprint(`${text.trim()}${more.trim()}`)).not.toBe(englishFingerprint(text));
      }),
    );
  });
});

describe('snapshots', () => {
  it('read a version 3 snapshot, written before Welsh text, as it was', () => {
    const snapshot = createLifecycle().start(createEvent());
    const version3 = JSON.parse(JSON.stringify({ ...snapshot, snapshotVersion: 3 }));
    expect(migrateSnapshot(version3)).toEqual(snapshot);
  });

  it('read a version 4 snapshot, with Welsh written before fingerprints were kept, as it was', () => {
    const snapshot = createLifecycle().start(createEvent());
    const withWelsh = {
      ...snapshot,
      assessment: { ...snapshot.assessment, welsh: { 'policy/aims': 'Nodau' } },
    };
    const version4 = JSON.parse(JSON.stringify({ ...withWelsh, snapshotVersion: 4 }));
    expect(migrateSnapshot(version4)).toEqual(withWelsh);
  });
});

describe('welsh-text-written', () => {
  it('asks nothing of a body that publishes in English only', () => {
    expect(welshFindings(workedExample, cafcassProfile)).toEqual([]);
  });

  it('flags, for a body publishing in Welsh, each text with English and no Welsh, at its English field', () => {
    const findings = welshFindings();
    const written = textFields(workedExample).filter((field) => field.english.trim() !== '');
    expect(findings).toHaveLength(written.length);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      section: 'policy',
      path: 'policy.title',
      message: 'The text at policy/title has no Welsh version, and the organisation publishes in Welsh.',
    });
    expect(findings.map((f) => f.section)).toContain('analysis');
  });

  it('is satisfied once every written text has its Welsh version; blank Welsh does not count', () => {
    const welsh = Object.fromEntries(
      textFields(workedExample).map((field) => [field.key, `Cymraeg: ${field.key}`]),
    );
    expect(welshFindings({ ...workedExample, welsh })).toEqual([]);
    const blank = { ...workedExample, welsh: { ...welsh, 'policy/aims': '  ' } };
    expect(welshFindings(blank).map((f) => f.path)).toEqual(['policy.aims']);
  });
});
