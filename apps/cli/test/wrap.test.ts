import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStyle, unstyled } from '../src/output/style.js';
import { wrapLine } from '../src/output/wrap.js';

describe('wrapLine (the review flow shows whole sections at 80 columns)', () => {
  const word = fc.stringMatching(/^[a-z]{1,12}$/);

  it('keeps every word, in order, and no line is wider than the width, whatever the hang', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(word, fc.stringMatching(/^[a-z/]{13,40}$/)), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 40, max: 100 }),
        fc.integer({ min: 0, max: 20 }),
        (words, width, hang) => {
          const lines = wrapLine(words.join(' '), width, ' '.repeat(hang));
          expect(lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(words);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
        },
      ),
    );
  });

  it('counts what a terminal shows: colour codes take no columns, and are kept', () => {
    const { bold } = createStyle(true);
    const words = fc.array(fc.tuple(word, fc.boolean()), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(words, fc.integer({ min: 20, max: 100 }), (styled, width) => {
        const plain = styled.map(([text]) => text).join(' ');
        const line = styled.map(([text, strong]) => (strong ? bold(text) : text)).join(' ');
        const lines = wrapLine(line, width);
        // Broken where the plain line is, each with its codes.
        expect(lines.map(unstyled)).toEqual(wrapLine(plain, width));
        expect(lines.join(' ').replaceAll(/ +/g, ' ')).toBe(line);
      }),
    );
  });

  it('indents continuation lines under the first', () => {
    expect(wrapLine('  Aims: one two three four five', 16)).toEqual([
      '  Aims: one two',
      '    three four',
      '    five',
    ]);
  });

  it('keeps an option with its value, as a command to type, and its punctuation after it', () => {
    const told =
      'eqia insight: Pass --population <file.csv>, --baseline <file.csv>, --period <text> and --area <text> to `eqia insight`.';
    for (const width of [40, 60, 79]) {
      const lines = wrapLine(told, width, '  ');
      expect(lines.join(' ').replace(/ +/g, ' ')).toBe(told);
      for (const line of lines) {
        expect(line, `${width}`).not.toMatch(/--[\w-]+$/);
        expect(line, `${width}`).not.toMatch(/^\s*[<,]/);
      }
    }
    expect(wrapLine('Pass --set <census set> to `eqia data import`.', 24)).toMatchInlineSnapshot(`
      [
        "Pass --set <census set>",
        "  to \`eqia data import\`.",
      ]
    `);
  });
});
