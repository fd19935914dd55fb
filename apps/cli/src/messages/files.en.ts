import { englishJsonFaults } from '@eqia/core/json';

/**
 * What eqia says about a file named on the command line that it reads (input-file.ts), in English.
 * Spread into en.ts; the Welsh twin is files.cy.ts, of this type.
 */
export const filesEnglish = {
  inputFile: {
    tooLarge: ({ path }: { path: string }) =>
      `${path} is too large to read, or never ends: give the file itself.`,
    notJson: ({ what, name, message }: { what: string; name: string; message: string }) =>
      `The ${what} ${name} is not valid JSON: ${message}.`,
    answersFile: ({ name }: { name: string }) => `The answers file ${name}`,
    standardInput: 'standard input',
    /** Where text stops being JSON, for `notJson`'s `message` (core's words, so every JSON error says it alike). */
    jsonFaults: englishJsonFaults,
    /** What the file is, for `notJson`. */
    kinds: {
      answers: 'answers file',
      profile: 'profile file',
      objective: 'objective file',
      changes: 'file of changes',
    },
  },
};

export type FilesMessages = typeof filesEnglish;
