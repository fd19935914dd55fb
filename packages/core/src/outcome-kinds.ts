/**
 * The four EHRC outcomes of an assessment, as plain names: the `OutcomeKind` schema is built from them,
 * and a reader that only lists assessments (eqia list) uses them without building any schema.
 */
export const outcomeKinds = ['no_major_change', 'adjust', 'continue', 'stop'] as const;
