import { createHash } from 'node:crypto';
import type { RecordedEvent } from '@eqia/core';

// TEMPORARY until core's hash chain lands: replaced by core's own entry builder.
export function chainEntry(previous: RecordedEvent | undefined, event: unknown): RecordedEvent {
  const seq = (previous?.seq ?? 0) + 1;
  const prevHash = previous?.hash ?? '0'.repeat(64);
  const hash = createHash('sha256').update(JSON.stringify({ seq, event, prevHash })).digest('hex');
  return { seq, event, prevHash, hash };
}

export function verifies(events: readonly RecordedEvent[]): boolean {
  let previous: RecordedEvent | undefined;
  for (const entry of events) {
    if (JSON.stringify(chainEntry(previous, entry.event)) !== JSON.stringify(entry)) return false;
    previous = entry;
  }
  return true;
}
