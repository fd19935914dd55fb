import {
  type Aim,
  aims,
  type Impact,
  ImpactDirection,
  type ResidualSeverity,
  type Severity,
} from '@eqia/core';
import type { StepTools } from '../step.js';
import { audienceChoices } from './fields.js';

const directionLabels: Record<ImpactDirection, string> = {
  positive: 'Positive',
  negative: 'Negative (adverse)',
  neutral: 'Neutral',
  unknown: 'Unknown: we need to find out',
};

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
  const direction = await ask.select<ImpactDirection>({
    label: 'Is the impact positive, negative, neutral or unknown?',
    choices: ImpactDirection.options.map((value) => ({ value, label: directionLabels[value] })),
  });
  const description = await ask.text({
    label: 'Describe the impact precisely: who, how, how many',
    required: true,
  });
  const impactAims = await ask.multiSelect<Aim>({
    label: 'Which aims of the duty does it engage?',
    choices: options.aims.map((aim) => ({ value: aim, label: `${aims[aim].limb} ${aims[aim].label}` })),
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
  const severity = await ask.select<Severity>({
    label: 'How severe, before mitigation?',
    choices: [
      { value: 'low', label: 'Low' },
      { value: 'medium', label: 'Medium' },
      { value: 'high', label: 'High' },
    ],
  });
  const mitigation = await ask.text({ label: 'How will it be mitigated? (empty if it cannot be)' });
  const residualSeverity = await ask.select<ResidualSeverity>({
    label: 'How severe is it after mitigation?',
    choices: [
      { value: 'none', label: 'None: fully mitigated' },
      { value: 'low', label: 'Low' },
      { value: 'medium', label: 'Medium' },
      { value: 'high', label: 'High' },
    ],
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
