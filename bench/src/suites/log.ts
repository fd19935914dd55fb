import {
  type AssessmentEvent,
  cafcassProfile,
  createLifecycle,
  editSection,
  type RecordedEvent,
  recordEvent,
  summarise,
  verifyChain,
} from '@eqia/core';
import { createClient, createMemoryStore } from '@eqia/sdk';
import { nativeSha256 } from '@eqia/sdk/node';
import { recordTemplateLog } from '../fixtures/template-log.js';
import { median } from '../measure.js';
import type { SuiteContext } from '../results.js';

/** Replay and verification of one long log: the template's, then edits until it holds `length` events. */
export async function logSuite(context: SuiteContext): Promise<void> {
  const length = context.smoke ? 50 : 1000;
  const events = await longLog(length);
  const lifecycle = createLifecycle();

  const replay = await median(() => lifecycle.replay(events), { runs: context.runs(30), warmup: 3 });
  context.record({
    id: 'replay',
    label: `replay an assessment of ${length} events`,
    unit: 'ms',
    value: replay.medianMs,
    runs: replay.runs,
  });

  const log: RecordedEvent[] = [];
  for (const event of events) log.push(recordEvent(log.at(-1), event));
  const chain = await median(() => verifyChain(log), { runs: context.runs(30), warmup: 3 });
  context.record({
    id: 'verify-chain',
    label: `verify the hash chain of ${length} events`,
    unit: 'ms',
    value: chain.medianMs,
    runs: chain.runs,
  });

  // `verify` as users run it: the chain, then the snapshot against a replay of the log.
  const store = createMemoryStore({ profile: cafcassProfile });
  const snapshot = lifecycle.replay(events);
  const id = snapshot.assessment.id;
  const summary = summarise(snapshot.assessment, snapshot.status, {
    version: log.length,
    updatedAt: last(events).at,
  });
  await store.append({ id, expectedVersion: 0, events: log, snapshot, summary });
  const client = await createClient({ store, user: 'amara', sha256: nativeSha256 });
  const verified = await median(() => client.verify(id), { runs: context.runs(20), warmup: 2 });
  context.record({
    id: 'verify',
    label: `verify (chain and replay) of ${length} events`,
    unit: 'ms',
    value: verified.medianMs,
    runs: verified.runs,
  });
  await client.close();
}

/** The template log up to its last edit, then one-field edits of the policy until `length` events. */
async function longLog(length: number): Promise<AssessmentEvent[]> {
  const template = await recordTemplateLog();
  const events = template.events.slice(0, template.cut.assessing);
  let assessment = createLifecycle().replay(events).assessment;
  const edited = last(events);
  for (let n = events.length; n < length; n++) {
    const edit = editSection(assessment, 'policy', (policy) => {
      policy.scope = `${policy.scope.replace(/ \(\d+\)$/, '')} (${n})`;
    });
    assessment = edit.assessment;
    const at = new Date(Date.parse(edited.at) + n * 60_000).toISOString();
    events.push({ type: 'edit', by: edited.by, at, section: 'policy', patches: edit.patches });
  }
  return events;
}

function last(events: AssessmentEvent[]): AssessmentEvent {
  const event = events.at(-1);
  if (!event) throw new Error('the log is empty');
  return event;
}
