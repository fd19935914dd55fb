/**
 * `Symbol.asyncDispose` (so that `await using client = …` closes it), where the runtime has it (Node 20.4
 * and later, current browsers); elsewhere the registered symbol a polyfill would use.
 */
export const disposeSymbol: typeof Symbol.asyncDispose =
  Symbol.asyncDispose ?? (Symbol.for('Symbol.asyncDispose') as typeof Symbol.asyncDispose);
