import type { Frozen } from '@eqia/core';
import { inSentence, type ObjectiveSummary, type Profile, profileCharacteristics } from '@eqia/core';
import type { EqiaClient, ObjectiveView } from '@eqia/sdk';
import { msg, uiLocale } from '../messages/ui-language.js';
import { uiWords } from '../messages/ui-words.js';
import { personName } from '../output/person.js';
import { objectiveInRunLanguage } from '../output/texts-in-language.js';

const nameOf = personName;

const ragText = (summary: Pick<ObjectiveSummary, 'rag'>) => {
  const { label, hint } = uiWords();
  return summary.rag ? `${label('rag', summary.rag)} (${hint('rag', summary.rag)})` : msg.objectives.noUpdate;
};

/**
 * Each objective's title as a reader of this run's language reads it, by id: in a Welsh run its Welsh,
 * else its English marked, as `objectives show` marks them (`objectiveInRunLanguage`). From the
 * objectives themselves, whose summaries hold the English only: a body has a few objectives, not
 * thousands. An English run reads none and lists the titles as written.
 */
export async function titlesInRunLanguage(client: EqiaClient): Promise<ReadonlyMap<string, string>> {
  if (uiLocale === 'en') return new Map();
  const objectives = await client.objectives.all();
  return new Map(objectives.map((objective) => [objective.id, objectiveInRunLanguage(objective).title]));
}

/**
 * The register, one objective to a block of short lines (its id, its title, where it is), so it fits a
 * narrow terminal: ids and titles are too long to share a row. `titles` are those to show in place of
 * the summaries' (titlesInRunLanguage).
 */
export function objectivesTable(
  summaries: Frozen<ObjectiveSummary[]>,
  profile: Frozen<Profile>,
  titles: ReadonlyMap<string, string> = new Map(),
): string {
  const { label } = uiWords();
  return summaries
    .map((summary) => {
      const latest = summary.rag
        ? msg.objectives.latestOn({ rag: label('rag', summary.rag), date: summary.lastUpdateOn ?? '' })
        : msg.objectives.noUpdateYet;
      return `${summary.id}\n  ${titles.get(summary.id) ?? summary.title}\n  ${label('objectiveStatus', summary.status)} · ${nameOf(profile, summary.owner)} · ${latest}`;
    })
    .join('\n\n');
}

/** One objective as an equality lead reads it: the promise, the measures against targets, the plan, progress. */
export function objectiveText(
  { objective: asWritten, summary, attention }: ObjectiveView,
  profile: Frozen<Profile>,
): string {
  const objective = objectiveInRunLanguage(asWritten);
  const words = uiWords();
  const { label } = words;
  const o = msg.objectives;
  const characteristics = profileCharacteristics(profile);
  const characteristicName = (id: string) => {
    const found = characteristics.find((c) => c.id === id);
    return found ? words.characteristic(found).label : id;
  };
  const latestValue = (measure: string) =>
    objective.updates
      .flatMap((update) =>
        update.values
          .filter((value) => value.measure === measure)
          .map((value) => ({ ...value, asOf: update.asOf })),
      )
      .at(-1);
  const lines = [
    objective.title,
    o.ownedBy({
      status: label('objectiveStatus', objective.status),
      owner: nameOf(profile, objective.owner),
      start: objective.period.start,
      end: objective.period.end,
    }),
    o.latest({ rag: ragText(summary), date: summary.lastUpdateOn ?? '' }),
    '',
    objective.statement,
  ];
  if (objective.rationale) lines.push('', o.why({ text: objective.rationale }));
  if (objective.characteristics.length)
    lines.push(
      '',
      o.characteristics({ names: objective.characteristics.map(characteristicName).join(', ') }),
    );
  if (objective.measures.length) {
    lines.push('', o.measures);
    for (const measure of objective.measures) {
      const latest = latestValue(measure.id);
      const unit = measure.unit;
      const baseline =
        measure.baseline === undefined ? '' : o.baseline({ value: `${measure.baseline}${unit}` });
      const now = latest ? o.valueAt({ value: `${latest.value}${unit}`, date: latest.asOf }) : o.noValue;
      lines.push(
        `  ${measure.indicator}: ${baseline}${o.target({ value: `${measure.target}${unit}` })}${now}`,
      );
    }
  }
  if (objective.milestones.length) {
    lines.push('', o.milestones);
    for (const milestone of objective.milestones)
      lines.push(
        `  ${milestone.doneOn ? o.milestoneDone({ date: milestone.doneOn }) : o.milestoneDue({ date: milestone.dueDate })}  ${milestone.description}${milestone.owner ? ` (${milestone.owner})` : ''}`,
      );
  }
  if (objective.actions.length) {
    lines.push('', o.actions);
    for (const action of objective.actions)
      lines.push(
        `  ${inSentence(label('actionStatus', action.status))}  ${action.description}${action.owner ? ` (${action.owner})` : ''}`,
      );
  }
  if (objective.updates.length) {
    lines.push('', o.progress);
    for (const update of objective.updates) {
      lines.push(
        `  ${o.update({ date: update.asOf, rag: label('rag', update.rag), by: nameOf(profile, update.by), narrative: update.narrative })}`,
      );
      if (update.whatChanged) lines.push(`    ${o.whatChanged({ text: update.whatChanged })}`);
    }
  }
  if (objective.closingNote) lines.push('', o.closed({ text: objective.closingNote }));
  if (attention.length) lines.push('', o.attention, ...attention.map((item) => `  ! ${item.message}`));
  return `${lines.join('\n')}\n`;
}
