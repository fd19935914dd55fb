import { type ReviewRow, reviewRows } from '@eqia/core';
import { englishCopyErrors } from './copy-errors.js';
import { englishErrors } from './errors.js';

/**
 * The SDK's own Welsh messages (its errors, `sdk.errors.*`, and copyStore's, `sdk.copy.*`) beside their
 * English, with whether a Welsh speaker has checked them (recorded with core's, in `reviewedWelsh`).
 * The words core lends the client (refusals, lifecycle, schema) are listed with core's catalogue, not again
 * here. `welsh-review` (@eqia/report) lists these after its own. Loads the Welsh when called.
 */
export async function sdkWelshReview(): Promise<ReviewRow[]> {
  const [{ reviewedWelsh }, { welshErrors }, { welshCopyErrors }] = await Promise.all([
    import('@eqia/core/cy'),
    import('./cy-errors.js'),
    import('./cy-copy-errors.js'),
  ]);
  const { refusals: _en, lifecycle: _enLife, says: _enSays, ...english } = englishErrors;
  const { refusals: _cy, lifecycle: _cyLife, says: _cySays, ...welsh } = welshErrors;
  return [
    ...reviewRows(english, welsh, reviewedWelsh, 'sdk.errors'),
    ...reviewRows(englishCopyErrors, welshCopyErrors, reviewedWelsh, 'sdk.copy'),
  ];
}
