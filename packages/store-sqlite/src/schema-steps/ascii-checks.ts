import { asciiJsonFunction } from '../ascii-json.js';
import type { Migration } from '../schema.js';

/**
 * Schema step 12: the checks parts kept before it written again as ASCII JSON, as saves now write them
 * (ascii-json.ts): the same JSON, read back as the same value. A part that is not JSON (damage, for
 * readers to name) is left exactly as it is.
 */
export const asciiChecksStep: Migration = {
  version: 12,
  name: 'the checks parts as ASCII JSON',
  sql: `
    UPDATE assessment_checks SET checks = ${asciiJsonFunction}(checks)
     WHERE json_valid(checks) AND ${asciiJsonFunction}(checks) IS NOT checks;
  `,
};
