import { describe, expect, it } from 'vitest';
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
const summaryOf = (welsh: Record<string, string> | undefined, title = 'Hybrid working') =>
  summarise(
    { ...assessment, policy: { ...assessment.policy, title }, ...(welsh && { welsh }) },
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
