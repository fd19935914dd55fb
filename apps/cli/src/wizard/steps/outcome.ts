import { msg, question } from '../../messages/ui-language.js';
import { uiWords } from '../../messages/ui-words.js';
import { assign } from './fields.js';
import { sectionStep } from './section-step.js';

export const outcomeStep = sectionStep('outcome', async ({ ask, save, assessment, setContext }) => {
  const { label, labelChoices } = uiWords();
  setContext([msg.outcome.guidance]);
  const current = assessment().outcome;
  const kind = await ask.select({
    ...question((m) => m.outcome.kind),
    choices: labelChoices('outcomeKind'),
    ...(current && { initial: current.kind }),
  });
  const rationale = await ask.text({
    ...question((m) => m.outcome.why),
    initial: current?.kind === kind ? current.rationale : '',
    required: true,
  });
  const base = { kind, rationale, legitimateAim: '', alternativesConsidered: '', proportionality: '' };
  await save('outcome', () => base, msg.outcome.saved({ outcome: label('outcomeKind', kind) }));
  if (kind === 'continue') await justify();
  // Asked once the outcome is known: the report opens with it, for readers who read nothing else.
  const summary = await ask.text({
    ...question((m) => m.outcome.summary),
    initial: assessment().policy.summary,
  });
  await save('policy', assign({ summary }), msg.outcome.savedSummary);

  async function justify() {
    const legitimateAim = await ask.text({
      ...question((m) => m.outcome.legitimateAim),
      initial: current?.legitimateAim ?? '',
      required: true,
    });
    const alternativesConsidered = await ask.text({
      ...question((m) => m.outcome.alternatives),
      initial: current?.alternativesConsidered ?? '',
      required: true,
    });
    const proportionality = await ask.text({
      ...question((m) => m.outcome.proportionate),
      initial: current?.proportionality ?? '',
      required: true,
    });
    await save(
      'outcome',
      () => ({ ...base, legitimateAim, alternativesConsidered, proportionality }),
      msg.outcome.savedJustification,
    );
  }
});
