import {
  type Assessment,
  englishFingerprint,
  isWelshStale,
  type SectionId,
  schemaTyped,
  sectionIds,
  textFields,
  textKey,
} from '@eqia/core';
import type { AssessmentView, EqiaClient } from '@eqia/sdk';
import { dropLinksToRemoved } from '../lists/list-edits.js';
import { sameContent } from './same-content.js';
import type { AnswersFile } from './schema.js';

/**
 * Apply an answers file to an assessment, one edit per changed section so the audit log shows each;
 * sections that would not change are skipped, so applying the same file twice records nothing new.
 * Policy, decision, evidence and screening come first because the screening decision moves a draft on to
 * the full assessment (a draft holds evidence, which its screening may cite). An item a list in the file
 * leaves out is removed, and so are its links from the sections that pointed at it (an action that
 * addressed a removed impact no longer names it). `changed`: whether anything was recorded.
 */
export async function applyAnswers(
  client: EqiaClient,
  id: string,
  answers: AnswersFile,
): Promise<{ view: AssessmentView; changed: boolean }> {
  const before = await client.get(id);
  let view = before;
  // Its parts go back into edits as they are (frozen: immer takes them so), never changed here.
  const current = () => schemaTyped<Assessment>(view.assessment);
  const put = async <S extends SectionId>(section: S, next: Assessment[S] | undefined) => {
    if (next === undefined || sameContent(current()[section], next)) return;
    view = await client.edit(id, section, () => next);
  };

  // The owner is optional in the file: keep the current one rather than clear it.
  if (answers.policy)
    await put('policy', { ...answers.policy, owner: answers.policy.owner ?? current().policy.owner });
  await put('decision', answers.decision);
  // Before the screening, which may cite it.
  await put('evidence', answers.evidence);
  if (answers.screening) {
    const screening = current().screening;
    const { evidenceIds = screening.evidenceIds, related = screening.related } = answers.screening;
    await put('screening', {
      ...screening,
      answers: { ...screening.answers, ...answers.screening.answers },
      evidenceIds,
      related,
    });
    const decision = answers.screening.decision;
    const recorded = current().screening.decision;
    if (decision && (recorded?.kind !== decision.kind || recorded.rationale !== decision.rationale))
      view = await client.screen(id, decision);
  }
  await put('engagement', answers.engagement);
  if (answers.analysis) await put('analysis', { ...current().analysis, ...answers.analysis });
  await put('intersectionality', answers.intersectionality);
  await put('generalDuty', answers.generalDuty);
  await put('outcome', answers.outcome);
  await put('actions', answers.actions);
  if (answers.monitoring) await put('monitoring', { ...current().monitoring, ...answers.monitoring });
  // The Welsh last, each section's with that section (an edit changes only its own fields' Welsh). A
  // Welsh version given again for English that has changed is set again, so current now, only when the
  // file gives it for that English: an exported file says which English its Welsh was written for
  // (`welshOf`), so re-applying it after changing the English leaves its Welsh marked out of date.
  const writtenForNow = (key: string) => {
    const of = answers.welshOf?.[key];
    const english = textFields(current()).find((field) => field.key === key)?.english ?? '';
    return of === undefined || of === englishFingerprint(english);
  };
  for (const section of sectionIds) {
    const prefix = textKey(section, '');
    const changed = Object.entries(answers.welsh ?? {}).filter(
      ([key, text]) =>
        key.startsWith(prefix) &&
        ((current().welsh?.[key] ?? '') !== text || (isWelshStale(current(), key) && writtenForNow(key))),
    );
    if (changed.length === 0) continue;
    view = await client.edit(id, section, (_draft, welsh) => {
      for (const [key, text] of changed) welsh.set(key.slice(prefix.length), text);
    });
  }
  const after = await dropLinksToRemoved(client, before, view);
  return { view: after, changed: after.version !== before.version };
}
