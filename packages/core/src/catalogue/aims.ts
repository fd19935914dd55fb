import type { Aim } from '../schema/common.js';

/** The three aims of the general duty, s.149(1), in the words an author will recognise. */
export const aims: Record<Aim, { label: string; limb: '(a)' | '(b)' | '(c)'; text: string }> = {
  eliminateDiscrimination: {
    label: 'Eliminate discrimination',
    limb: '(a)',
    text: 'eliminate discrimination, harassment, victimisation and any other conduct prohibited by the Act',
  },
  advanceEquality: {
    label: 'Advance equality of opportunity',
    limb: '(b)',
    text: 'advance equality of opportunity between people who share a protected characteristic and those who do not',
  },
  fosterGoodRelations: {
    label: 'Foster good relations',
    limb: '(c)',
    text: 'foster good relations between people who share a protected characteristic and those who do not',
  },
};
