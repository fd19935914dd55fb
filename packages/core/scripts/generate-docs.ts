// Writes the generated documentation (JSON Schemas, statechart) into the repository's docs/ folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedDocs } from './docs-content.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

for (const [path, text] of Object.entries(generatedDocs())) {
  const target = resolve(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${path}`);
}
