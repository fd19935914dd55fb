import { label } from '@eqia/core';
import { done, nextId, validateDate } from './fields.js';
import { sectionStep } from './section-step.js';

export const actionsStep = sectionStep('actions', async ({ ask, save, assessment, setContext }) => {
  for (;;) {
    const { actions, analysis, intersectionality, evidence } = assessment();
    const needing = [
      ...Object.values(analysis).flatMap((a) => a.impacts),
      ...intersectionality.impacts,
    ].filter(
      (impact) =>
        (impact.direction === 'negative' || impact.direction === 'unknown') && impact.actionIds.length === 0,
    );
    setContext([
      'Every unknown impact and data gap needs an action; each action an owner, a due date and a measure.',
      `${actions.length} action${actions.length === 1 ? '' : 's'}; ${needing.length} impact${needing.length === 1 ? '' : 's'} and ${evidence.gaps.length} gap${evidence.gaps.length === 1 ? '' : 's'} to cover.`,
      ...actions.slice(-3).map((action) => `  [${action.id}] ${action.description}`),
    ]);
    const next = await ask.select({
      label: 'Add an action?',
      choices: [
        { value: 'add', label: 'Add an action' },
        { value: done, label: 'Done with the action plan' },
      ],
      initial: needing.length || evidence.gaps.length ? 'add' : done,
    });
    if (next === done) return;
    const description = await ask.text({ label: 'What will be done?', required: true });
    const owner = await ask.text({ label: 'Who owns it? (name and role)', required: true });
    const dueDate = await ask.text({
      label: 'Due date (YYYY-MM-DD)',
      validate: validateDate,
      required: true,
    });
    const measure = await ask.text({
      label: 'How will you know it worked? (measure of success)',
      required: true,
    });
    const impactChoices = [...Object.values(analysis).flatMap((a) => a.impacts), ...intersectionality.impacts]
      .filter((impact) => impact.direction !== 'positive')
      .map((impact) => ({
        value: impact.id,
        label: `${label('impactDirection', impact.direction)}: ${impact.description}`.slice(0, 70),
      }));
    const impactIds = impactChoices.length
      ? await ask.multiSelect({ label: 'Which impacts does it address?', choices: impactChoices })
      : [];
    const gapIds = evidence.gaps.length
      ? await ask.multiSelect({
          label: 'Which data gaps does it fill?',
          choices: evidence.gaps.map((gap) => ({ value: gap.id, label: gap.description.slice(0, 70) })),
        })
      : [];
    const id = nextId(
      'act',
      actions.map((action) => action.id),
    );
    await save(
      'actions',
      (draft) => {
        draft.push({
          id,
          description,
          owner,
          dueDate,
          measure,
          impactIds,
          gapIds,
          status: 'open',
          updates: [],
        });
      },
      `Action [${id}]: ${description}`,
    );
    // Link both ways, so the impact and the gap show their action too.
    if (impactIds.length)
      await save(
        'analysis',
        (draft) => {
          for (const entry of Object.values(draft))
            for (const impact of entry.impacts) if (impactIds.includes(impact.id)) impact.actionIds.push(id);
        },
        `Linked ${id} to ${impactIds.join(', ')}`,
      );
    if (gapIds.length)
      await save(
        'evidence',
        (draft) => {
          for (const gap of draft.gaps) if (gapIds.includes(gap.id)) gap.actionIds.push(id);
        },
        `Linked ${id} to ${gapIds.join(', ')}`,
      );
  }
});
