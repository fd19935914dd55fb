// `@eqia/core/cy`: the Welsh catalogue (Cymraeg), a separate entry so that English-only callers (and
// the browser bundle) never load it. `wording(welshMessages)` words everything core words, in Welsh.

export { welshMessages } from './labels/cy/index.js';
export { reviewedWelsh } from './labels/cy/reviewed.js';
export { welshLabels } from './labels/cy/values.js';
export { welshJsonFaults } from './text/cy-json-text.js';
