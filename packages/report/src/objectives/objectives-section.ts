import type { ObjectiveAttention, Profile } from '@eqia/core';
import {
  type Block,
  cell,
  type Inline,
  paragraph,
  plainText,
  type Section,
  section,
} from '../document/blocks.js';
import { characteristicsIn } from '../labels.js';
import { english } from '../language/english.js';
import type { ReportLanguage } from '../language/report-language.js';
import { around, type ProgressInLanguage, progressIn } from './objective-in-language.js';
import type { MeasureProgress, ObjectiveProgress } from './objective-progress.js';

const amount = (value: number | undefined, unit: string) => (value === undefined ? '—' : `${value}${unit}`);

/** RAG in words and a symbol, never colour alone. */
export function ragText(
  progress: Pick<ObjectiveProgress, 'rag' | 'lastUpdate'>,
  lang: ReportLanguage = english,
): string {
  const words = lang.words.objectives;
  if (!progress.rag || !progress.lastUpdate) return words.noProgress;
  return words.rag({
    symbol: { red: '●', amber: '◐', green: '○' }[progress.rag],
    rag: lang.label('rag', progress.rag),
    meaning: lang.hint('rag', progress.rag) ?? '',
    date: lang.date(progress.lastUpdate.asOf),
  });
}

function measuresTable(
  measures: readonly MeasureProgress[],
  lang: ReportLanguage,
  shown: ProgressInLanguage,
): Block {
  const words = lang.words.objectives.measures;
  return {
    kind: 'table',
    caption: words.caption,
    columns: words.columns,
    rows: measures.map((measure) => [
      shown.cell(measure.indicator),
      cell(amount(measure.baseline, measure.unit)),
      cell(
        measure.latest
          ? `${amount(measure.latest.value, measure.unit)} (${lang.date(measure.latest.asOf)})`
          : words.notReported,
        measure.latest ? undefined : 'muted',
      ),
      cell(amount(measure.target, measure.unit)),
      measure.met ? cell(words.reached, 'positive') : cell(words.notYet, 'muted'),
    ]),
    rowHeaders: true,
    empty: words.empty,
  };
}

/**
 * What needs attention, in the report's language: core's words for it, with the report's dates, and a
 * late milestone named as the report shows it (its Welsh where written, else its English marked).
 */
function attentionContent(
  item: ObjectiveAttention,
  lang: ReportLanguage,
  shown: ProgressInLanguage,
): Inline[] {
  const words = lang.messages.attention;
  switch (item.kind) {
    case 'period_too_long':
      return [words.period_too_long({ ...item, start: lang.date(item.start), end: lang.date(item.end) })];
    case 'review_due':
      return [words.review_due({ end: lang.date(item.end) })];
    case 'update_due':
      return [words.update_due({ since: lang.date(item.since), months: item.months })];
    case 'milestone_overdue': {
      const dueDate = lang.date(item.dueDate);
      return shown.within(({ text }) => words.milestone_overdue({ milestone: text, dueDate }), {
        text: shown.of(item.milestone),
      });
    }
  }
}

/** One objective: who owns it, where it is, its measures, its plan and what changed as a result. */
function objectiveSection(
  original: ObjectiveProgress,
  index: number,
  profile: Profile,
  lang: ReportLanguage,
): Section {
  const words = lang.words.objectives;
  const shown = progressIn(original, lang);
  const { progress } = shown;
  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        {
          term: words.owner,
          value: [progress.owner.name, progress.owner.jobTitle].filter(Boolean).join(', '),
        },
        { term: words.status, value: lang.label('objectiveStatus', progress.status) },
        { term: words.progress, value: ragText(progress, lang) },
        {
          term: words.period,
          value: words.periodRange({
            from: lang.date(progress.period.start),
            to: lang.date(progress.period.end),
          }),
        },
        {
          term: words.characteristics,
          value: lang.list(characteristicsIn(lang, profile, progress.characteristics), words.all),
        },
      ],
    },
    paragraph(...shown.text(progress.statement)),
  ];
  if (progress.lastUpdate)
    blocks.push(paragraph(...shown.within(words.latest, { text: progress.lastUpdate.narrative })));
  blocks.push(measuresTable(progress.measures, lang, shown));
  if (progress.milestones.length)
    blocks.push({
      kind: 'list',
      items: progress.milestones.map((milestone) =>
        milestone.doneOn
          ? shown.within(words.done, { date: lang.date(milestone.doneOn), text: milestone.description })
          : shown.within(milestone.overdue ? words.overdue : words.due, {
              date: lang.date(milestone.dueDate),
              text: milestone.description,
            }),
      ),
    });
  if (progress.changes.length)
    blocks.push(paragraph(words.changed), {
      kind: 'list',
      items: progress.changes.map((change) =>
        shown.within(words.change, { date: lang.date(change.asOf), text: change.text }),
      ),
    });
  if (progress.attention.length)
    blocks.push({
      kind: 'paragraph',
      content: around(
        words.attention,
        progress.attention.flatMap((item, at) => [
          ...(at > 0 ? [' '] : []),
          ...attentionContent(item, lang, shown),
        ]),
      ),
      tone: 'warning',
    });
  // The title in the heading as anywhere: English with no Welsh is marked as English within it.
  const heading = shown.within(({ text }) => words.heading({ n: index + 1, title: text }), {
    text: progress.title,
  });
  return section(
    `objective-${index + 1}`,
    heading.length === 1 && typeof heading[0] === 'string' ? plainText(heading) : heading,
    blocks,
  );
}

/** The objectives, one sub-section each, under a heading of the caller's. */
export function objectivesSection(
  id: string,
  heading: string,
  intro: string,
  objectives: readonly ObjectiveProgress[],
  profile: Profile,
  lang: ReportLanguage,
): Section {
  const blocks: Block[] = objectives.length
    ? [
        paragraph(intro),
        ...objectives.map((progress, index) => objectiveSection(progress, index, profile, lang)),
      ]
    : [paragraph(lang.words.objectives.none)];
  return section(id, heading, blocks);
}
