import { msg, question } from '../../messages/ui-language.js';
import { assign, validateDate } from './fields.js';
import { sectionStep } from './section-step.js';

export const decisionStep = sectionStep('decision', async ({ ask, save, assessment, setContext }) => {
  const decision = () => assessment().decision;
  setContext([msg.decision.guidance]);
  const maker = await ask.text({
    ...question((m) => m.decision.maker),
    initial: decision().maker,
  });
  await save('decision', assign({ maker }), msg.decision.savedMaker({ maker }));
  const makerRole = await ask.text({
    ...question((m) => m.decision.role),
    initial: decision().makerRole,
  });
  await save('decision', assign({ makerRole }), msg.decision.savedRole({ role: makerRole }));
  const date = await ask.text({
    ...question((m) => m.decision.date),
    initial: decision().date ?? '',
    validate: validateDate,
  });
  await save(
    'decision',
    (d) => {
      if (date) d.date = date;
      else delete d.date;
    },
    msg.decision.savedDate({ date }),
  );
  const paperReference = await ask.text({
    ...question((m) => m.decision.paper),
    initial: decision().paperReference,
  });
  await save('decision', assign({ paperReference }), msg.decision.savedPaper({ paper: paperReference }));
  const makerBriefed = await ask.confirm({
    ...question((m) => m.decision.briefed),
    initial: decision().makerBriefed,
  });
  await save('decision', assign({ makerBriefed }), msg.decision.savedBriefed({ briefed: makerBriefed }));
});
