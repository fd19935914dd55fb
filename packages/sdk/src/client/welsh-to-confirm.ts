import { ValidationError } from '@eqia/core';

/**
 * Refuses to confirm Welsh that is not there, for an assessment's texts and the profile's alike: each key
 * must name one of the texts (`fields`) and have Welsh. `refusal` words the error, told the keys refused
 * (or "—" when none were given) and those whose Welsh is out of date (empty when none is), so the user
 * sees what they can name.
 */
export function refuseWelshToConfirm(
  keys: readonly string[],
  fields: readonly { key: string }[],
  welsh: Readonly<Record<string, string>> | undefined,
  stale: readonly string[],
  refusal: (values: { keys: string; stale: string }) => string,
): void {
  const written = new Set(
    fields.map((field) => field.key).filter((key) => (welsh?.[key] ?? '').trim() !== ''),
  );
  const missing = keys.filter((key) => !written.has(key));
  if (missing.length === 0 && keys.length > 0) return;
  throw new ValidationError(refusal({ keys: missing.join(', ') || '—', stale: stale.join(', ') }));
}
