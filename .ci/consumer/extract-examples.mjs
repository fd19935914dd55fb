// Writes each ```ts block of a guide to <out>/NN.ts, so that the consumer compiles every example as a
// program of its own and runs it: a guide's examples cannot drift from the packages. A block marked
// ```ts compile-only (it needs a server or a test runner) is compiled but not run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [guide, out] = process.argv.slice(2);
if (!guide || !out) throw new Error('usage: node extract-examples.mjs <guide.md> <directory>');
const blocks = [...readFileSync(guide, 'utf8').matchAll(/^```ts( compile-only)?\n([\s\S]*?)^```$/gm)];
if (blocks.length === 0) throw new Error(`${guide} has no ts examples`);
mkdirSync(out, { recursive: true });
blocks.forEach(([, compileOnly, code], index) => {
  const name = `${String(index + 1).padStart(2, '0')}${compileOnly ? '.compile-only' : ''}.ts`;
  // Every example is a module of its own (top-level await, no names shared between examples).
  writeFileSync(join(out, name), `${code}export {};\n`);
});
console.log(`${guide}: ${blocks.length} examples`);
