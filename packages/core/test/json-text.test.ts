import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/index.js';
import { jsonFault, parseJson } from '../src/json.js';

const refused = (text: string) => {
  try {
    parseJson(text, 'The file a.json');
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error('parsed');
};

describe('text that is not JSON', () => {
  it('is told in eqia’s own words, with where the first thing wrong is', () => {
    expect(refused('notjson\n').message).toMatchInlineSnapshot(
      `"The file a.json is not JSON: the first thing wrong is at line 1, column 2."`,
    );
    expect(refused('{\n  "a": 1,\n  "b": wrong\n}').message).toMatchInlineSnapshot(
      `"The file a.json is not JSON: the first thing wrong is at line 3, column 8."`,
    );
    expect(refused('{"a": [1, 2').message).toMatchInlineSnapshot(
      `"The file a.json is not JSON: it stops at line 1, column 12, before what it opened is closed."`,
    );
    expect(refused(' \n').message).toMatchInlineSnapshot(`"The file a.json is not JSON: it is empty."`);
  });

  it('carries the fault as data, so a client can say it in its user’s language', () => {
    const error = refused('[1,]');
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.told).toEqual({
      id: 'jsonBroken',
      values: { line: '1', column: '4', what: 'The file a.json' },
    });
  });

  it('finds a fault exactly when JSON.parse refuses the text', () => {
    const nearlyJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', 'x', '\n', '\\', '{', '-'))
      .map(([json, at, insert]) => {
        const cut = at % (json.length + 1);
        return json.slice(0, cut) + insert + json.slice(cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), nearlyJson, fc.string()), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonFault(text) === undefined).toBe(parses);
      }),
    );
  });

  it('puts the fault where Node puts it, when Node says', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 2 }), (json, at, insert) => {
        const cut = at % (json.length + 1);
        const text = json.slice(0, cut) + insert + json.slice(cut);
        let position: number | undefined;
        try {
          JSON.parse(text);
        } catch (error) {
          position = Number(/at position (\d+)/.exec((error as Error).message)?.[1] ?? Number.NaN);
        }
        const fault = jsonFault(text);
        if (position === undefined || Number.isNaN(position) || fault?.id !== 'jsonBroken') return;
        const lines = text.slice(0, position).split('\n');
        expect(fault.values).toEqual({
          line: String(lines.length),
          column: String((lines.at(-1)?.length ?? 0) + 1),
        });
      }),
    );
  });
});
