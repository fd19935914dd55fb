import { type Aim, aims } from '@eqia/core';
import { sectionStep } from './section-step.js';

export const generalDutyStep = sectionStep('generalDuty', async ({ ask, save, assessment, setContext }) => {
  for (const aim of Object.keys(aims) as Aim[]) {
    setContext([`s.149(1)${aims[aim].limb}: the need to ${aims[aim].text}.`]);
    const statement = await ask.text({
      label: `How does the policy pay due regard to aim ${aims[aim].limb}, ${aims[aim].label.toLowerCase()}?`,
      initial: assessment().generalDuty[aim],
      required: true,
    });
    await save(
      'generalDuty',
      (draft) => {
        draft[aim] = statement;
      },
      `${aims[aim].label}: saved`,
    );
  }
});
