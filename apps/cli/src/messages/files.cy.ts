import { welshJsonFaults } from '@eqia/core/cy-light';
import type { FilesMessages } from './files.en.js';

/** Ffeiliau a enwir: the twin of files.en.ts in Welsh (drafted by machine, unreviewed: see reviewed.ts). */
export const filesWelsh: FilesMessages = {
  inputFile: {
    tooLarge: ({ path }) =>
      `Mae ${path} yn rhy fawr i’w ddarllen, neu nid yw byth yn dod i ben: rhowch y ffeil ei hun.`,
    notJson: ({ what, name, message }) => `Nid yw’r ${what} ${name} yn JSON dilys: ${message}.`,
    answersFile: ({ name }) => `Y ffeil atebion ${name}`,
    standardInput: 'mewnbwn safonol',
    jsonFaults: welshJsonFaults,
    kinds: {
      answers: 'ffeil atebion',
      profile: 'ffeil proffil',
      objective: 'ffeil amcan',
      changes: 'ffeil o newidiadau',
    },
  },
};
