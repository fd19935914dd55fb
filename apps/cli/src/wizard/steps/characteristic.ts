import {
  type AnalysisStatus,
  type CharacteristicDefinition,
  type Impact,
  inSentence,
  label,
  labelChoices,
  type Profile,
} from '@eqia/core';
import type { StepTools, WizardStep } from '../step.js';
import { done, nextId } from './fields.js';
import { impactForm } from './impact-form.js';
import { again, type EditableList, listMenu } from './list-editor.js';

const statusChoices = labelChoices('analysisStatus', ['impacts_identified', 'no_impact', 'not_assessed']);

/** The impacts recorded on one characteristic. */
function impactsOf(characteristic: CharacteristicDefinition): EditableList<'analysis', Impact> {
  const list: EditableList<'analysis', Impact> = {
    section: 'analysis',
    list: 'impacts',
    items: (analysis) => analysis[characteristic.id]?.impacts ?? [],
    path: `analysis.${characteristic.id}.impacts`,
    noun: 'impact',
    describe: (impact) =>
      `${inSentence(label('impactDirection', impact.direction))}: ${impact.description || '(not described yet)'}`,
    form: (tools, existing) =>
      impactForm(tools, list, {
        id:
          existing ??
          nextId(
            `imp-${characteristic.id}`,
            list.items(tools.assessment().analysis).map((impact) => impact.id),
          ),
        aims: characteristic.aims,
      }),
  };
  return list;
}

/** One step per characteristic: its prompts, who speaks for it, the conclusion and the impacts. */
export function characteristicStep(characteristic: CharacteristicDefinition, profile: Profile): WizardStep {
  const speakers = profile.stakeholders
    .filter((s) => s.characteristics.includes(characteristic.id))
    .map((s) => s.name);
  const impacts = impactsOf(characteristic);
  const at = (field: string) => `analysis.${characteristic.id}.${field}`;
  return {
    id: `analysis.${characteristic.id}`,
    title: characteristic.label,
    section: 'analysis',
    owns: (finding) =>
      finding.section === 'analysis' && finding.path.startsWith(`analysis.${characteristic.id}`),
    async run(tools) {
      const { ask, save, assessment, setContext } = tools;
      const analysis = () => assessment().analysis[characteristic.id];
      const screening = assessment().screening.answers[characteristic.id];
      setContext([
        ...characteristic.prompts.slice(0, 3).map((prompt) => `  • ${prompt}`),
        ...(speakers.length ? [`Who speaks for it: ${speakers.join(', ')}`] : []),
        ...(screening
          ? [`Screening said: ${label('relevance', screening.relevance)} — ${screening.reason}`]
          : []),
      ]);
      const saved = analysis()?.status;
      const status = await ask.select<AnalysisStatus>({
        id: at('status'),
        label: `Your conclusion on ${characteristic.label.toLowerCase()}`,
        choices: statusChoices,
        // Screening's answer suggests the conclusion until the author gives one.
        initial:
          saved && saved !== 'not_assessed'
            ? saved
            : screening?.relevance === 'no'
              ? 'no_impact'
              : 'impacts_identified',
      });
      await save(
        'analysis',
        (draft) => {
          draft[characteristic.id] = {
            ...(draft[characteristic.id] ?? { reasoning: '', evidenceIds: [], gapIds: [], impacts: [] }),
            status,
          };
        },
        `${characteristic.label}: ${label('analysisStatus', status)}`,
      );
      if (status === 'not_assessed') return;
      const reasoning = await ask.text({
        id: at('reasoning'),
        label:
          status === 'no_impact'
            ? 'Why is there no impact? (specific to this characteristic)'
            : 'Your reasoning, in brief',
        initial: analysis()?.reasoning ?? '',
        required: status === 'no_impact',
      });
      await save(
        'analysis',
        (draft) => {
          const entry = draft[characteristic.id];
          if (entry) entry.reasoning = reasoning;
        },
        `${characteristic.label}: reasoning saved`,
      );
      await askSupport(tools, characteristic);
      if (status !== 'impacts_identified') return;
      for (;;) {
        const count = analysis()?.impacts.length ?? 0;
        const next = await listMenu(tools, [impacts], {
          id: at('impacts.menu'),
          label: `${count} impact${count === 1 ? '' : 's'} on ${characteristic.label.toLowerCase()}. Add one?`,
          choices: [
            { value: 'add', label: 'Add an impact' },
            { value: done, label: `Done with ${characteristic.label.toLowerCase()}` },
          ],
        });
        if (next === 'add') await impacts.form(tools);
        else if (next !== again) return;
      }
    },
  };
}

/** Which evidence and data gaps the conclusion rests on: either may support "no impact". */
async function askSupport(tools: StepTools, characteristic: CharacteristicDefinition): Promise<void> {
  const { ask, save, assessment } = tools;
  const { items, gaps } = assessment().evidence;
  if (!items.length && !gaps.length) return;
  const entry = assessment().analysis[characteristic.id];
  const linked = [...(entry?.evidenceIds ?? []), ...(entry?.gapIds ?? [])];
  const covers = (characteristics: readonly string[]) => characteristics.includes(characteristic.id);
  const chosen = await ask.multiSelect({
    id: `analysis.${characteristic.id}.support`,
    label: 'Which evidence or data gaps does this rest on?',
    choices: [
      ...items.map((item) => ({ value: item.id, label: `Evidence: ${item.title}` })),
      ...gaps.map((gap) => ({ value: gap.id, label: `Not known: ${gap.description}` })),
    ],
    initial: linked.length
      ? linked
      : [
          ...items.filter((i) => covers(i.characteristics)),
          ...gaps.filter((g) => covers(g.characteristics)),
        ].map((found) => found.id),
  });
  const evidenceIds = chosen.filter((id) => items.some((item) => item.id === id));
  const gapIds = chosen.filter((id) => gaps.some((gap) => gap.id === id) && !evidenceIds.includes(id));
  await save(
    'analysis',
    (draft) => {
      const saved = draft[characteristic.id];
      if (saved) Object.assign(saved, { evidenceIds, gapIds });
    },
    `${characteristic.label}: ${evidenceIds.length} evidence and ${gapIds.length} data gap(s) linked`,
  );
}
