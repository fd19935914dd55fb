import type { copyStore as copy } from './copy-store.js';

/**
 * `copyStore` (copy-store.ts), loaded on its first call: a migration tool's function that a page never
 * calls, so a bundler splitting at this import leaves it out of what the page loads at once.
 */
export const copyStore: typeof copy = async (...args) => (await import('./copy-store.js')).copyStore(...args);
