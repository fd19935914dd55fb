import { type SectionId, staleWelsh, textFields } from '@eqia/core';
import { readAssessment } from './command-runner.js';
import type { ClientContext } from './context.js';
import type { AssessmentView } from './results.js';
import type { EqiaClient, WriteOptions } from './types.js';
import { refuseWelshToConfirm } from './welsh-to-confirm.js';

/**
 * Records the Welsh at `keys` as still right for its English as it is now: each is set again as it is,
 * which an edit records as written for the English of now, one edit a section, each expecting the
 * version the one before it left. Welsh already current is left alone; a key with no Welsh is refused
 * before anything is saved.
 */
export async function confirmWelsh(
  context: ClientContext,
  commands: Pick<EqiaClient, 'edit' | 'get'>,
  id: string,
  keys: readonly string[],
  options: WriteOptions = {},
): Promise<AssessmentView> {
  const stored = await readAssessment(context, id);
  const { assessment } = stored.snapshot;
  const fields = textFields(assessment);
  const stale = staleWelsh(assessment).map((field) => field.key);
  const words = context.language.errors(context.knownProfile());
  refuseWelshToConfirm(keys, fields, assessment.welsh, stale, words.noWelshToConfirm);
  const sectionOf = new Map(fields.map((field) => [field.key, field.section]));
  const sections = new Map<SectionId, string[]>();
  for (const key of keys.filter((key) => stale.includes(key))) {
    const section = sectionOf.get(key) as SectionId;
    sections.set(section, [...(sections.get(section) ?? []), key]);
  }
  let view: AssessmentView | undefined;
  for (const [section, inSection] of sections)
    view = await commands.edit(
      id,
      section,
      (_draft, welsh) => {
        for (const key of inSection) welsh.set(key.slice(section.length + 1), assessment.welsh?.[key] ?? '');
      },
      { ...options, expectedVersion: view?.version ?? options.expectedVersion ?? stored.events.length },
    );
  // Nothing out of date among the keys: nothing is recorded.
  return view ?? commands.get(id, options);
}
