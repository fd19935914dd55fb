import type { DataGap, EvidenceItem } from '@eqia/core';
import { msg } from '../../messages/ui-language.js';
import { uiWords } from '../../messages/ui-words.js';
import { authorText } from '../author-text.js';
import type { StepTools } from '../step.js';
import { characteristicChoices, done, nextId, validatePartialDate } from './fields.js';
import { again, type EditableList, fieldId, listMenu, saveItem } from './list-editor.js';
import { sectionStep } from './section-step.js';

export const evidenceItems: EditableList<'evidence', EvidenceItem> = {
  section: 'evidence',
  list: 'evidence',
  items: (evidence) => evidence.items,
  path: 'evidence.items',
  noun: 'evidence',
  describe: (item, { assessment }) => authorText(assessment(), `evidence/items/${item.id}/title`, item.title),
  async form(tools, existing) {
    const { ask, assessment, profile } = tools;
    const id =
      existing ??
      nextId(
        'ev',
        assessment().evidence.items.map((item) => item.id),
      );
    const item = () => assessment().evidence.items.find((candidate) => candidate.id === id);
    const at = (field: string) => fieldId('evidence.items', item() && id, field);
    const kind = await ask.select({
      id: at('kind'),
      label: msg.evidence.kind,
      choices: uiWords().labelChoices('evidenceKind'),
      ...(item() && { initial: item()?.kind }),
    });
    const title = await ask.text({
      id: at('title'),
      label: msg.evidence.title,
      initial: item()?.title,
      required: true,
    });
    const keep = (patch: Partial<EvidenceItem>, note: string) =>
      saveItem(
        tools,
        evidenceItems,
        {
          id,
          create: () => ({
            id,
            kind,
            title,
            source: '',
            url: '',
            characteristics: [],
            summary: '',
            limitations: '',
          }),
        },
        patch,
        msg.evidence.saved({ id, note }),
      );
    await keep({ kind, title }, title);
    const source = await ask.text({
      id: at('source'),
      label: msg.evidence.source,
      initial: item()?.source || item()?.url,
    });
    await keep({ source, url: /^https?:/.test(source) ? source : '' }, msg.evidence.savedSource({ source }));
    const date = await ask.text({
      id: at('date'),
      label: msg.evidence.date,
      initial: item()?.date ?? '',
      validate: validatePartialDate,
    });
    await keep(date ? { date } : { date: undefined }, msg.evidence.savedDate({ date }));
    const characteristics = await ask.multiSelect({
      id: at('characteristics'),
      label: msg.evidence.characteristics,
      choices: characteristicChoices(profile),
      initial: item()?.characteristics ?? [],
    });
    await keep({ characteristics }, msg.evidence.savedCharacteristics({ n: characteristics.length }));
    const summary = await ask.text({
      id: at('summary'),
      label: msg.evidence.summary,
      initial: item()?.summary,
    });
    await keep({ summary }, msg.evidence.savedSummary);
    const limitations = await ask.text({
      id: at('limitations'),
      label: msg.evidence.limitations,
      initial: item()?.limitations,
    });
    await keep({ limitations }, msg.evidence.savedLimitations);
  },
};

export const dataGaps: EditableList<'evidence', DataGap> = {
  section: 'evidence',
  list: 'gaps',
  items: (evidence) => evidence.gaps,
  path: 'evidence.gaps',
  noun: 'gap',
  describe: (gap, { assessment }) =>
    authorText(assessment(), `evidence/gaps/${gap.id}/description`, gap.description),
  async form(tools, existing) {
    const { ask, assessment, profile } = tools;
    const id =
      existing ??
      nextId(
        'gap',
        assessment().evidence.gaps.map((gap) => gap.id),
      );
    const gap = () => assessment().evidence.gaps.find((candidate) => candidate.id === id);
    const at = (field: string) => fieldId('evidence.gaps', gap() && id, field);
    const description = await ask.text({
      id: at('description'),
      label: msg.evidence.gap,
      initial: gap()?.description,
      required: true,
    });
    const keep = (patch: Partial<DataGap>, note: string) =>
      saveItem(
        tools,
        dataGaps,
        { id, create: () => ({ id, description, characteristics: [], actionIds: [] }) },
        patch,
        msg.evidence.savedGap({ id, note }),
      );
    await keep({ description }, description);
    const characteristics = await ask.multiSelect({
      id: at('characteristics'),
      label: msg.evidence.gapCharacteristics,
      choices: characteristicChoices(profile),
      initial: gap()?.characteristics ?? [],
      min: 1,
    });
    await keep({ characteristics }, msg.evidence.savedGapCharacteristics({ n: characteristics.length }));
  },
};

export const evidenceStep = sectionStep('evidence', async (tools: StepTools) => {
  const { assessment, setContext } = tools;
  for (;;) {
    const { items, gaps } = assessment().evidence;
    setContext([msg.evidence.guidance, msg.evidence.soFar({ items: items.length, gaps: gaps.length })]);
    const next = await listMenu(tools, [evidenceItems, dataGaps], {
      id: 'evidence.menu',
      label: msg.evidence.menu,
      choices: [
        { value: 'evidence', label: msg.evidence.addItem },
        { value: 'gap', label: msg.evidence.addGap },
        { value: done, label: msg.evidence.done },
      ],
    });
    if (next === done) return;
    if (next === 'evidence') await evidenceItems.form(tools);
    else if (next === 'gap') await dataGaps.form(tools);
    else if (next !== again) return;
  }
});
