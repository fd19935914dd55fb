import type { RecordedEvent } from '@eqia/core';
import type { AssessmentDocument } from './formats.js';

/** An assessment file's text and, within it, its log as JSON. */
export interface AssessmentText {
  text: string;
  /** The `events` array as the text holds it, for the next save to append to. */
  events: string;
}

/**
 * The compact text of an assessment file whose log is `previous` (JSON, as the file holds it) and then
 * `added`: exactly `JSON.stringify` of the document with `events` last, built without parsing or
 * stringifying the earlier log again, which is most of the file and grows with every save.
 */
export function assessmentText(
  head: Omit<AssessmentDocument, 'events'>,
  previous: string,
  added: readonly RecordedEvent[],
): AssessmentText {
  const addedJson = JSON.stringify(added);
  const events =
    previous === '[]'
      ? addedJson
      : added.length === 0
        ? previous
        : `${previous.slice(0, -1)},${addedJson.slice(1)}`;
  return { text: `${JSON.stringify(head).slice(0, -1)},"events":${events}}\n`, events };
}
