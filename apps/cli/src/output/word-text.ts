import { inflateRawSync } from 'node:zlib';

/** A Word document (and any other zip) starts with a zip entry's signature. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

// The parts of a .docx where a document's words live: its body, headers, footers and notes.
const wordPart = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/**
 * The text of a Word document's body, headers, footers and notes, a paragraph a line. Read from the zip's
 * central directory (the one index of its entries a zip must have); XML tags are dropped, so words split
 * across runs read whole again. Undefined when the bytes are not a readable zip.
 */
export function wordText(bytes: Uint8Array): string | undefined {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) return undefined;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const texts: string[] = [];
  for (let index = 0; index < entries; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return undefined;
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + skip;
    if (!wordPart.test(name)) continue;
    const content = entryContent(zip, local, size, method);
    if (content === undefined) return undefined;
    texts.push(xmlText(content));
  }
  return texts.join('\n');
}

function entryContent(zip: Buffer, local: number, size: number, method: number): string | undefined {
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) return undefined;
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + size);
  try {
    if (method === 0) return data.toString('utf8');
    if (method === 8) return inflateRawSync(data).toString('utf8');
  } catch {
    return undefined;
  }
  return undefined;
}

const xmlText = (xml: string): string =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => entities[name] ?? '');

const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
