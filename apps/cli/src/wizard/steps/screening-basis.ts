import type { Finding } from '@eqia/core';
import type { StepTools, WizardStep } from '../step.js';
import { askNamedList } from './named-list.js';

const owned = ['screening.evidenceIds', 'screening.related'];

/**
 * What a screening-out rests on: the evidence it relied on and the assessments it leans on (a parent
 * strategy's EqIA, an integrated assessment), each linked with why it covers this change. Asks nothing
 * unless the assessment is screened out.
 */
export const screeningBasisStep: WizardStep = {
  id: 'screening-basis',
  title: 'What the screening-out rests on',
  section: 'screening',
  owns: (finding: Finding) => owned.some((path) => finding.path.startsWith(path)),
  run: async (tools) => {
    if (tools.assessment().screening.decision?.kind !== 'not_required') return;
    await askEvidenceReliedOn(tools);
    await askRelatedAssessments(tools);
  },
};

async function askEvidenceReliedOn({ ask, save, assessment, setContext }: StepTools): Promise<void> {
  const items = assessment().evidence.items;
  if (items.length === 0) return;
  setContext(['A screening-out cites what it relied on (Brown principle 6: an adequate record).']);
  const evidenceIds = await ask.multiSelect({
    label: 'Which evidence did the screening rely on?',
    choices: items.map((item) => ({ value: item.id, label: item.title })),
    initial: assessment().screening.evidenceIds,
  });
  await save(
    'screening',
    (screening) => {
      screening.evidenceIds = evidenceIds;
    },
    `Screening relied on ${evidenceIds.length} evidence item(s)`,
  );
}

async function askRelatedAssessments(tools: StepTools): Promise<void> {
  const { ask, save, assessment } = tools;
  await askNamedList(tools, {
    context: [
      'The duty cannot be delegated to another document (Brown principle 4): link any assessment this one relies on.',
    ],
    recorded: () => assessment().screening.related.map((entry) => entry.title),
    label: 'Another assessment or document the screening relies on',
    add: async (title) => {
      const reference = await ask.text({
        label: 'Where to find it (a link, a file, or an eqia id)',
        required: true,
      });
      const covers = await ask.text({ label: 'Why it covers this change', required: true });
      await save(
        'screening',
        (screening) => void screening.related.push({ title, reference, covers }),
        `Screening relies on: ${title}`,
      );
    },
  });
}
