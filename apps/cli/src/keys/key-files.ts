import { closeSync, fchmodSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { EventSigner } from '@eqia/sdk';
import type { CliContext } from '../context.js';
import { settingsFile } from '../settings/location.js';

/** One private signing key as kept on the user's machine: never in a store. */
export interface KeyFile {
  keyId: string;
  user: string;
  /** The store it was registered in, for the person reading the file. */
  store: string;
  createdAt: string;
  publicKey: string;
  /** PKCS #8, hex. */
  privateKey: string;
}

/**
 * Where private keys are kept: the `keys` setting, else `keys/` beside the settings file (so
 * `~/.config/eqia/keys`). Undefined when the environment names no config directory at all.
 */
export async function keysDirectory(ctx: CliContext): Promise<string | undefined> {
  const setting = (await ctx.settings()).keys;
  if (setting) return resolve(ctx.cwd, setting);
  const settings = settingsFile(ctx.env, ctx.cwd);
  return settings && join(dirname(settings), 'keys');
}

/** Writes a new key file, readable by its owner alone; never overwrites one. */
export function saveKeyFile(directory: string, key: KeyFile): string {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const path = join(directory, `${key.keyId}.json`);
  const file = openSync(path, 'wx', 0o600);
  try {
    fchmodSync(file, 0o600); // the umask may have narrowed it
    writeSync(file, `${JSON.stringify(key, null, 2)}\n`);
  } finally {
    closeSync(file);
  }
  return path;
}

/** Every key file in the directory; anything else there is left alone. */
export function readKeyFiles(directory: string | undefined): KeyFile[] {
  if (!directory) return [];
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      const key = JSON.parse(readFileSync(join(directory, name), 'utf8')) as Partial<KeyFile>;
      return typeof key.keyId === 'string' && typeof key.privateKey === 'string' ? [key as KeyFile] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Signs with whichever of the user's key files the profile lets them sign with now. The files are read
 * only when something is to be signed, so commands that sign nothing never touch them.
 */
export function keyFileSigner(ctx: CliContext): EventSigner {
  return {
    async sign(request) {
      const usable = new Set(request.keys.map((key) => key.id));
      const file = readKeyFiles(await keysDirectory(ctx)).find(
        (key) => key.user === request.user && usable.has(key.keyId),
      );
      if (!file) return undefined;
      const { ed25519Signer } = await import('@eqia/sdk');
      return ed25519Signer({ keyId: file.keyId, privateKey: file.privateKey }).sign(request);
    },
  };
}
