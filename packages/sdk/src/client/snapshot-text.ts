import type { PersistedSnapshot } from '@eqia/core';

/**
 * A snapshot's JSON text, made part by part for a session: each part of the assessment that the event
 * left alone (core's partsChangedBy) keeps the text it had in the version before, so an edit of one
 * section serialises that section, not the whole assessment again. The text is exactly
 * `JSON.stringify(snapshot)`: an object's JSON is its keys' texts joined in its own order.
 *
 * The parts are kept with the hash the version was recorded with, and used only for an event that
 * follows that hash: a version is a function of its log, so no other writer's version can match, and a
 * text kept for an append that failed is never used.
 */
export interface SnapshotTexts {
  /**
   * `changed`: the parts the event may have changed (all when undefined); `after`: the hash of the log's
   * last entry before it; `recorded`: the hash it is recorded with.
   */
  text(
    snapshot: PersistedSnapshot,
    changed: readonly string[] | undefined,
    after: string | undefined,
    recorded: string,
  ): string;
}

export function createSnapshotTexts(): SnapshotTexts {
  let kept: { hash: string; parts: Map<string, string> } | undefined;
  return {
    text(snapshot, changed, after, recorded) {
      const reusable = changed && after !== undefined && kept?.hash === after ? kept.parts : undefined;
      const parts = new Map<string, string>();
      const assessment = joined(snapshot.assessment, (key, value) => {
        const text =
          (!changed?.includes(key) && reusable?.get(key)) || (JSON.stringify(value) as string | undefined);
        if (text !== undefined) parts.set(key, text);
        return text;
      });
      kept = { hash: recorded, parts };
      return joined(snapshot, (key, value) => (key === 'assessment' ? assessment : JSON.stringify(value)));
    },
  };
}

/** An object's JSON from its keys' texts (`undefined`: the key is left out, as JSON.stringify leaves it). */
function joined(object: object, textOf: (key: string, value: unknown) => string | undefined): string {
  let json = '';
  for (const [key, value] of Object.entries(object)) {
    const text = textOf(key, value);
    if (text !== undefined) json += `${json ? ',' : ''}${JSON.stringify(key)}:${text}`;
  }
  return `{${json}}`;
}
