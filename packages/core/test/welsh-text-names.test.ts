import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { check } from '../src/checks.js';
import {
  cafcassProfile,
  editSection,
  migrateSnapshot,
  type Profile,
  SNAPSHOT_VERSION,
  textFields,
  workedExample,
  workedExampleNow,
} from '../src/index.js';

// The short texts a Welsh document names beside the free text: evidence's titles and sources, who was
// engaged and how, the team's name and people's roles. Each has a Welsh version, as the free text does.

const bilingual: Profile = { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } };
const keyed = (assessment = workedExample) =>
  new Map(textFields(assessment).map((field) => [field.key, field]));

describe('the names and short texts of an assessment', () => {
  it('are text fields, keyed by list item ids and pointing at the English by place', () => {
    const fields = keyed();
    const [item] = workedExample.evidence.items;
    const [engaged] = workedExample.engagement;
    const expected = [
      [`evidence/items/${item!.id}/title`, 'evidence.items.0.title', item!.title],
      [`evidence/items/${item!.id}/source`, 'evidence.items.0.source', item!.source],
      [`engagement/${engaged!.id}/who`, 'engagement.0.who', engaged!.who],
      [`engagement/${engaged!.id}/method`, 'engagement.0.method', engaged!.method],
      ['policy/team', 'policy.team', workedExample.policy.team],
      ['policy/assessmentTeam/member-2/role', 'policy.assessmentTeam.1.role', 'Service Manager'],
      ['decision/makerRole', 'decision.makerRole', workedExample.decision.makerRole],
    ] as const;
    for (const [key, path, english] of expected) {
      expect(fields.get(key)).toEqual({ section: key.split('/')[0], key, path, english });
    }
  });

  it('leave out what reads the same in every language: people, references, links and ids', () => {
    const keys = [...keyed().keys()];
    for (const field of ['name', 'maker', 'reference', 'paperReference', 'url', 'owner', 'id'])
      expect(keys.filter((key) => key.endsWith(`/${field}`))).toEqual([]);
  });

  it('give a team member recorded without an id no Welsh version, and one with an id its own', () => {
    const mixed = produce(workedExample, (draft) => {
      delete draft.policy.assessmentTeam[0]!.id;
    });
    const roles = [...keyed(mixed).keys()].filter((key) => key.startsWith('policy/assessmentTeam/'));
    expect(roles).toEqual(['policy/assessmentTeam/member-2/role', 'policy/assessmentTeam/member-3/role']);
  });

  it('keep their Welsh with the item when the list is reordered', () => {
    const { assessment } = editSection(workedExample, 'evidence', (_evidence, welsh) =>
      welsh.set(`items/${workedExample.evidence.items[1]!.id}/title`, 'Gwerthusiad y peilot'),
    );
    const moved = produce(assessment, (draft) => {
      draft.evidence.items.reverse();
    });
    const last = moved.evidence.items.length - 1;
    const field = keyed(moved).get(`evidence/items/${workedExample.evidence.items[1]!.id}/title`);
    expect(field?.path).toBe(`evidence.items.${last - 1}.title`);
    expect(moved.welsh?.[field!.key]).toBe('Gwerthusiad y peilot');
  });
});

describe('welsh-text-written, for names and short texts', () => {
  const paths = (assessment: typeof workedExample) =>
    check(assessment, bilingual, { now: workedExampleNow })
      .filter((finding) => finding.ruleId === 'welsh-text-written')
      .map((finding) => finding.path);

  it('flags an evidence title, a source, who was engaged and how, the team and a role without Welsh', () => {
    const flagged = paths(workedExample);
    for (const path of [
      'evidence.items.0.title',
      'evidence.items.0.source',
      'engagement.0.who',
      'engagement.0.method',
      'policy.team',
      'policy.assessmentTeam.0.role',
      'decision.makerRole',
    ])
      expect(flagged).toContain(path);
  });

  it('asks nothing of an empty source or method', () => {
    const bare = produce(workedExample, (draft) => {
      draft.evidence.items[0]!.source = '';
      draft.engagement[0]!.method = ' ';
    });
    const flagged = paths(bare);
    expect(flagged).not.toContain('evidence.items.0.source');
    expect(flagged).not.toContain('engagement.0.method');
  });
});

describe('a version 5 snapshot', () => {
  it('reads as version 6 unchanged: its team members keep having no ids', () => {
    const raw = {
      snapshotVersion: 5,
      status: { state: 'draft' },
      assessment: produce(workedExample, (draft) => {
        for (const member of draft.policy.assessmentTeam) delete member.id;
      }),
    };
    const snapshot = migrateSnapshot(raw);
    expect(SNAPSHOT_VERSION).toBe(6);
    expect(snapshot.snapshotVersion).toBe(6);
    expect(snapshot.assessment.policy.assessmentTeam.map((member) => 'id' in member)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
