import { type Action, label } from '@eqia/core';
import type { StepTools } from '../step.js';
import { done, nextId, validateDate } from './fields.js';
import { type EditableList, fieldId, listMenu, saveItem } from './list-editor.js';
import { sectionStep } from './section-step.js';

const allImpacts = (tools: StepTools) => {
  const { analysis, intersectionality } = tools.assessment();
  return [...Object.values(analysis).flatMap((a) => a.impacts), ...intersectionality.impacts];
};

const actionList: EditableList<'actions', Action> = {
  section: 'actions',
  list: 'actions',
  items: (actions) => actions,
  path: 'actions',
  noun: 'action',
  describe: (action) => action.description,
  async form(tools, existing) {
    const { ask, assessment } = tools;
    const id =
      existing ??
      nextId(
        'act',
        assessment().actions.map((action) => action.id),
      );
    const action = () => assessment().actions.find((candidate) => candidate.id === id);
    const at = (field: string) => fieldId('actions', action() && id, field);
    const description = await ask.text({
      id: at('description'),
      label: 'What will be done?',
      initial: action()?.description,
      required: true,
    });
    const keep = (patch: Partial<Action>, note: string) =>
      saveItem(
        tools,
        actionList,
        {
          id,
          create: () => ({
            id,
            description,
            impactIds: [],
            gapIds: [],
            owner: '',
            measure: '',
            status: 'open' as const,
            updates: [],
          }),
        },
        patch,
        `Action [${id}]: ${note}`,
      );
    await keep({ description }, description);
    const owner = await ask.text({
      id: at('owner'),
      label: 'Who owns it? (name and role)',
      initial: action()?.owner,
      required: true,
    });
    await keep({ owner }, `owner ${owner}`);
    const dueDate = await ask.text({
      id: at('due'),
      label: 'Due date (YYYY-MM-DD)',
      initial: action()?.dueDate ?? '',
      validate: validateDate,
      required: true,
    });
    await keep({ dueDate }, `due ${dueDate}`);
    const measure = await ask.text({
      id: at('measure'),
      label: 'How will you know it worked? (measure of success)',
      initial: action()?.measure,
      required: true,
    });
    await keep({ measure }, 'measure saved');
    const impactChoices = allImpacts(tools)
      .filter((impact) => impact.direction !== 'positive')
      .map((impact) => ({
        value: impact.id,
        label: `${label('impactDirection', impact.direction)}: ${impact.description}`,
      }));
    if (impactChoices.length) {
      const impactIds = await ask.multiSelect({
        id: at('impacts'),
        label: 'Which impacts does it address?',
        choices: impactChoices,
        initial: action()?.impactIds ?? [],
      });
      await keep({ impactIds }, `addresses ${impactIds.length} impact(s)`);
      // Link both ways, so the impact shows its action too.
      const link = (impact: { id: string; actionIds: string[] }) => {
        const others = impact.actionIds.filter((ref) => ref !== id);
        impact.actionIds = impactIds.includes(impact.id) ? [...others, id] : others;
      };
      await tools.save(
        'analysis',
        (draft) => {
          for (const entry of Object.values(draft)) entry.impacts.forEach(link);
        },
        `Action [${id}] linked to its impacts`,
      );
      await tools.save(
        'intersectionality',
        (draft) => draft.impacts.forEach(link),
        `Action [${id}] linked to its combinations`,
      );
    }
    const gaps = assessment().evidence.gaps;
    if (gaps.length) {
      const gapIds = await ask.multiSelect({
        id: at('gaps'),
        label: 'Which data gaps does it fill?',
        choices: gaps.map((gap) => ({ value: gap.id, label: gap.description })),
        initial: action()?.gapIds ?? [],
      });
      await keep({ gapIds }, `fills ${gapIds.length} data gap(s)`);
      await tools.save(
        'evidence',
        (draft) => {
          for (const gap of draft.gaps) {
            const others = gap.actionIds.filter((ref) => ref !== id);
            gap.actionIds = gapIds.includes(gap.id) ? [...others, id] : others;
          }
        },
        `Action [${id}] linked to its data gaps`,
      );
    }
  },
};

export const actionsStep = sectionStep('actions', async (tools) => {
  const { assessment, setContext } = tools;
  for (;;) {
    const { actions, evidence } = assessment();
    const impactsUncovered = allImpacts(tools).filter(
      (impact) =>
        (impact.direction === 'negative' || impact.direction === 'unknown') && impact.actionIds.length === 0,
    ).length;
    const gapsUncovered = evidence.gaps.filter((gap) => gap.actionIds.length === 0).length;
    setContext([
      'Every unknown impact and data gap needs an action; each action an owner, a due date and a measure.',
      `${actions.length} action${actions.length === 1 ? '' : 's'}; ${impactsUncovered} impact${impactsUncovered === 1 ? '' : 's'} and ${gapsUncovered} data gap${gapsUncovered === 1 ? '' : 's'} still without one.`,
    ]);
    const next = await listMenu(tools, [actionList], {
      id: 'actions.menu',
      label: 'Add an action?',
      choices: [
        { value: 'add', label: 'Add an action' },
        { value: done, label: 'Done with the action plan' },
      ],
      initial: impactsUncovered || gapsUncovered ? 'add' : done,
    });
    if (next === done) return;
    if (next === 'add') await actionList.form(tools);
  }
});
