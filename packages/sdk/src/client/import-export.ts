import { ConflictError, mayManageProfile, summarise } from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import { parseExportDocument, serializeExport, toExportDocument } from '@eqia/core/exchange';
import { storedTold } from '../language/stored-errors.js';
import { digestLanguagesFor } from './check-languages.js';
import { notify, readAssessment } from './command-runner.js';
import { type ClientContext, callingUser } from './context.js';
import { checkSignOffs } from './imported-keys.js';
import type { AssessmentView } from './results.js';
import { toView } from './view.js';

/** Canonical JSON of the assessment with its whole log: the same record always gives the same bytes. */
export async function exportAssessment(context: ClientContext, id: string): Promise<string> {
  const profile = await context.profile();
  callingUser(context, profile);
  const { snapshot, events } = await readAssessment(context, id);
  return serializeExport(toExportDocument(snapshot, events, (await context.profile()).keys));
}

/**
 * Brings in an exported assessment exactly as exported: validated, version-checked, its chain verified
 * and its content equal to what its log replays to (core's parseExportDocument). The log is stored as
 * it came, so exporting it again gives the same bytes. An id already in the store is a ConflictError.
 * Its sign-offs' signatures must verify, against this store's keys or the keys the export carries; the
 * carried keys are then registered for this assessment only (see imported-keys.ts).
 * Admins only: an import writes history that nobody in this store recorded.
 */
export async function importAssessment(context: ClientContext, json: string): Promise<AssessmentView> {
  const profile = await context.profile();
  const user = callingUser(context, profile);
  const refusal = mayManageProfile(user, 'importAssessments');
  if (refusal) throw refusal;
  const document = parseExportDocument(json);
  const { id } = document.assessment;
  const existing = await context.store.read(id);
  if (existing) {
    const { location } = context.store;
    const version = existing.events.length;
    const { message, options } = storedTold('exportInStore', { id, location, version: String(version) });
    throw new ConflictError(message, 0, version, options);
  }
  await checkSignOffs(context, profile, document);
  const snapshot = context.replay.replay(document.events.map((entry) => entry.event));
  const last = document.events.at(-1);
  const summary = summarise(snapshot.assessment, snapshot.status, {
    version: document.events.length,
    updatedAt: last?.event.at ?? snapshot.assessment.createdAt,
  });
  const digest = digestAssessment(snapshot.assessment, profile, await digestLanguagesFor(profile));
  await context.store.append({ id, expectedVersion: 0, events: document.events, snapshot, summary, digest });
  notify(context, { id, type: 'import', summary });
  return toView(snapshot, summary, profile, context.clock(), context.language.checks(profile));
}
