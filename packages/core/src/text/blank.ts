/**
 * The characters JavaScript's `trim()` removes (white space and line terminators), so SQL that must
 * decide as eqia does whether a text is blank (a schema step, which cannot call JavaScript) trims the
 * same ones. A test holds it to `trim()`.
 */
export const trimmedCharacters =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
