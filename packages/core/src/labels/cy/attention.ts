import type { AttentionWords } from '../attention-words.js';

/** Yr hyn y mae angen sylw iddo mewn amcan, yn Gymraeg (drafted by machine, unreviewed). */
export const welshAttentionWords: AttentionWords = {
  period_too_long: ({ start, end, years }) =>
    `Mae ei gyfnod (${start} i ${end}) yn hwy na ${years} blynedd: mae’r dyletswyddau penodol yn gofyn i amcanion gael eu gosod eto o leiaf bob ${years} blynedd.`,
  review_due: ({ end }) =>
    `Daeth ei gyfnod i ben ar ${end}: dywedwch a gafodd ei gyflawni, caewch ef neu gosodwch amcan newydd.`,
  update_due: ({ since, months }) =>
    `Ni chofnodwyd cynnydd ers ${since}: mae diweddariad yn ddyledus bob ${months} mis.`,
  milestone_overdue: ({ milestone, dueDate }) =>
    `Roedd carreg filltir “${milestone}” i fod erbyn ${dueDate}.`,
};
