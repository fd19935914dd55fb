import {
  type AnalysisStatus,
  type CharacteristicDefinition,
  inSentence,
  label,
  labelChoices,
  type Profile,
} from '@eqia/core';
import type { WizardStep } from '../step.js';
import { done, nextId } from './fields.js';
import { askImpact } from './impact-questions.js';

const statusChoices = labelChoices('analysisStatus', ['impacts_identified', 'no_impact', 'not_assessed']);

/** One step per characteristic: its prompts, who speaks for it, the conclusion and the impacts. */
export function characteristicStep(characteristic: CharacteristicDefinition, profile: Profile): WizardStep {
  const speakers = profile.stakeholders
    .filter((s) => s.characteristics.includes(characteristic.id))
    .map((s) => s.name);
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
      const context = [
        ...characteristic.prompts.slice(0, 3).map((prompt) => `  • ${prompt}`),
        ...(speakers.length ? [`Who speaks for it: ${speakers.join(', ')}`] : []),
        ...(screening
          ? [`Screening said: ${label('relevance', screening.relevance)} — ${screening.reason}`]
          : []),
      ];
      setContext(context);
      const status = await ask.select<AnalysisStatus>({
        label: `Your conclusion on ${characteristic.label.toLowerCase()}`,
        choices: statusChoices,
        initial: analysis()?.status === 'not_assessed' ? 'impacts_identified' : analysis()?.status,
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
      const items = assessment().evidence.items;
      if (items.length) {
        const evidenceIds = await ask.multiSelect({
          label: 'Which evidence supports this?',
          choices: items.map((item) => ({ value: item.id, label: item.title })),
          initial: analysis()?.evidenceIds.length
            ? analysis()?.evidenceIds
            : items.filter((item) => item.characteristics.includes(characteristic.id)).map((item) => item.id),
        });
        await save(
          'analysis',
          (draft) => {
            const entry = draft[characteristic.id];
            if (entry) entry.evidenceIds = evidenceIds;
          },
          `${characteristic.label}: ${evidenceIds.length} evidence linked`,
        );
      }
      if (status !== 'impacts_identified') return;
      for (;;) {
        const impacts = analysis()?.impacts ?? [];
        const sofar = impacts
          .map((i) => `${inSentence(label('impactDirection', i.direction))} for ${i.audience}`)
          .join('; ');
        const next = await ask.select({
          label: `${impacts.length} impact${impacts.length === 1 ? '' : 's'}${sofar ? ` (${sofar})` : ''}. Add one?`,
          choices: [
            { value: 'add', label: 'Add an impact' },
            { value: done, label: `Done with ${characteristic.label.toLowerCase()}` },
          ],
          initial: impacts.length ? done : 'add',
        });
        if (next === done) return;
        const id = nextId(
          `imp-${characteristic.id}`,
          impacts.map((impact) => impact.id),
        );
        const impact = await askImpact(tools, { id, aims: characteristic.aims });
        await save(
          'analysis',
          (draft) => {
            draft[characteristic.id]?.impacts.push(impact);
          },
          `${characteristic.label}: ${inSentence(label('impactDirection', impact.direction))} impact for ${impact.audience}`,
        );
      }
    },
  };
}
