import type { analyseDisparity as analyse } from './insight.js';

/** `analyseDisparity` (insight.ts), loaded on its first call with the statistics it runs. */
export const analyseDisparity: typeof analyse = async (...args) =>
  (await import('./insight.js')).analyseDisparity(...args);
