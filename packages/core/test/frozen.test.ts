import { describe, expect, it } from 'vitest';
import { deepFreeze, workedExample } from '../src/index.js';

describe('deepFreeze', () => {
  it('freezes every object and list of an assessment, all the way down', () => {
    const assessment = deepFreeze(structuredClone(workedExample));
    const unfrozen: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    };
    visit(assessment, 'assessment');
    expect(unfrozen).toEqual([]);
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
