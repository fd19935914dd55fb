// What an objective needs attention for (core's `objectiveAttention`), in English: the shape every
// language follows (cy/attention.ts). Keyed by the attention's kind; its values are the attention's own
// fields (dates, a milestone's text, numbers), so a client words it again in its user's language.

export const englishAttentionWords = {
  period_too_long: ({ start, end, years }: { start: string; end: string; years: number }) =>
    `Its period (${start} to ${end}) is longer than ${years} years: the specific duties ask for objectives to be set again at least every ${years} years.`,
  review_due: ({ end }: { end: string }) =>
    `Its period ended on ${end}: say whether it was met, close it or set a new objective.`,
  update_due: ({ since, months }: { since: string; months: number }) =>
    `No progress recorded since ${since}: an update is due every ${months} months.`,
  milestone_overdue: ({ milestone, dueDate }: { milestone: string; dueDate: string }) =>
    `Milestone "${milestone}" was due on ${dueDate}.`,
};

/** What an objective needs attention for, in one language (a message missing in Welsh does not compile). */
export type AttentionWords = typeof englishAttentionWords;
/** An attention without its words: its kind and the fields its message is made of. */
export type AttentionItem = {
  [K in keyof AttentionWords]: { kind: K } & Parameters<AttentionWords[K]>[0];
}[keyof AttentionWords];

/** One attention's message in `words`, from its kind and fields. */
export function attentionWording(words: AttentionWords, item: AttentionItem): string {
  return (words[item.kind] as (values: AttentionItem) => string)(item);
}
