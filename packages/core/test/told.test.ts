import { describe, expect, it } from 'vitest';
import { csvTold, englishCsvWords } from '../src/analysis.js';
import { InvalidTransitionError, lifecycleTold, optionsTellerOf, toldIn } from '../src/index.js';
import { insightTold } from '../src/labels/insight-words.js';
import { onDemandTold } from '../src/labels/on-demand-words.js';
import { tellerOf } from '../src/labels/told.js';

// Every catalogue area tells its messages one way (labels/told.ts): as data, with the area's English.

const words = {
  plain: 'A sentence with nothing to fill in.',
  filled: ({ name, count }: { name: string; count: string }) => `${name} has ${count}.`,
  /** Not a sentence: what an area never holds, worded as its id. */
  odd: 3,
};

describe("an area's teller", () => {
  const tell = tellerOf(words);

  it('tells a message with values as its id and values, worded in the English given', () => {
    expect(tell('filled', { name: 'Team A', count: '2' })).toEqual({
      message: 'Team A has 2.',
      told: { id: 'filled', values: { name: 'Team A', count: '2' } },
    });
  });

  it('tells a sentence with nothing to fill in with empty values, never none', () => {
    expect(tell('plain')).toEqual({
      message: 'A sentence with nothing to fill in.',
      told: { id: 'plain', values: {} },
    });
  });

  it('words as its id what the area holds no sentence for', () => {
    expect(tell('odd')).toEqual({ message: 'odd', told: { id: 'odd', values: {} } });
  });

  it("gives an error's constructor the same, in its options", () => {
    const tellError = optionsTellerOf(words);
    expect(tellError('filled', { name: 'Team A', count: '2' })).toEqual({
      message: 'Team A has 2.',
      options: { told: { id: 'filled', values: { name: 'Team A', count: '2' } } },
    });
    expect(tellError('plain')).toEqual({
      message: 'A sentence with nothing to fill in.',
      options: { told: { id: 'plain', values: {} } },
    });
  });

  // Its assertions are the @ts-expect-error lines: the typecheck (tsc over test/) fails if one compiles.
  it("asks for exactly the values a message's sentence takes", () => {
    // @ts-expect-error: the sentence fills in a name and a count.
    tell('filled');
    // @ts-expect-error: and nothing else.
    tell('filled', { name: 'Team A' });
    // @ts-expect-error: a plain sentence takes none.
    tell('plain', { name: 'Team A' });
    // @ts-expect-error: no such message.
    tell('missing');
  });
});

describe("core's areas, told through it", () => {
  it('tells CSV, insight and checks messages as data with their English', () => {
    expect(csvTold('payEmpty')).toEqual({
      message: englishCsvWords.payEmpty,
      told: { id: 'payEmpty', values: {} },
    });
    expect(csvTold('payFields', { count: '3' })).toMatchInlineSnapshot(`
      {
        "message": "expected 2 fields (measure,value) but found 3",
        "told": {
          "id": "payFields",
          "values": {
            "count": "3",
          },
        },
      }
    `);
    expect(insightTold('thresholdWhole', { value: '1.5' })).toMatchInlineSnapshot(`
      {
        "message": "The small-count threshold must be a whole number, 0 or more, not 1.5.",
        "told": {
          "id": "thresholdWhole",
          "values": {
            "value": "1.5",
          },
        },
      }
    `);
    expect(onDemandTold('badClock', { now: 'soon' })).toMatchInlineSnapshot(`
      {
        "message": "The check clock "soon" is not an ISO date-time: pass one such as 2026-03-02T10:00:00Z.",
        "told": {
          "id": "badClock",
          "values": {
            "now": "soon",
          },
        },
      }
    `);
  });

  it('tells a lifecycle refusal for its error, which another language words again from the data', () => {
    const { message, options } = lifecycleTold('supersedeItself');
    expect(options).toEqual({ told: { id: 'supersedeItself', values: {} } });
    const error = new InvalidTransitionError(message, 'approved', 'supersede', options);
    expect(error.told).toEqual(options.told);
    expect(toldIn(error, { supersedeItself: 'Yn Gymraeg.' }).message).toBe('Yn Gymraeg.');
    // Words that have no such message leave the error as it was.
    expect(toldIn(error, { otherMessage: 'Yn Gymraeg.' })).toBe(error);
  });
});
