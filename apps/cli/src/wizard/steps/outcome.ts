import { label, labelChoices } from '@eqia/core';
import { assign } from './fields.js';
import { sectionStep } from './section-step.js';

export const outcomeStep = sectionStep('outcome', async ({ ask, save, assessment, setContext }) => {
  setContext(['The four outcomes the EHRC describes. Pick the one your analysis supports.']);
  const current = assessment().outcome;
  const kind = await ask.select({
    label: 'Outcome',
    choices: labelChoices('outcomeKind'),
    ...(current && { initial: current.kind }),
  });
  const rationale = await ask.text({
    label: 'Why this outcome?',
    initial: current?.kind === kind ? current.rationale : '',
    required: true,
  });
  const base = { kind, rationale, legitimateAim: '', alternativesConsidered: '', proportionality: '' };
  await save('outcome', () => base, `Outcome: ${label('outcomeKind', kind)}`);
  if (kind === 'continue') await justify();
  // Asked once the outcome is known: the report opens with it, for readers who read nothing else.
  const summary = await ask.text({
    label: 'A plain-English summary to open the report: the change, what you found, what follows',
    initial: assessment().policy.summary,
  });
  await save('policy', assign({ summary }), 'Summary saved');

  async function justify() {
    const legitimateAim = await ask.text({
      label: 'The legitimate aim the policy pursues',
      initial: current?.legitimateAim ?? '',
      required: true,
    });
    const alternativesConsidered = await ask.text({
      label: 'Less harmful alternatives considered, and why not chosen',
      initial: current?.alternativesConsidered ?? '',
      required: true,
    });
    const proportionality = await ask.text({
      label: 'Why the means are proportionate',
      initial: current?.proportionality ?? '',
      required: true,
    });
    await save(
      'outcome',
      () => ({ ...base, legitimateAim, alternativesConsidered, proportionality }),
      'Justification saved',
    );
  }
});
