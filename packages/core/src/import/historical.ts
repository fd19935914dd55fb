import type { OutsideSignOff } from '../schema/provenance.js';

/**
 * A sign-off given outside eqia, in words every output uses (show, history, reports):
 * "Signed off outside eqia by Jo Bloggs, Director, on 2023-06-30 (historical record)"; a report passes
 * its own way of writing a day.
 */
export function signedOffOutsideInWords(
  outside: OutsideSignOff,
  day: (date: string) => string = (date) => date,
): string {
  const who = `${outside.by}${outside.role ? `, ${outside.role}` : ''}`;
  const published = outside.published
    ? `; published outside eqia on ${day(outside.published.on)} at ${outside.published.location}`
    : '';
  return `Signed off outside eqia by ${who} on ${day(outside.on)}${published} (historical record)`;
}
