/**
 * `Symbol.asyncDispose` (so that `await using client = …` closes it), where the runtime has it (Node 20.4
 * and later, current browsers); elsewhere the registered symbol a polyfill would use. Typed as a plain
 * symbol and left out of the public types: naming it there fails a strict consumer whose `lib` lacks
 * `esnext.disposable` (the pack test compiles one).
 */
export const disposeSymbol: symbol =
  (Symbol as { asyncDispose?: symbol }).asyncDispose ?? Symbol.for('Symbol.asyncDispose');
