import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { check } from '../src/checks.js';
import {
  cafcassProfile,
  editSection,
  type Profile,
  staleWelsh,
  textFields,
  textsInWelsh,
  workedExample,
  workedExampleNow,
} from '../src/index.js';

// The names an author gives groups: another affected group's name, and the sub-group of each strand of
// an intersection. Each has a Welsh version, as the free text does; a related assessment's title does not.

const bilingual: Profile = { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } };

const withGroups = produce(workedExample, (draft) => {
  draft.policy.otherGroups = [
    { id: 'kinship_carers', label: 'Kinship carers', description: '' },
    { id: 'interpreters', label: 'Court interpreters', description: 'Who interpret at hearings.' },
  ];
});
const [intersection] = workedExample.intersectionality.impacts;
const memberKey = (characteristic: string) =>
  `intersectionality/impacts/${intersection!.id}/members/${characteristic}/subgroup`;

const fieldsOf = (assessment: typeof workedExample, prefix: string) =>
  textFields(assessment).filter((field) => field.key.startsWith(prefix));

describe("other groups' names", () => {
  it('are text fields keyed by the group id, pointing at the label by place', () => {
    expect(fieldsOf(withGroups, 'policy/otherGroups/').filter((f) => f.key.endsWith('/label'))).toEqual([
      {
        section: 'policy',
        key: 'policy/otherGroups/kinship_carers/label',
        path: 'policy.otherGroups.0.label',
        english: 'Kinship carers',
      },
      {
        section: 'policy',
        key: 'policy/otherGroups/interpreters/label',
        path: 'policy.otherGroups.1.label',
        english: 'Court interpreters',
      },
    ]);
  });

  it('are given in Welsh where written, and the English left for want of it', () => {
    const { assessment } = editSection(withGroups, 'policy', (_policy, welsh) =>
      welsh.set('otherGroups/kinship_carers/label', 'Gofalwyr sy’n berthnasau'),
    );
    const { value, untranslated } = textsInWelsh(
      assessment,
      textFields(assessment),
      assessment.welsh,
      new Set(),
    );
    expect(value.policy.otherGroups.map((group) => group.label)).toEqual([
      'Gofalwyr sy’n berthnasau',
      'Court interpreters',
    ]);
    expect(untranslated.has('Court interpreters')).toBe(true);
    expect(untranslated.has('Kinship carers')).toBe(false);
  });

  it('go out of date when the English changes, and not when it stays', () => {
    const { assessment } = editSection(withGroups, 'policy', (_policy, welsh) =>
      welsh.set('otherGroups/kinship_carers/label', 'Gofalwyr sy’n berthnasau'),
    );
    expect(staleWelsh(assessment)).toEqual([]);
    const renamed = editSection(assessment, 'policy', (policy) => {
      policy.otherGroups[0]!.label = 'Kinship and special guardianship carers';
    }).assessment;
    expect(staleWelsh(renamed).map((field) => field.key)).toEqual([
      'policy/otherGroups/kinship_carers/label',
    ]);
  });
});

describe("an intersection's sub-groups", () => {
  it('are text fields keyed by the member’s characteristic, pointing at the sub-group by place', () => {
    expect(
      fieldsOf(workedExample, 'intersectionality/impacts/').filter((f) => f.key.includes('/members/')),
    ).toEqual([
      {
        section: 'intersectionality',
        key: memberKey('race'),
        path: 'intersectionality.impacts.0.members.0.subgroup',
        english: 'Black and mixed-heritage',
      },
      {
        section: 'intersectionality',
        key: memberKey('sex'),
        path: 'intersectionality.impacts.0.members.1.subgroup',
        english: 'male',
      },
      {
        section: 'intersectionality',
        key: memberKey('age'),
        path: 'intersectionality.impacts.0.members.2.subgroup',
        english: '13 to 17',
      },
    ]);
  });

  it('keep their Welsh with the member when the members are reordered', () => {
    const { assessment } = editSection(workedExample, 'intersectionality', (_section, welsh) =>
      welsh.set(`impacts/${intersection!.id}/members/age/subgroup`, '13 i 17 oed'),
    );
    const moved = produce(assessment, (draft) => {
      draft.intersectionality.impacts[0]!.members.reverse();
    });
    const { value } = textsInWelsh(moved, textFields(moved), moved.welsh, new Set());
    expect(value.intersectionality.impacts[0]!.members.map((member) => member.subgroup)).toEqual([
      '13 i 17 oed',
      'male',
      'Black and mixed-heritage',
    ]);
  });

  it('give a characteristic named twice in one intersection one Welsh version, the first member’s', () => {
    const twice = produce(workedExample, (draft) => {
      draft.intersectionality.impacts[0]!.members.push({
        characteristic: 'race',
        subgroup: 'Gypsy and Traveller',
      });
    });
    const race = textFields(twice).filter((field) => field.key === memberKey('race'));
    expect(race.map((field) => field.english)).toEqual(['Black and mixed-heritage']);
  });
});

describe('welsh-text-written, for group names', () => {
  const flagged = (assessment: typeof workedExample) =>
    check(assessment, bilingual, { now: workedExampleNow })
      .filter((finding) => finding.ruleId === 'welsh-text-written')
      .map((finding) => finding.path);

  it('flags an other group’s name and a sub-group without Welsh, and not once written', () => {
    expect(flagged(withGroups)).toEqual(
      expect.arrayContaining([
        'policy.otherGroups.0.label',
        'intersectionality.impacts.0.members.2.subgroup',
      ]),
    );
    const written = editSection(
      editSection(withGroups, 'policy', (_policy, welsh) =>
        welsh.set('otherGroups/kinship_carers/label', 'Gofalwyr sy’n berthnasau'),
      ).assessment,
      'intersectionality',
      (_section, welsh) => welsh.set(`impacts/${intersection!.id}/members/age/subgroup`, '13 i 17 oed'),
    ).assessment;
    const after = flagged(written);
    expect(after).not.toContain('policy.otherGroups.0.label');
    expect(after).not.toContain('intersectionality.impacts.0.members.2.subgroup');
    expect(after).toContain('policy.otherGroups.1.label');
  });

  it('asks nothing of a strand with no sub-group', () => {
    const plain = produce(workedExample, (draft) => {
      draft.intersectionality.impacts[0]!.members[1]!.subgroup = '';
    });
    expect(flagged(plain)).not.toContain('intersectionality.impacts.0.members.1.subgroup');
  });
});
