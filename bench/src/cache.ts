import { join } from 'node:path';

/** bench/.cache/ (gitignored): the generated stores, smoke results and other Nodes, made once and kept. */
export const cacheDirectory = join(import.meta.dirname, '..', '.cache');
