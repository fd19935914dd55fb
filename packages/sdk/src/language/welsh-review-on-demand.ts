import type { sdkWelshReview as review } from './welsh-review.js';

/**
 * `sdkWelshReview` (welsh-review.ts), loaded on its call: the translators' review, which a page never
 * calls, so a bundler splitting at this import leaves it, and the English it lists, out of the page.
 */
export const sdkWelshReview: typeof review = async () => (await import('./welsh-review.js')).sdkWelshReview();
