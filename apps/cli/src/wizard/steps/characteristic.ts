import type { Frozen } from '@eqia/core';
import {
  type AnalysisStatus,
  type CharacteristicDefinition,
  type Impact,
  inSentence,
  type Profile,
} from '@eqia/core';
import { msg, uiLabel } from '../../messages/ui-language.js';
import { uiWords } from '../../messages/ui-words.js';
import { authorText } from '../author-text.js';
import type { StepTools, WizardStep } from '../step.js';
import { done, nextId } from './fields.js';
import { impactForm } from './impact-form.js';
import { again, type EditableList, listMenu } from './list-editor.js';

/** The impacts recorded on one characteristic. */
function impactsOf(characteristic: CharacteristicDefinition): EditableList<'analysis', Impact> {
  const list: EditableList<'analysis', Impact> = {
    section: 'analysis',
    list: 'impacts',
    items: (analysis) => analysis[characteristic.id]?.impacts ?? [],
    path: `analysis.${characteristic.id}.impacts`,
    noun: 'impact',
    describe: (impact, { assessment }) =>
      `${inSentence(uiLabel('impactDirection', impact.direction))}: ${
        authorText(
          assessment(),
          `analysis/${characteristic.id}/impacts/${impact.id}/description`,
          impact.description,
        ) || msg.characteristic.notDescribed
      }`,
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
export function characteristicStep(
  characteristic: CharacteristicDefinition,
  profile: Frozen<Profile>,
): WizardStep {
  const speakers = profile.stakeholders
    .filter((s) => s.characteristics.includes(characteristic.id))
    .map((s) => s.name);
  const impacts = impactsOf(characteristic);
  const at = (field: string) => `analysis.${characteristic.id}.${field}`;
  return {
    id: `analysis.${characteristic.id}`,
    get title() {
      return uiWords().characteristic(characteristic).label;
    },
    section: 'analysis',
    owns: (finding) =>
      finding.section === 'analysis' && finding.path.startsWith(`analysis.${characteristic.id}`),
    async run(tools) {
      const { ask, save, assessment, setContext } = tools;
      const words = uiWords();
      const named = words.characteristic(characteristic);
      const name = named.label;
      const analysis = () => assessment().analysis[characteristic.id];
      const screening = assessment().screening.answers[characteristic.id];
      setContext([
        ...named.prompts.slice(0, 3).map((prompt) => `  • ${prompt}`),
        ...(speakers.length ? [msg.characteristic.speakers({ names: speakers.join(', ') })] : []),
        ...(screening
          ? [
              msg.characteristic.screeningSaid({
                relevance: words.label('relevance', screening.relevance),
                reason: authorText(
                  assessment(),
                  `screening/answers/${characteristic.id}/reason`,
                  screening.reason,
                ),
              }),
            ]
          : []),
      ]);
      const saved = analysis()?.status;
      const status = await ask.select<AnalysisStatus>({
        id: at('status'),
        label: msg.characteristic.conclusion({ characteristic: name.toLowerCase() }),
        choices: words.labelChoices('analysisStatus', ['impacts_identified', 'no_impact', 'not_assessed']),
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
        msg.characteristic.saved({ characteristic: name, note: words.label('analysisStatus', status) }),
      );
      if (status === 'not_assessed') return;
      const reasoning = await ask.text({
        id: at('reasoning'),
        label: status === 'no_impact' ? msg.characteristic.whyNoImpact : msg.characteristic.reasoning,
        initial: analysis()?.reasoning ?? '',
        required: status === 'no_impact',
      });
      await save(
        'analysis',
        (draft) => {
          const entry = draft[characteristic.id];
          if (entry) entry.reasoning = reasoning;
        },
        msg.characteristic.saved({ characteristic: name, note: msg.characteristic.savedReasoning }),
      );
      await askSupport(tools, characteristic);
      if (status !== 'impacts_identified') return;
      for (;;) {
        const count = analysis()?.impacts.length ?? 0;
        const next = await listMenu(tools, [impacts], {
          id: at('impacts.menu'),
          label: msg.characteristic.impacts({ n: count, characteristic: name.toLowerCase() }),
          choices: [
            { value: 'add', label: msg.characteristic.addImpact },
            { value: done, label: msg.characteristic.done({ characteristic: name.toLowerCase() }) },
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
    label: msg.characteristic.support,
    choices: [
      ...items.map((item) => ({
        value: item.id,
        label: msg.characteristic.evidence({
          title: authorText(assessment(), `evidence/items/${item.id}/title`, item.title),
        }),
      })),
      ...gaps.map((gap) => ({
        value: gap.id,
        label: msg.characteristic.notKnown({
          description: authorText(assessment(), `evidence/gaps/${gap.id}/description`, gap.description),
        }),
      })),
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
    msg.characteristic.saved({
      characteristic: uiWords().characteristic(characteristic).label,
      note: msg.characteristic.savedSupport({ evidence: evidenceIds.length, gaps: gapIds.length }),
    }),
  );
}
