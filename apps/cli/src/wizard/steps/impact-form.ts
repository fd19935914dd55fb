import {
  type Aim,
  aimLabel,
  type Impact,
  inSentence,
  isAdverse,
  label,
  labelChoices,
  type SectionId,
} from '@eqia/core';
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
  const { id } = options;
  const impact = () => list.items(assessment()[list.section]).find((candidate) => candidate.id === id);
  const at = (field: string) => fieldId(list.path, impact() && id, field);
  const groups = affectedGroupChoices(assessment(), profile);
  const audience = await ask.select({
    id: at('audience'),
    label: 'Which group does it affect?',
    choices: groups,
    ...(impact() && { initial: impact()?.audience }),
  });
  const direction = await ask.select({
    id: at('direction'),
    label: 'Is the impact positive, negative, mixed, neutral or unknown?',
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
    saveItem(tools, list, { id, create }, patch as Partial<T>, `Impact [${id}]: ${note}`);
  const audienceName = groups.find((group) => group.value === audience)?.label ?? audience;
  await keep(
    { audience, direction },
    `${inSentence(label('impactDirection', direction))} for ${audienceName}`,
  );
  const description = await ask.text({
    id: at('description'),
    label: 'Describe the impact precisely: who, how, how many',
    initial: impact()?.description,
    required: true,
  });
  await keep({ description }, 'described');
  const items = assessment().evidence.items;
  if (items.length) {
    const evidenceIds = await ask.multiSelect({
      id: at('evidence'),
      label: 'Which evidence supports it?',
      choices: items.map((item) => ({ value: item.id, label: item.title })),
      initial: impact()?.evidenceIds ?? [],
    });
    await keep({ evidenceIds }, `${evidenceIds.length} evidence linked`);
  }
  const aims = await ask.multiSelect<Aim>({
    id: at('aims'),
    label: 'Which aims of the duty does it engage?',
    choices: options.aims.map((aim) => ({ value: aim, label: aimLabel(aim) })),
    initial: impact()?.aims.length ? (impact()?.aims as Aim[]) : options.aims,
  });
  await keep({ aims }, `${aims.length} aim(s)`);
  // A mixed impact is negative for some: it is weighed and mitigated like a negative one.
  if (!isAdverse(direction)) return;
  const severity = await ask.select({
    id: at('severity'),
    label: 'How severe, before mitigation?',
    choices: labelChoices('severity'),
    ...(impact()?.severity && { initial: impact()?.severity }),
  });
  await keep({ severity }, `${inSentence(label('severity', severity))} before mitigation`);
  const mitigation = await ask.text({
    id: at('mitigation'),
    label: 'How will it be mitigated? (empty if it cannot be)',
    initial: impact()?.mitigation,
  });
  await keep({ mitigation }, 'mitigation saved');
  const residualSeverity = await ask.select({
    id: at('residual'),
    label: 'How severe is it after mitigation?',
    choices: labelChoices('residualSeverity'),
    ...(impact()?.residualSeverity && { initial: impact()?.residualSeverity }),
  });
  await keep(
    { residualSeverity },
    `${inSentence(label('residualSeverity', residualSeverity))} after mitigation`,
  );
  if (residualSeverity === 'none') return;
  const justification = await ask.text({
    id: at('justification'),
    label: 'Why is the remaining impact justified? (legitimate aim, proportionate means)',
    initial: impact()?.justification,
  });
  await keep({ justification }, 'justification saved');
}
