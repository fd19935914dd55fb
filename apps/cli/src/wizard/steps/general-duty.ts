import { aims, jurisdictionOf } from '@eqia/core';
import { sectionStep } from './section-step.js';

export const generalDutyStep = sectionStep(
  'generalDuty',
  async ({ ask, save, assessment, setContext, profile }) => {
    // The aims of the profile's jurisdiction: s.149(1)(a)–(c), or s.75(1) and (2) in Northern Ireland.
    for (const { aim, limb, label } of jurisdictionOf(profile).aims) {
      setContext([`${limb.startsWith('s.') ? limb : `s.149(1)${limb}`}: the need to ${aims[aim].text}.`]);
      const statement = await ask.text({
        label: `How does the policy pay due regard to aim ${limb}, ${label.toLowerCase()}?`,
        initial: assessment().generalDuty[aim],
        required: true,
      });
      await save(
        'generalDuty',
        (draft) => {
          draft[aim] = statement;
        },
        `${label}: saved`,
      );
    }
  },
);
