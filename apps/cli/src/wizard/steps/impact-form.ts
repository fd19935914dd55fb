import { type Aim, type Impact, inSentence, isAdverse, type SectionId } from '@eqia/core';
import { msg } from '../../messages/ui-language.js';
import { uiWords } from '../../messages/ui-words.js';
import { authorText } from '../author-text.js';
import type { StepTools } from '../step.js';
import { affectedGroupChoices } from './fields.js';
import { type EditableList, fieldId, saveItem } from './list-editor.js';

/**
 * The questions for one impact, on a characteristic or an intersection, each pre-filled with what is
 * kept and saved as it is answered. The impact is made by its audience and direction; an impact left
 * half-way stays, and the checks name what it lacks.
 */
export async function impactForm<S extends SectionId, T extends Impact>(
  tools: StepTools,
  list: EditableList<S, T>,
  options: { id: string; aims: readonly Aim[]; extra?: Partial<T> },
): Promise<void> {
  const { ask, assessment, profile } = tools;
  const { label, labelChoices, aimLabel } = uiWords();
  const { id } = options;
  const impact = () => list.items(assessment()[list.section]).find((candidate) => candidate.id === id);
  const at = (field: string) => fieldId(list.path, impact() && id, field);
  const groups = affectedGroupChoices(assessment(), profile);
  const audience = await ask.select({
    id: at('audience'),
    label: msg.impact.audience,
    choices: groups,
    ...(impact() && { initial: impact()?.audience }),
  });
  const direction = await ask.select({
    id: at('direction'),
    label: msg.impact.direction,
    choices: labelChoices('impactDirection'),
    ...(impact() && { initial: impact()?.direction }),
  });
  const create = () =>
    ({
      id,
      audience,
      direction,
      description: '',
      aims: [],
      evidenceIds: [],
      mitigation: '',
      actionIds: [],
      justification: '',
      ...options.extra,
    }) as T;
  const keep = (patch: Partial<Impact>, note: string) =>
    saveItem(tools, list, { id, create }, patch as Partial<T>, msg.impact.saved({ id, note }));
  const audienceName = groups.find((group) => group.value === audience)?.label ?? audience;
  await keep(
    { audience, direction },
    msg.impact.savedDirection({
      direction: inSentence(label('impactDirection', direction)),
      audience: audienceName,
    }),
  );
  const description = await ask.text({
    id: at('description'),
    label: msg.impact.description,
    initial: impact()?.description,
    required: true,
  });
  await keep({ description }, msg.impact.savedDescription);
  const items = assessment().evidence.items;
  if (items.length) {
    const evidenceIds = await ask.multiSelect({
      id: at('evidence'),
      label: msg.impact.evidence,
      choices: items.map((item) => ({
        value: item.id,
        label: authorText(tools.assessment(), `evidence/items/${item.id}/title`, item.title),
      })),
      initial: impact()?.evidenceIds ?? [],
    });
    await keep({ evidenceIds }, msg.impact.savedEvidence({ n: evidenceIds.length }));
  }
  const aims = await ask.multiSelect<Aim>({
    id: at('aims'),
    label: msg.impact.aims,
    choices: options.aims.map((aim) => ({ value: aim, label: aimLabel(aim) })),
    initial: impact()?.aims.length ? (impact()?.aims as Aim[]) : options.aims,
  });
  await keep({ aims }, msg.impact.savedAims({ n: aims.length }));
  // A mixed impact is negative for some: it is weighed and mitigated like a negative one.
  if (!isAdverse(direction)) return;
  const severity = await ask.select({
    id: at('severity'),
    label: msg.impact.severity,
    choices: labelChoices('severity'),
    ...(impact()?.severity && { initial: impact()?.severity }),
  });
  await keep({ severity }, msg.impact.savedSeverity({ severity: inSentence(label('severity', severity)) }));
  const mitigation = await ask.text({
    id: at('mitigation'),
    label: msg.impact.mitigation,
    initial: impact()?.mitigation,
  });
  await keep({ mitigation }, msg.impact.savedMitigation);
  const residualSeverity = await ask.select({
    id: at('residual'),
    label: msg.impact.residual,
    choices: labelChoices('residualSeverity'),
    ...(impact()?.residualSeverity && { initial: impact()?.residualSeverity }),
  });
  await keep(
    { residualSeverity },
    msg.impact.savedResidual({ severity: inSentence(label('residualSeverity', residualSeverity)) }),
  );
  if (residualSeverity === 'none') return;
  const justification = await ask.text({
    id: at('justification'),
    label: msg.impact.justification,
    initial: impact()?.justification,
  });
  await keep({ justification }, msg.impact.savedJustification);
}
