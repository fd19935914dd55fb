// `@eqia/sdk/node`: what only Node gives the client. `@eqia/sdk` never imports it, so a browser bundle
// stays without it (a test checks the import graph of the browser entry).
import { createHash } from 'node:crypto';
import type { Sha256 } from '@eqia/core';

/**
 * core's SHA-256 contract (`Sha256`) through node:crypto: the same hashes as core's pure `sha256Hex`
 * for a fraction of its CPU. Hand it to `createClient({ sha256: nativeSha256 })`.
 */
export const nativeSha256: Sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
