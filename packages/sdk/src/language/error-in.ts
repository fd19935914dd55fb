import { isEqiaError, type Locale } from '@eqia/core/light';

/**
 * An error of eqia worded in a language, for a caller that meets it outside a client (opening a store,
 * an app's own parse): who may do what, a lifecycle's refusal, a store's trouble, a schema's issues. The
 * same class and code; Welsh is loaded only when asked for. Anything else is returned as it was.
 */
export async function errorIn(error: unknown, locale: Locale): Promise<unknown> {
  if (locale !== 'cy' || !isEqiaError(error)) return error;
  const [{ welshErrors }, { inWords }] = await Promise.all([
    import('./cy-errors.js'),
    import('../client/worded-errors.js'),
  ]);
  return inWords(error, welshErrors);
}
