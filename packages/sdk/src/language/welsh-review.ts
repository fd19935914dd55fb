import { type ReviewRow, reviewRows } from '@eqia/core';
import { englishErrors } from './errors.js';

/**
 * The SDK's own Welsh messages (its errors, `sdk.errors.*`, and copyStore's, `sdk.copy.*`) beside their
 * English, with whether a Welsh speaker has checked them (recorded with core's, in `reviewedWelsh`).
 * The words core lends the client (refusals, lifecycle) are listed with core's catalogue, not again
 * here. `welsh-review` (@eqia/report) lists these after its own. Loads the Welsh when called, and the
 * English that only Welsh needs (a page never calls it).
 */
export async function sdkWelshReview(): Promise<ReviewRow[]> {
  const [
    { reviewedWelsh },
    { welshErrors },
    { welshCopyErrors },
    { englishRewording },
    { englishCopyErrors },
  ] = await Promise.all([
    import('@eqia/core/cy'),
    import('./cy-errors.js'),
    import('./cy-copy-errors.js'),
    import('./english-rewording.js'),
    import('./copy-errors.js'),
  ]);
  const { refusals: _en, lifecycle: _enLife, ...english } = { ...englishErrors, ...englishRewording };
  const { refusals: _cy, lifecycle: _cyLife, ...welsh } = welshErrors;
  return [
    ...reviewRows(english, welsh, reviewedWelsh, 'sdk.errors'),
    ...reviewRows(englishCopyErrors, welshCopyErrors, reviewedWelsh, 'sdk.copy'),
  ];
}
