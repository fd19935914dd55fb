import type { JsonFaultWords } from './json-text.js';

/** Yr hyn sydd o’i le ar destun nad yw’n JSON (drafted by machine, unreviewed: see docs/sdk.md). */
export const welshJsonFaults: JsonFaultWords = {
  jsonEmpty: 'mae’n wag',
  jsonBroken: ({ line, column }) => `mae’r peth cyntaf sydd o’i le ar linell ${line}, colofn ${column}`,
  jsonUnfinished: ({ line, column }) =>
    `mae’n dod i ben ar linell ${line}, colofn ${column}, cyn cau’r hyn a agorodd`,
};
