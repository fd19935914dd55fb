import { describe, expect, it } from 'vitest';
import { englishFingerprint } from '../src/bilingual/english-fingerprint.js';
import { staleWelsh } from '../src/bilingual/welsh-currency.js';
import { createAssessment } from '../src/create-assessment.js';
import { defaultProfile } from '../src/profiles/default.js';
import { summarise } from '../src/summary.js';
import { trimmedCharacters } from '../src/text/blank.js';

const assessment = createAssessment({
  id: 'hybrid',
  title: 'Hybrid working',
  createdBy: 'amara',
  createdAt: '2025-01-01T09:00:00.000Z',
  profile: defaultProfile,
});
const summaryOf = (
  welsh: Record<string, string> | undefined,
  title = 'Hybrid working',
  welshOf?: Record<string, string>,
) =>
  summarise(
    {
      ...assessment,
      policy: { ...assessment.policy, title },
      ...(welsh && { welsh }),
      ...(welshOf && { welshOf }),
    },
    { state: 'draft' },
    { version: 1, updatedAt: '2025-01-01T09:00:00.000Z' },
  );

describe('the summary’s Welsh title', () => {
  it('is the Welsh written for the title, last in the summary, so a schema step can append it', () => {
    const summary = summaryOf({ 'policy/title': 'Gweithio hybrid', 'policy/scope': 'Pob aelod' });
    expect(summary.welshTitle).toBe('Gweithio hybrid');
    expect(Object.keys(summary).at(-1)).toBe('welshTitle');
  });

  it('is absent without Welsh for the title, with Welsh of only spaces, or for a title of only spaces', () => {
    expect(summaryOf(undefined)).not.toHaveProperty('welshTitle');
    expect(summaryOf({ 'policy/scope': 'Pob aelod' })).not.toHaveProperty('welshTitle');
    expect(summaryOf({ 'policy/title': ' \u00a0\n' })).not.toHaveProperty('welshTitle');
    expect(summaryOf({ 'policy/title': 'Gweithio hybrid' }, '  ')).not.toHaveProperty('welshTitle');
  });
});

describe('whether the summary’s Welsh title is out of date', () => {
  const welsh = { 'policy/title': 'Gweithio hybrid' };
  it('is said, last, when the Welsh was written for other English, as staleWelsh says', () => {
    const summary = summaryOf(welsh, 'Hybrid working', {
      'policy/title': englishFingerprint('Home working'),
    });
    expect(summary.welshTitleStale).toBe(true);
    expect(Object.keys(summary).slice(-2)).toEqual(['welshTitle', 'welshTitleStale']);
    expect(
      staleWelsh(summaryAssessment(welsh, { 'policy/title': englishFingerprint('Home working') })),
    ).toHaveLength(1);
  });

  it('is not said for Welsh written for this English (space around it aside), nor for Welsh with no fingerprint', () => {
    const current = { 'policy/title': englishFingerprint(' Hybrid working\n') };
    expect(summaryOf(welsh, 'Hybrid working', current)).not.toHaveProperty('welshTitleStale');
    expect(summaryOf(welsh)).not.toHaveProperty('welshTitleStale');
  });

  it('is not said without a Welsh title, whatever the fingerprint', () => {
    const other = { 'policy/title': englishFingerprint('Home working') };
    expect(summaryOf(undefined, 'Hybrid working', other)).not.toHaveProperty('welshTitleStale');
  });
});

const summaryAssessment = (welsh: Record<string, string>, welshOf: Record<string, string>) => ({
  ...assessment,
  welsh,
  welshOf,
});

describe('trimmedCharacters', () => {
  it('are exactly the characters trim() removes', () => {
    const trimmed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      if (character.trim() === '') trimmed.push(character);
    }
    expect([...trimmedCharacters].sort()).toEqual(trimmed.sort());
  });
});
