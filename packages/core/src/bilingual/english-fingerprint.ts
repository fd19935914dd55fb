/**
 * A short fingerprint of an English text, kept beside the Welsh version written for it
 * (`assessment.welshOf`): when the English changes, its fingerprint does, and the Welsh is out of date.
 * FNV-1a (32 bits) rather than a cryptographic hash: it only has to notice a change, synchronously, in
 * the browser too. Surrounding space is ignored, as the checks ignore it.
 */
export function englishFingerprint(english: string): string {
  let hash = 0x811c9dc5;
  const text = english.trim();
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
