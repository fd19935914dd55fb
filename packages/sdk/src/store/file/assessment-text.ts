import type { RecordedEvent } from '@eqia/core';
import type { AssessmentDocument } from './formats.js';

/*
 * An assessment file is one compact JSON document with `events` last, written whole at every save, but
 * never made into one string. V8 keeps a string of more than about 128 KB (64,000 characters once any
 * is outside Latin-1, as a ’ is) in its large-object space, and making one cost about a millisecond, more
 * than writing it; an assessment passes that size after a few dozen events, and a long-lived one by far.
 * So the store holds and writes the text as parts: the head (the document up to its log) and the log in
 * runs of whole events, each run far below that size (docs/performance.md, "Saving").
 */

/** Characters per run of events: under V8's large-object size even in two-byte characters. */
const RUN_CHARACTERS = 16_384;

/** An assessment file's text, in parts. */
export interface AssessmentText {
  /** The document's JSON up to its log, without the closing brace: `{"formatVersion":…,"snapshot":{…}}`. */
  head: string;
  /** The log: each run is whole events' JSON, comma-separated, in order. */
  runs: readonly string[];
}

/**
 * The text of an assessment file whose log is the `previous` runs and then `added`. The snapshot comes as
 * its JSON, which the save also writes to the snapshot cache: made once, not twice.
 */
export function assessmentText(
  head: Omit<AssessmentDocument, 'events' | 'snapshot'>,
  snapshotJson: string,
  previous: readonly string[],
  added: readonly RecordedEvent[],
): AssessmentText {
  // Exactly `JSON.stringify({ ...head, snapshot })` without its closing brace.
  const text = `${JSON.stringify(head).slice(0, -1)},"snapshot":${snapshotJson}`;
  return { head: text, runs: runsWith(previous, added) };
}

/** The runs of a log: `previous`, then each event added to the last run while it has room. */
export function runsWith(previous: readonly string[], added: readonly RecordedEvent[]): string[] {
  const runs = [...previous];
  for (const event of added) {
    const json = JSON.stringify(event);
    const last = runs.at(-1);
    if (last !== undefined && last.length + json.length < RUN_CHARACTERS)
      runs[runs.length - 1] = `${last},${json}`;
    else runs.push(json);
  }
  return runs;
}

/** The parts to write one after another: together exactly `JSON.stringify` of the document and a newline. */
export function fileParts({ head, runs }: AssessmentText): string[] {
  return [`${head},"events":[`, ...runs.map((run, index) => (index === 0 ? run : `,${run}`)), ']}\n'];
}

/** The document the text holds, parsed part by part (a fresh copy every time). */
export function parseAssessmentText({ head, runs }: AssessmentText): AssessmentDocument {
  const document = JSON.parse(`${head}}`) as AssessmentDocument;
  document.events = runs.flatMap((run) => JSON.parse(`[${run}]`) as RecordedEvent[]);
  return document;
}
