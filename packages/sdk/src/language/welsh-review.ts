import { type ReviewRow, reviewRows } from '@eqia/core';
import { englishErrors } from './errors.js';
import { englishHistory } from './history.js';

/**
 * The SDK's own Welsh messages (its errors, `sdk.errors.*`, copyStore's, `sdk.copy.*`, a client's refusal
 * of its locale, `sdk.locale.*`, and the audit
 * log's summaries, `sdk.history.*`) beside their English, with whether a Welsh speaker has checked them
 * (recorded with core's, in `reviewedWelsh`). The words core lends the client (refusals, lifecycle,
 * schema, records, attention) are listed with core's catalogue, not again here. The CLI's `welshReviewRecord` lists these
 * with every other catalogue. Loads the Welsh when called, and the English that only Welsh needs (a
 * page never calls it).
 */
export async function sdkWelshReview(): Promise<ReviewRow[]> {
  const [
    { reviewedWelsh },
    { welshErrors },
    { welshCopyErrors },
    { welshHistory },
    { englishRewording },
    { englishCopyErrors },
    { englishStoredOnDemandErrors },
    { englishLocaleErrors },
    { welshLocaleErrors },
  ] = await Promise.all([
    import('@eqia/core/cy'),
    import('./cy-errors.js'),
    import('./cy-copy-errors.js'),
    import('./cy-history.js'),
    import('./english-rewording.js'),
    import('./copy-errors.js'),
    import('./stored-on-demand-errors.js'),
    import('./locale-errors.js'),
    import('./cy-locale-errors.js'),
  ]);
  const {
    refusals: _en,
    lifecycle: _enLife,
    says: _enSays,
    records: _enRecords,
    attention: _enAttention,
    ...english
  } = {
    ...englishErrors,
    ...englishRewording,
    // The stored words of code loaded on demand are an area of their own in English, among `stored` in Welsh.
    stored: { ...englishErrors.stored, ...englishStoredOnDemandErrors },
  };
  const {
    refusals: _cy,
    lifecycle: _cyLife,
    says: _cySays,
    records: _cyRecords,
    attention: _cyAttention,
    ...welsh
  } = welshErrors;
  return [
    ...reviewRows(english, welsh, reviewedWelsh, 'sdk.errors'),
    ...reviewRows(englishCopyErrors, welshCopyErrors, reviewedWelsh, 'sdk.copy'),
    ...reviewRows(englishHistory, welshHistory, reviewedWelsh, 'sdk.history'),
    ...reviewRows(englishLocaleErrors, welshLocaleErrors, reviewedWelsh, 'sdk.locale'),
  ];
}
