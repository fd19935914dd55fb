import { type Aim, aimLabel, type Impact, labelChoices } from '@eqia/core';
import type { StepTools } from '../step.js';
import { audienceChoices } from './fields.js';

/** The questions for one impact, on a characteristic or an intersection. */
export async function askImpact(
  { ask, assessment, profile }: StepTools,
  options: { id: string; aims: readonly Aim[] },
): Promise<Impact> {
  const affected = assessment().policy.audiences;
  const audience = await ask.select({
    label: 'Which audience does it affect?',
    choices: audienceChoices(profile).filter(
      (choice) => affected.length === 0 || affected.includes(choice.value),
    ),
  });
  const direction = await ask.select({
    label: 'Is the impact positive, negative, neutral or unknown?',
    choices: labelChoices('impactDirection'),
  });
  const description = await ask.text({
    label: 'Describe the impact precisely: who, how, how many',
    required: true,
  });
  const impactAims = await ask.multiSelect<Aim>({
    label: 'Which aims of the duty does it engage?',
    choices: options.aims.map((aim) => ({ value: aim, label: aimLabel(aim) })),
    initial: options.aims,
  });
  if (direction !== 'negative')
    return {
      id: options.id,
      audience,
      direction,
      description,
      aims: impactAims,
      evidenceIds: [],
      mitigation: '',
      actionIds: [],
      justification: '',
    };
  const severity = await ask.select({
    label: 'How severe, before mitigation?',
    choices: labelChoices('severity'),
  });
  const mitigation = await ask.text({ label: 'How will it be mitigated? (empty if it cannot be)' });
  const residualSeverity = await ask.select({
    label: 'How severe is it after mitigation?',
    choices: labelChoices('residualSeverity'),
  });
  const justification =
    residualSeverity === 'none'
      ? ''
      : await ask.text({
          label: 'Why is the remaining impact justified? (legitimate aim, proportionate means)',
        });
  return {
    id: options.id,
    audience,
    direction,
    severity,
    description,
    aims: impactAims,
    evidenceIds: [],
    mitigation,
    actionIds: [],
    residualSeverity,
    justification,
  };
}
