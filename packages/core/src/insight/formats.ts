// The number formats of a comparison, apart from its sentences (describe.ts): a page formats counts
// and shares at once, and describes a disparity only once it compares (`@eqia/core/analysis`).

const wholeNumber = new Intl.NumberFormat('en-GB');

/** A share as a percentage with one decimal: 0.1423 → "14.2%". */
export const formatShare = (share: number): string => `${(share * 100).toFixed(1)}%`;
/** A representation ratio with two decimals: 2.014 → "2.01". */
export const formatRatio = (ratio: number): string => ratio.toFixed(2);
export const formatCount = (count: number): string => wholeNumber.format(count);
