import type { Frozen, SigningKey } from '@eqia/core';

// Ed25519 through WebCrypto (`globalThis.crypto.subtle`): the same code signs and verifies in Node 20+
// and in current browsers, and no key material is handled by anything but the platform's crypto.

/**
 * Signs sign-offs for the acting user. The client hands it the keys the profile lets that user sign
 * with now and the message; it returns the signature and the key it used, or undefined when it holds
 * none of them. A host app with its own login (single sign-on, a hardware token, a signing service)
 * passes its own: eqia never needs the private key itself.
 */
export interface EventSigner {
  sign(request: {
    user: string;
    keys: Frozen<SigningKey[]>;
    message: Uint8Array;
  }): Promise<{ keyId: string; signature: Uint8Array } | undefined>;
}

/** Checks one signature: the default is Ed25519 through WebCrypto. */
export interface SignatureVerifier {
  verify(publicKeyHex: string, message: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

/** A new key pair: the public key as 64 hex digits (what the profile registers), the private one as PKCS #8 hex. */
export interface SigningKeyPair {
  publicKey: string;
  privateKey: string;
}

const algorithm = { name: 'Ed25519' } as const;

// The platform's own types, whether the lib is the DOM's or Node's.
type Subtle = typeof globalThis.crypto.subtle;
type Key = Awaited<ReturnType<Subtle['importKey']>>;

function subtle(): Subtle {
  const crypto = globalThis.crypto?.subtle;
  if (!crypto)
    throw new Error(
      'WebCrypto (globalThis.crypto.subtle) is not available here: pass a signer and verifier.',
    );
  return crypto;
}

export async function generateSigningKey(): Promise<SigningKeyPair> {
  const pair = (await subtle().generateKey(algorithm, true, ['sign', 'verify'])) as {
    publicKey: Key;
    privateKey: Key;
  };
  const [publicKey, privateKey] = await Promise.all([
    subtle().exportKey('raw', pair.publicKey),
    subtle().exportKey('pkcs8', pair.privateKey),
  ]);
  return { publicKey: toHex(new Uint8Array(publicKey)), privateKey: toHex(new Uint8Array(privateKey)) };
}

/** A signer holding one private key (PKCS #8 hex), used when the profile lets the user sign with it. */
export function ed25519Signer({ keyId, privateKey }: { keyId: string; privateKey: string }): EventSigner {
  let imported: Promise<Key> | undefined;
  return {
    async sign({ keys, message }) {
      if (!keys.some((key) => key.id === keyId)) return undefined;
      imported ??= subtle().importKey('pkcs8', fromHex(privateKey), algorithm, false, ['sign']);
      const signature = await subtle().sign(algorithm, await imported, message);
      return { keyId, signature: new Uint8Array(signature) };
    },
  };
}

export const ed25519Verifier: SignatureVerifier = {
  async verify(publicKeyHex, message, signature) {
    try {
      const key = await subtle().importKey('raw', fromHex(publicKeyHex), algorithm, false, ['verify']);
      return await subtle().verify(algorithm, key, signature, message);
    } catch {
      return false;
    }
  },
};

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(hex.length >> 1));
  for (let index = 0; index < bytes.length; index++)
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}
