import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { jsonArrayElement, writeJson } from '../src/output/json.js';
import { standardInput } from './support/cli.js';

/** What writeJson printed, and in how many writes. */
function written(value: unknown): { text: string; writes: number } {
  let text = '';
  let writes = 0;
  const ctx = createContext('list', [], {
    env: {},
    cwd: '/',
    stdout: {
      write: (chunk: string) => {
        text += chunk;
        writes++;
      },
    },
    stderr: { write: () => undefined },
    stdin: standardInput(),
  });
  writeJson(ctx, value);
  return { text, writes };
}

describe('JSON output', () => {
  it('is exactly JSON.stringify(value, null, 2) and a newline, lists included', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(written(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
    );
    // Long enough to be written in batches, with the holes JSON writes as null.
    const element = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(element, { minLength: 200, maxLength: 800 }), (list) => {
        expect(written(list).text).toBe(`${JSON.stringify(list, null, 2)}\n`);
      }),
      { numRuns: 30 },
    );
  });

  it('writes a long list in pieces rather than as one string', () => {
    const summaries = Array.from({ length: 1000 }, (_, index) => ({
      id: `a-${index}`,
      title: 'A policy with a title long enough to fill a line — and a dash',
      negativeCharacteristics: ['race', 'sex'],
    }));
    const { text, writes } = written(summaries);
    expect(text).toBe(`${JSON.stringify(summaries, null, 2)}\n`);
    expect(writes).toBeGreaterThan(1);
  });

  it('an array written an element at a time (check --all) is the same bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 20 }), (list) => {
        expect(`[\n${list.map(jsonArrayElement).join(',\n')}\n]`).toBe(JSON.stringify(list, null, 2));
      }),
    );
  });
});
