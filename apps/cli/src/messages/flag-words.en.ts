/**
 * What the flags of a command take, and what eqia says when one is missing or wrong: the flags that
 * answer what a command would have asked at a terminal (`msg.args.noTerminal`), what `--reason` and
 * `--roles` take. Spread into en.ts; the Welsh twin is flag-words.cy.ts, of this type.
 */
export const flagWordsEnglish = {
  flagWords: {
    answersFlag: '--answers <file.json>',
    progressFlags: '--rag and --narrative',
    commentFlag: '--comment <text>',
    aComment: 'a comment saying what to change',
    whyAbandoned: 'why the policy was abandoned',
    roles: ({ roles, given }: { roles: string; given: string }) =>
      `--roles takes a comma-separated list of ${roles}${given ? ` (not "${given}")` : ''}.`,
  },
};

export type FlagWordsMessages = typeof flagWordsEnglish;
