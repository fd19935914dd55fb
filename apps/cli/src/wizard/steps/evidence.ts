import { type DataGap, type EvidenceItem, labelChoices } from '@eqia/core';
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
  describe: (item) => item.title,
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
      label: 'Kind of evidence',
      choices: labelChoices('evidenceKind'),
      ...(item() && { initial: item()?.kind }),
    });
    const title = await ask.text({ id: at('title'), label: 'Title', initial: item()?.title, required: true });
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
        `Evidence [${id}]: ${note}`,
      );
    await keep({ kind, title }, title);
    const source = await ask.text({
      id: at('source'),
      label: 'Source or URL',
      initial: item()?.source || item()?.url,
    });
    await keep({ source, url: /^https?:/.test(source) ? source : '' }, `source ${source || '—'}`);
    const date = await ask.text({
      id: at('date'),
      label: 'Date of the evidence (2021, 2021-03 or 2021-03-31; empty if unknown)',
      initial: item()?.date ?? '',
      validate: validatePartialDate,
    });
    await keep(date ? { date } : { date: undefined }, `dated ${date || 'unknown'}`);
    const characteristics = await ask.multiSelect({
      id: at('characteristics'),
      label: 'Which characteristics does it cover?',
      choices: characteristicChoices(profile),
      initial: item()?.characteristics ?? [],
    });
    await keep({ characteristics }, `covers ${characteristics.length} characteristic(s)`);
    const summary = await ask.text({
      id: at('summary'),
      label: 'What does it say? (summary)',
      initial: item()?.summary,
    });
    await keep({ summary }, 'summary saved');
    const limitations = await ask.text({
      id: at('limitations'),
      label: 'How far can it be trusted? (sample size, age, who it leaves out)',
      initial: item()?.limitations,
    });
    await keep({ limitations }, 'limits saved');
  },
};

export const dataGaps: EditableList<'evidence', DataGap> = {
  section: 'evidence',
  list: 'gaps',
  items: (evidence) => evidence.gaps,
  path: 'evidence.gaps',
  noun: 'data gap',
  describe: (gap) => gap.description,
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
      label: 'What is not known?',
      initial: gap()?.description,
      required: true,
    });
    const keep = (patch: Partial<DataGap>, note: string) =>
      saveItem(
        tools,
        dataGaps,
        { id, create: () => ({ id, description, characteristics: [], actionIds: [] }) },
        patch,
        `Data gap [${id}]: ${note}`,
      );
    await keep({ description }, description);
    const characteristics = await ask.multiSelect({
      id: at('characteristics'),
      label: 'For which characteristics?',
      choices: characteristicChoices(profile),
      initial: gap()?.characteristics ?? [],
      min: 1,
    });
    await keep({ characteristics }, `for ${characteristics.length} characteristic(s)`);
  },
};

export const evidenceStep = sectionStep('evidence', async (tools: StepTools) => {
  const { assessment, setContext } = tools;
  for (;;) {
    const { items, gaps } = assessment().evidence;
    setContext([
      'What do you know about the people affected, and what do you not know yet (Bridges: find out)?',
      `${items.length} evidence item${items.length === 1 ? '' : 's'}, ${gaps.length} data gap${gaps.length === 1 ? '' : 's'} so far.`,
    ]);
    const next = await listMenu(tools, [evidenceItems, dataGaps], {
      id: 'evidence.menu',
      label: 'Add evidence or a data gap?',
      choices: [
        { value: 'evidence', label: 'Add an evidence item' },
        { value: 'gap', label: 'Add a data gap: something not known' },
        { value: done, label: 'Done with evidence' },
      ],
    });
    if (next === done) return;
    if (next === 'evidence') await evidenceItems.form(tools);
    else if (next === 'gap') await dataGaps.form(tools);
    else if (next !== again) return;
  }
});
