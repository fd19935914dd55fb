import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../src/output/wrap.js';
import { fitContext } from '../src/wizard/context-view.js';

const words = fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 60 });
const lines = fc.array(
  words.map((w) => w.join(' ')),
  { minLength: 1, maxLength: 12 },
);

describe('the context above a question', () => {
  it('fits the rows it is given, and says how many more lines Ctrl+O shows', () => {
    fc.assert(
      fc.property(
        lines,
        fc.integer({ min: 60, max: 160 }),
        fc.integer({ min: 2, max: 12 }),
        (text, columns, rows) => {
          const fitted = fitContext(text, columns, rows, false);
          expect(fitted.length).toBeLessThanOrEqual(rows);
          for (const line of fitted) expect(line.length).toBeLessThan(columns);
          const all = fitContext(text, columns, 1000, false);
          if (all.length > rows) {
            expect(fitted.at(-1)).toBe(
              `… ${all.length - rows + 1} more line${all.length - rows + 1 === 1 ? '' : 's'}: Ctrl+O shows them all`,
            );
            expect(fitContext(text, columns, rows, true)).toEqual([...all, 'Ctrl+O shows less']);
          } else expect(fitted).toEqual(all);
        },
      ),
    );
  });

  it('never breaks a word to wrap (the words read back in order)', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 40, max: 120 }), (sentence, width) => {
        const wrapped = wrapText(sentence.join(' '), width);
        expect(wrapped.split(/\s+/).filter(Boolean)).toEqual(sentence);
        for (const line of wrapped.split('\n')) expect(line.length).toBeLessThan(width);
      }),
    );
  });
});
