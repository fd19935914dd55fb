import { describe, expect, it } from 'vitest';
import { textsInWelsh } from '../src/bilingual/texts-in-welsh.js';
import { deepFreeze } from '../src/frozen.js';

const fields = [
  { key: 'policy/title', path: 'policy.title', english: 'Hybrid working' },
  { key: 'evidence/items/ev-1/title', path: 'evidence.items.0.title', english: 'Staff survey' },
  { key: 'policy/scope', path: 'policy.scope', english: 'All staff' },
  { key: 'policy/aims', path: 'policy.aims', english: '  ' },
];
const value = {
  policy: { title: 'Hybrid working', scope: 'All staff', aims: '  ' },
  evidence: { items: [{ id: 'ev-1', title: 'Staff survey' }] },
};
const welsh = { 'policy/title': 'Gweithio hybrid', 'evidence/items/ev-1/title': 'Arolwg staff' };

describe('texts in Welsh', () => {
  it('shows each text’s Welsh, else its English, and says which are English and which out of date', () => {
    const shown = textsInWelsh(value, fields, welsh, new Set(['evidence/items/ev-1/title']));
    expect(shown.value).toEqual({
      policy: { title: 'Gweithio hybrid', scope: 'All staff', aims: '  ' },
      evidence: { items: [{ id: 'ev-1', title: 'Arolwg staff' }] },
    });
    expect([...shown.untranslated]).toEqual(['All staff']);
    expect([...shown.stale]).toEqual(['Arolwg staff']);
    expect(value.policy.title).toBe('Hybrid working');
  });

  it('marks English and out-of-date Welsh in words when asked, and leaves a blank text alone', () => {
    const marks = { english: (text: string) => `[en] ${text}`, stale: (text: string) => `[old] ${text}` };
    const { value: shown } = textsInWelsh(value, fields, welsh, new Set(['policy/title']), marks);
    expect(shown.policy).toEqual({ title: '[old] Gweithio hybrid', scope: '[en] All staff', aims: '  ' });
    expect(shown.evidence.items[0]?.title).toBe('Arolwg staff');
  });

  it('takes a Welsh version that is only spaces as none', () => {
    const { value: shown, untranslated } = textsInWelsh(value, fields, { 'policy/title': ' ' }, new Set());
    expect(shown.policy.title).toBe('Hybrid working');
    expect(untranslated.has('Hybrid working')).toBe(true);
  });

  it('reads a frozen value without changing it, sharing what it did not need to change', () => {
    const frozen = deepFreeze(structuredClone(value));
    const { value: shown } = textsInWelsh(frozen, fields, welsh, new Set());
    expect(shown.policy.title).toBe('Gweithio hybrid');
    expect(shown.evidence.items[0]?.title).toBe('Arolwg staff');
    expect(frozen.policy.title).toBe('Hybrid working');
    expect(frozen.evidence.items[0]?.title).toBe('Staff survey');
    const { value: untouched } = textsInWelsh(frozen, fields.slice(0, 1), welsh, new Set());
    expect(untouched.evidence).toBe(frozen.evidence);
  });
});
