import fc from 'fast-check';
import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Prose, textRows } from '../src/prompts/Prose.js';

function drawn(text: string, width: number): string[] {
  const { lastFrame, unmount } = render(
    <Box width={width}>
      <Prose>{text}</Prose>
    </Box>,
  );
  const lines = (lastFrame() ?? '').split('\n');
  unmount();
  return lines;
}

describe('running text on screen', () => {
  it('wraps every line flush left, even where a word exactly fills the width', () => {
    // "Children" fills 8 columns: Ink alone would start the next line with the space after it.
    expect(drawn('Children and young people', 8)).toEqual(['Children', 'and', 'young', 'people']);
  });

  it('takes the rows the wizard counts for it, so the screen budget holds', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '·'), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 6, max: 80 }),
        (words, width) => {
          const text = words.join(' ');
          const lines = drawn(text, width);
          expect(textRows(text, width)).toBe(lines.length);
          for (const line of lines) expect(line.startsWith(' ')).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
