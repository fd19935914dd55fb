import { assign, validateDate } from './fields.js';
import { sectionStep } from './section-step.js';

export const decisionStep = sectionStep('decision', async ({ ask, save, assessment, setContext }) => {
  const decision = () => assessment().decision;
  setContext([
    'Due regard must be paid before and at the time the decision is taken (Brown), by the person who takes it.',
  ]);
  const maker = await ask.text({
    label: 'Who takes the decision? (person or body)',
    initial: decision().maker,
  });
  await save('decision', assign({ maker }), `Decision maker: ${maker || '—'}`);
  const makerRole = await ask.text({ label: 'Their role', initial: decision().makerRole });
  await save('decision', assign({ makerRole }), `Role: ${makerRole || '—'}`);
  const date = await ask.text({
    label: 'Decision date (YYYY-MM-DD, empty if not set yet)',
    initial: decision().date ?? '',
    validate: validateDate,
  });
  await save(
    'decision',
    (d) => {
      if (date) d.date = date;
      else delete d.date;
    },
    `Decision date: ${date || 'not set'}`,
  );
  const paperReference = await ask.text({
    label: 'Decision paper reference (optional)',
    initial: decision().paperReference,
  });
  await save('decision', assign({ paperReference }), `Paper: ${paperReference || '—'}`);
  const makerBriefed = await ask.confirm({
    label: 'Will the decision maker be given this assessment and told of the duty?',
    initial: decision().makerBriefed,
  });
  await save('decision', assign({ makerBriefed }), `Decision maker briefed: ${makerBriefed ? 'yes' : 'no'}`);
});
