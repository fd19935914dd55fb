import { type SectionId, staleWelsh, textFields, ValidationError } from '@eqia/core';
import type { AssessmentView, EqiaClient } from '@eqia/sdk';
import { msg } from '../messages/ui-language.js';

/**
 * Records the Welsh at `keys` as still right for its English as it is now (`eqia edit --welsh-current`):
 * each is set again as it is, which the SDK's edit records as written for the English of now, one edit
 * a section. Welsh already current is left alone; a key with no Welsh is refused before anything is saved.
 */
export async function confirmWelsh(
  client: EqiaClient,
  id: string,
  keys: readonly string[],
): Promise<AssessmentView> {
  let view = await client.get(id);
  const { assessment } = view;
  const fields = new Map(textFields(assessment).map((field) => [field.key, field.section]));
  const written = (key: string) => fields.has(key) && (assessment.welsh?.[key] ?? '').trim() !== '';
  const stale = staleWelsh(assessment).map((field) => field.key);
  const missing = keys.filter((key) => !written(key));
  if (missing.length > 0 || keys.length === 0)
    throw new ValidationError(
      msg.writes.noWelshToConfirm({ keys: missing.join(', ') || '—', stale: stale.join(', ') || '—' }),
    );
  const sections = new Map<SectionId, string[]>();
  for (const key of keys.filter((key) => stale.includes(key))) {
    const section = fields.get(key) as SectionId;
    sections.set(section, [...(sections.get(section) ?? []), key]);
  }
  for (const [section, inSection] of sections) {
    view = await client.edit(
      id,
      section,
      (_draft, welsh) => {
        for (const key of inSection) welsh.set(key.slice(section.length + 1), assessment.welsh?.[key] ?? '');
      },
      { expectedVersion: view.version },
    );
  }
  return view;
}
