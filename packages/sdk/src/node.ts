// `@eqia/sdk/node`: what only Node gives the client. `@eqia/sdk` never imports it, so a browser bundle
// stays without it (a test checks the import graph of the browser entry).
import { hash } from 'node:crypto';
import type { Sha256 } from '@eqia/core';

/**
 * core's SHA-256 contract (`Sha256`) through node:crypto: the same hashes as core's pure `sha256Hex`
 * for a fraction of its CPU. Hand it to `createClient({ sha256: nativeSha256 })`. One-shot `hash`, not
 * a `Hash` object: cheaper for the few hundred bytes of the event each save hashes; a string is hashed
 * as its UTF-8, a lone surrogate as U+FFFD, as `createHash` does.
 */
export const nativeSha256: Sha256 = (text) => hash('sha256', text, 'hex');
