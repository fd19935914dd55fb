import type { RecordedEvent } from '@eqia/core';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  assessmentText,
  fileParts,
  parseAssessmentText,
  runsWith,
} from '../src/store/file/assessment-text.js';
import type { AssessmentDocument } from '../src/store/file/formats.js';

/*
 * The file store holds and writes an assessment file's text in parts (assessment-text.ts). Whatever the
 * sizes of the events, and however the log was built up save by save, the parts must make exactly the
 * compact JSON of the document, and read back as it.
 */

// Events of any size, some far longer than a run, in characters outside Latin-1 too (’, emoji).
const event = fc.record({
  seq: fc.nat(),
  note: fc
    .tuple(fc.string({ unit: fc.constantFrom('a', '’', '"', '\\', '😀', '\n') }), fc.nat({ max: 9000 }))
    .map(([text, padding]) => `${text}${'’'.repeat(padding)}`),
}) as unknown as fc.Arbitrary<RecordedEvent>;

const head = {
  formatVersion: 2,
  id: 'eqia-1',
  summary: { id: 'eqia-1', version: 1 },
  snapshot: { assessment: { title: 'Café’s hours' }, status: { state: 'draft' } },
} as unknown as Omit<AssessmentDocument, 'events'>;

test('the parts of an assessment file are its compact JSON, built save by save, and read back whole', () => {
  fc.assert(
    fc.property(fc.array(fc.array(event, { maxLength: 6 }), { maxLength: 8 }), (saves) => {
      let runs: readonly string[] = [];
      const log: RecordedEvent[] = [];
      for (const added of saves) {
        const { snapshot, ...rest } = head;
        const text = assessmentText(rest, JSON.stringify(snapshot), runs, added);
        log.push(...added);
        const document = { ...head, events: log };
        expect(fileParts(text).join('')).toBe(`${JSON.stringify(document)}\n`);
        expect(parseAssessmentText(text)).toEqual(document);
        runs = text.runs;
      }
      // A log read from its file (no runs held) is split the same way as one built save by save.
      expect(runsWith([], log)).toEqual(runs);
    }),
    { numRuns: 60 },
  );
});

test('runs stay short of V8’s large strings, however long the log', () => {
  const note = '’'.repeat(3000);
  const runs = runsWith(
    [],
    Array.from({ length: 200 }, (_, seq) => ({ seq, note }) as unknown as RecordedEvent),
  );
  expect(runs.length).toBeGreaterThan(1);
  for (const run of runs) expect(run.length).toBeLessThan(16_384);
});
