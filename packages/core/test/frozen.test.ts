import { describe, expect, it } from 'vitest';
import { deepFreeze, freezeParsed, workedExample } from '../src/index.js';

/** Where an object or list inside the value is not frozen. */
function unfrozenPaths(value: unknown, path = 'assessment'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return [
    ...(Object.isFrozen(value) ? [] : [path]),
    ...Object.entries(value).flatMap(([key, child]) => unfrozenPaths(child, `${path}.${key}`)),
  ];
}

describe('deepFreeze', () => {
  it('freezes every object and list of an assessment, all the way down', () => {
    const assessment = deepFreeze(structuredClone(workedExample));
    expect(unfrozenPaths(assessment)).toEqual([]);
    expect(() => {
      // @ts-expect-error: typed read-only too
      assessment.policy.title = 'Changed';
    }).toThrow(TypeError);
  });

  it('leaves an accessor uncalled, so a field worked out when read is still worked out when read', () => {
    let calls = 0;
    const view = deepFreeze({
      get findings() {
        calls += 1;
        return [];
      },
    });
    expect(calls).toBe(0);
    expect(view.findings).toEqual([]);
    expect(calls).toBe(1);
  });

  it('leaves bytes as they are, which cannot be frozen', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(deepFreeze({ bytes }).bytes).toBe(bytes);
    expect(Object.isFrozen(bytes)).toBe(false);
  });
});

describe('freezeParsed', () => {
  it('freezes every object and list JSON.parse made, all the way down, and changes no value', () => {
    const text = JSON.stringify(workedExample);
    const parsed = freezeParsed(JSON.parse(text));
    expect(unfrozenPaths(parsed)).toEqual([]);
    expect(JSON.stringify(parsed)).toBe(text);
    expect(freezeParsed('text')).toBe('text');
  });
});
