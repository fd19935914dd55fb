import type { Action } from '@eqia/core';
import { msg, uiLabel } from '../../messages/ui-language.js';
import { authorText } from '../author-text.js';
import type { StepTools } from '../step.js';
import { done, nextId, validateDate } from './fields.js';
import { type EditableList, fieldId, listMenu, saveItem } from './list-editor.js';
import { sectionStep } from './section-step.js';

/** Every impact, a characteristic's or a combination's, with the text key of its description. */
const allImpacts = (tools: StepTools) => {
  const { analysis, intersectionality } = tools.assessment();
  return [
    ...Object.entries(analysis).flatMap(([characteristic, entry]) =>
      entry.impacts.map((impact) => ({
        impact,
        key: `analysis/${characteristic}/impacts/${impact.id}/description`,
      })),
    ),
    ...intersectionality.impacts.map((impact) => ({
      impact,
      key: `intersectionality/impacts/${impact.id}/description`,
    })),
  ];
};

const actionList: EditableList<'actions', Action> = {
  section: 'actions',
  list: 'actions',
  items: (actions) => actions,
  path: 'actions',
  noun: 'action',
  describe: (action, { assessment }) =>
    authorText(assessment(), `actions/${action.id}/description`, action.description),
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
      label: msg.actionPlan.description,
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
        msg.actionPlan.saved({ id, note }),
      );
    await keep({ description }, description);
    const owner = await ask.text({
      id: at('owner'),
      label: msg.actionPlan.owner,
      initial: action()?.owner,
      required: true,
    });
    await keep({ owner }, msg.actionPlan.savedOwner({ owner }));
    const dueDate = await ask.text({
      id: at('due'),
      label: msg.actionPlan.due,
      initial: action()?.dueDate ?? '',
      validate: validateDate,
      required: true,
    });
    await keep({ dueDate }, msg.actionPlan.savedDue({ date: dueDate }));
    const measure = await ask.text({
      id: at('measure'),
      label: msg.actionPlan.measure,
      initial: action()?.measure,
      required: true,
    });
    await keep({ measure }, msg.actionPlan.savedMeasure);
    const impactChoices = allImpacts(tools)
      .filter(({ impact }) => impact.direction !== 'positive')
      .map(({ impact, key }) => ({
        value: impact.id,
        label: `${uiLabel('impactDirection', impact.direction)}: ${authorText(assessment(), key, impact.description)}`,
      }));
    if (impactChoices.length) {
      const impactIds = await ask.multiSelect({
        id: at('impacts'),
        label: msg.actionPlan.impacts,
        choices: impactChoices,
        initial: action()?.impactIds ?? [],
      });
      await keep({ impactIds }, msg.actionPlan.savedImpacts({ n: impactIds.length }));
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
        msg.actionPlan.linkedImpacts({ id }),
      );
      await tools.save(
        'intersectionality',
        (draft) => draft.impacts.forEach(link),
        msg.actionPlan.linkedCombinations({ id }),
      );
    }
    const gaps = assessment().evidence.gaps;
    if (gaps.length) {
      const gapIds = await ask.multiSelect({
        id: at('gaps'),
        label: msg.actionPlan.gaps,
        choices: gaps.map((gap) => ({
          value: gap.id,
          label: authorText(assessment(), `evidence/gaps/${gap.id}/description`, gap.description),
        })),
        initial: action()?.gapIds ?? [],
      });
      await keep({ gapIds }, msg.actionPlan.savedGaps({ n: gapIds.length }));
      await tools.save(
        'evidence',
        (draft) => {
          for (const gap of draft.gaps) {
            const others = gap.actionIds.filter((ref) => ref !== id);
            gap.actionIds = gapIds.includes(gap.id) ? [...others, id] : others;
          }
        },
        msg.actionPlan.linkedGaps({ id }),
      );
    }
  },
};

export const actionsStep = sectionStep('actions', async (tools) => {
  const { assessment, setContext } = tools;
  for (;;) {
    const { actions, evidence } = assessment();
    const impactsUncovered = allImpacts(tools).filter(
      ({ impact }) =>
        (impact.direction === 'negative' || impact.direction === 'unknown') && impact.actionIds.length === 0,
    ).length;
    const gapsUncovered = evidence.gaps.filter((gap) => gap.actionIds.length === 0).length;
    setContext([
      msg.actionPlan.guidance,
      msg.actionPlan.counts({ actions: actions.length, impacts: impactsUncovered, gaps: gapsUncovered }),
    ]);
    const next = await listMenu(tools, [actionList], {
      id: 'actions.menu',
      label: msg.actionPlan.menu,
      choices: [
        { value: 'add', label: msg.actionPlan.add },
        { value: done, label: msg.actionPlan.done },
      ],
      initial: impactsUncovered || gapsUncovered ? 'add' : done,
    });
    if (next === done) return;
    if (next === 'add') await actionList.form(tools);
  }
});
