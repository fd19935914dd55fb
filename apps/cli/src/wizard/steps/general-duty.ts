import { aims, jurisdictionOf } from '@eqia/core';
import { english } from '../../messages/en.js';
import { msg, uiCoreMessages } from '../../messages/ui-language.js';
import { sectionStep } from './section-step.js';

export const generalDutyStep = sectionStep(
  'generalDuty',
  async ({ ask, save, assessment, setContext, profile }) => {
    // The aims of the profile's jurisdiction: s.149(1)(a)–(c), or s.75(1) and (2) in Northern Ireland.
    // In English, the profile's words, as before; in Welsh, core's catalogue has section 149's aims.
    const words = uiCoreMessages?.aims;
    for (const { aim, limb, label } of jurisdictionOf(profile).aims) {
      const translated = limb.startsWith('s.') ? undefined : words?.[aim];
      const named = translated?.label ?? label;
      setContext([
        msg.generalDuty.need({
          limb: limb.startsWith('s.') ? limb : `s.149(1)${limb}`,
          text: translated?.text ?? aims[aim].text,
        }),
      ]);
      const statement = await ask.text({
        id: english.generalDuty.aim({ limb, aim: label.toLowerCase() }),
        label: msg.generalDuty.aim({ limb, aim: named.toLowerCase() }),
        initial: assessment().generalDuty[aim],
        required: true,
      });
      await save(
        'generalDuty',
        (draft) => {
          draft[aim] = statement;
        },
        msg.generalDuty.saved({ aim: named }),
      );
    }
  },
);
