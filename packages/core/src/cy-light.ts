// `@eqia/core/cy-light`: the Welsh catalogue without the words of the check `welsh-text-written`, which
// load core's schemas. For read paths that must start fast in Welsh (eqia list), as `@eqia/core/light`
// is for English.

export { welshMessages } from './labels/cy/index.js';
export { welshJsonFaults } from './text/cy-json-text.js';
