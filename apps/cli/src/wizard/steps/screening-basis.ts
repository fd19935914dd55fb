import type { Finding } from '@eqia/core';
import { msg, question } from '../../messages/ui-language.js';
import { authorText } from '../author-text.js';
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
  get title() {
    return msg.screeningBasis.title;
  },
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
  setContext([msg.screeningBasis.evidenceGuidance]);
  const evidenceIds = await ask.multiSelect({
    ...question((m) => m.screeningBasis.evidence),
    choices: items.map((item) => ({
      value: item.id,
      label: authorText(assessment(), `evidence/items/${item.id}/title`, item.title),
    })),
    initial: assessment().screening.evidenceIds,
  });
  await save(
    'screening',
    (screening) => {
      screening.evidenceIds = evidenceIds;
    },
    msg.screeningBasis.savedEvidence({ n: evidenceIds.length }),
  );
}

async function askRelatedAssessments(tools: StepTools): Promise<void> {
  const { ask, save, assessment } = tools;
  await askNamedList(tools, {
    context: [msg.screeningBasis.relatedGuidance],
    recorded: () => assessment().screening.related.map((entry) => entry.title),
    label: (m) => m.screeningBasis.related,
    add: async (title) => {
      const reference = await ask.text({
        ...question((m) => m.screeningBasis.where),
        required: true,
      });
      const covers = await ask.text({ ...question((m) => m.screeningBasis.covers), required: true });
      await save(
        'screening',
        (screening) => void screening.related.push({ title, reference, covers }),
        msg.screeningBasis.savedRelated({ title }),
      );
    },
  });
}
