import type { FlagWordsMessages } from './flag-words.en.js';

/** Geiriau’r opsiynau: the twin of flag-words.en.ts in Welsh (drafted by machine, unreviewed: see reviewed.ts). */
export const flagWordsWelsh: FlagWordsMessages = {
  flagWords: {
    answersFlag: '--answers <ffeil.json>',
    progressFlags: '--rag a --narrative',
    commentFlag: '--comment <testun>',
    aComment: 'sylw yn dweud beth i’w newid',
    whyAbandoned: 'pam y rhoddwyd y gorau i’r polisi',
    roles: ({ roles, given }) =>
      `Mae --roles yn cymryd rhestr wedi’i gwahanu gan atalnodau o: ${roles}${given ? ` (nid "${given}")` : ''}.`,
  },
};
