import { readFileSync } from 'node:fs';

/** The version of eqia that is running: its package's, read as it is installed. */
export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
