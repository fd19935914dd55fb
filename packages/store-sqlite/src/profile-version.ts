import { createHash } from 'node:crypto';

/**
 * The profile's version, as `readStoredProfile` gives it and an append checks it: the SHA-256 of its text
 * as kept, so it changes exactly when the profile does.
 */
export const profileVersionOf = (text: string): string => createHash('sha256').update(text).digest('hex');
