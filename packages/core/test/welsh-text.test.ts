import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  applySectionPatches,
  cafcassProfile,
  check,
  createLifecycle,
  editSection,
  migrateSnapshot,
  type Patch,
  type Profile,
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
    expect(again.patches).toEqual([{ op: 'add', path: ['welsh', 'policy/scope'], value: 'Cwmpas' }]);
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
    expect('welsh' in assessment).toBe(false);
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

describe('snapshots', () => {
  it('read a version 3 snapshot, written before Welsh text, as it was', () => {
    const snapshot = createLifecycle().start(createEvent());
    const version3 = JSON.parse(JSON.stringify({ ...snapshot, snapshotVersion: 3 }));
    expect(migrateSnapshot(version3)).toEqual(snapshot);
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
