import { formatReference, type LogReference } from '@eqia/core';
import { paragraph, type Section, section } from '../document/blocks.js';

/**
 * The sentence every published copy carries so it can be checked against the store later: the head
 * hash of the log it was made from, as one token `eqia verify --document` finds in any format (HTML,
 * Markdown, a Word document). Renderers of other formats call this for the same words.
 */
export function verificationText(reference: LogReference): string {
  return `This copy was made from version ${reference.version} of the assessment's audit log. To check it against the record, run \`eqia verify --document <this file>\`; its verification reference is ${formatReference(reference)}.`;
}

/** The verification reference as a report section of its own. */
export function verificationSection(reference: LogReference): Section {
  return section('verification', 'Verification', [paragraph(verificationText(reference))]);
}
