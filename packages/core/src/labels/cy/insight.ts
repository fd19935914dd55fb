import type { InsightWords } from '../insight-words.js';

/** Yr hyn a ddywed craidd eqia am ffigurau dadansoddiad gwahaniaeth, yn Gymraeg (drafted by machine, unreviewed). */
export const welshInsightWords: InsightWords = {
  confidenceRange: ({ value }) => `Rhaid i’r lefel hyder fod rhwng 0 ac 1 (fel 0.95), nid ${value}.`,
  wilsonCounts: ({ count, of }) =>
    `Mae cyfwng Wilson angen rhifau cyfan 0 ≤ nifer ≤ cyfanswm a chyfanswm > 0, nid ${count} o ${of}.`,
  thresholdWhole: ({ value }) => `Rhaid i’r trothwy cyfrif bach fod yn rhif cyfan, 0 neu fwy, nid ${value}.`,
};
