import type { CheckWords } from '../../checks/words.js';

/** The words every rule's findings share, in Welsh: an impact is named by its id and its characteristics. */
export const welshCheckWords: CheckWords = {
  and: 'a',
  andBeforeVowel: 'ac',
  or: 'neu',
  impact: ({ characteristics, id }) => `yr effaith "${id}" o ran ${characteristics}`,
  impactOn: ({ impact, audience }) => `${impact} (cynulleidfa: ${audience})`,
};
