import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  GENESIS_HASH,
  type RecordedEvent,
  recordEvent,
  sha256Hex,
  verifyChain,
} from '../src/index.js';

const chainOf = (events: unknown[]) => {
  const entries: RecordedEvent[] = [];
  for (const event of events) entries.push(recordEvent(entries.at(-1), event));
  return entries;
};

describe('canonical JSON', () => {
  it('sorts keys by code unit, drops whitespace and writes numbers as JSON does (RFC 8785)', () => {
    expect(canonicalJson({ b: [1, 1e21, 0.1, -0], a: { é: true, z: null, A: 'x\n"' } })).toBe(
      '{"a":{"A":"x\\n\\"","z":null,"é":true},"b":[1,1e+21,0.1,0]}',
    );
    // RFC 8785 §3.2.3: sorting by UTF-16 code units puts the astral character before U+FB33.
    expect(canonicalJson({ '\ufb33': 1, '\ud83d\ude00': 2, '\u00e9': 3 })).toBe(
      '{"\u00e9":3,"\ud83d\ude00":2,"\ufb33":1}',
    );
  });

  it('leaves out properties whose value is undefined, as a JSON round trip would', () => {
    expect(canonicalJson({ a: 1, replyTo: undefined })).toBe('{"a":1}');
  });

  it('refuses what JSON cannot carry, naming where it is', () => {
    expect(() => canonicalJson({ a: [1, undefined] })).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: Cannot write canonical JSON: undefined is not JSON at $.a[1].]`,
    );
    expect(() => canonicalJson({ n: Number.NaN })).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: Cannot write canonical JSON: NaN is not a JSON number at $.n.]`,
    );
    expect(() => canonicalJson({ f: () => 1 })).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: Cannot write canonical JSON: a function is not JSON at $.f.]`,
    );
    expect(() => canonicalJson({ when: new Date(0) })).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: Cannot write canonical JSON: a Date object is not JSON at $.when.]`,
    );
  });

  it('writes any JSON value as its definition does: keys sorted by code unit, values as JSON writes them', () => {
    const byDefinition = (value: unknown): string => {
      if (Array.isArray(value)) return `[${value.map(byDefinition).join(',')}]`;
      if (typeof value !== 'object' || value === null) return JSON.stringify(value);
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      return `{${keys.map((key) => `${JSON.stringify(key)}:${byDefinition(record[key])}`).join(',')}}`;
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(byDefinition(value));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a list with a hole, as it refuses undefined in a list', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
    expect(() => canonicalJson({ a: [1, , 2] })).toThrow('undefined is not JSON at $.a[1].');
  });

  it('gives the same text for any JSON value after a parse round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('hash chain', () => {
  it('hashes with SHA-256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('links each entry to the one before, starting from 64 zeros', () => {
    const [first, second] = chainOf([{ type: 'create' }, { type: 'submit' }]);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash });
    expect(first!.hash).toBe(
      sha256Hex(canonicalJson({ seq: 1, event: { type: 'create' }, prevHash: GENESIS_HASH })),
    );
  });

  it('pinpoints the first bad entry when one is edited, removed, moved or inserted', () => {
    const entries = chainOf([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    const edited = entries.map((e, i) => (i === 2 ? { ...e, event: { n: 30 } } : e));
    expect(verifyChain(edited)).toMatchInlineSnapshot(`
      {
        "index": 2,
        "ok": false,
        "reason": "entry 3 does not match its hash: its content was edited",
        "told": {
          "id": "edited",
          "values": {
            "seq": "3",
          },
        },
      }
    `);
    expect(verifyChain([entries[0]!, entries[2]!, entries[3]!])).toMatchObject({ ok: false, index: 1 });
    expect(verifyChain([entries[0]!, entries[2]!, entries[1]!, entries[3]!])).toMatchObject({
      ok: false,
      index: 1,
    });
    // An insertion with its own valid hash is found where the original entries stop linking.
    const forged = recordEvent(entries[1], { n: 99 });
    expect(verifyChain([entries[0]!, entries[1]!, forged, entries[2]!, entries[3]!])).toMatchInlineSnapshot(`
      {
        "index": 3,
        "ok": false,
        "reason": "entry 4 says it is entry 3: an entry was removed, inserted or moved",
        "told": {
          "id": "wrongSeq",
          "values": {
            "says": "3",
            "seq": "4",
          },
        },
      }
    `);
    // Rehashing an edited entry moves the break to the next link.
    const rehashed = entries.map((e, i) => (i === 1 ? recordEvent(entries[0], { n: 20 }) : e));
    expect(verifyChain(rehashed)).toMatchObject({ ok: false, index: 2 });
    expect(verifyChain(entries)).toEqual({ ok: true, entries: 4 });
  });

  it('finds any single edited entry at its own index', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.jsonValue(),
        (events, pick, forged) => {
          const entries = chainOf(events);
          const index = pick % entries.length;
          fc.pre(canonicalJson(forged) !== canonicalJson(entries[index]!.event));
          const tampered = entries.map((e, i) => (i === index ? { ...e, event: forged } : e));
          expect(verifyChain(tampered)).toMatchObject({ ok: false, index });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a hash handed in (Sha256)', () => {
  // What a host's own hash (Node's native one) must give: core's, for any text.
  const native = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('links and verifies the chain core links without it', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 8 }), (events) => {
        const pure = chainOf(events);
        let previous: RecordedEvent | undefined;
        const handed = events.map((event) => {
          previous = recordEvent(previous, event, native);
          return previous;
        });
        expect(handed).toEqual(pure);
        expect(verifyChain(pure, native)).toEqual({ ok: true, entries: events.length });
      }),
      { numRuns: 100 },
    );
  });

  it('is the one used: a chain linked with another hash does not verify with core’s', () => {
    const other = (text: string) => sha256Hex(`salt ${text}`);
    const entries = [recordEvent(undefined, { n: 1 }, other)];
    expect(verifyChain(entries, other)).toEqual({ ok: true, entries: 1 });
    expect(verifyChain(entries)).toMatchObject({
      ok: false,
      index: 0,
      reason: expect.stringMatching(/its content was edited/),
    });
  });
});
