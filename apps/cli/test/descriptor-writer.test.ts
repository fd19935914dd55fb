import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descriptorWriter } from '../src/output/descriptor-writer.js';

/** A descriptor that takes at most `chunk` bytes a call and, from `eagainAfter` bytes on, says EAGAIN. */
function fakeDescriptor(chunk: number, eagainAfter = Number.POSITIVE_INFINITY) {
  const log = { descriptor: [] as number[], stream: [] as number[], streamMade: 0 };
  const write = descriptorWriter({
    writeSync(data, offset) {
      if (log.descriptor.length >= eagainAfter)
        throw Object.assign(new Error('EAGAIN: resource temporarily unavailable'), { code: 'EAGAIN' });
      const taken = [...data.subarray(offset, offset + Math.min(chunk, eagainAfter - log.descriptor.length))];
      log.descriptor.push(...taken);
      return taken.length;
    },
    stream() {
      log.streamMade++;
      return { write: (data: Uint8Array) => log.stream.push(...data) };
    },
    failed(error) {
      throw new Error(`failed: ${error.code}`);
    },
  });
  return { write, log };
}

describe('the fast path writing to descriptor 1', () => {
  it('writes every byte, in order, however the descriptor splits its writes, making no stream', () => {
    const { write, log } = fakeDescriptor(3);
    write('[\n');
    write(Buffer.from('{"id":"é"}'));
    write('\n]\n');
    expect(Buffer.from(log.descriptor).toString()).toBe('[\n{"id":"é"}\n]\n');
    expect(log.streamMade).toBe(0);
  });

  it('hands the rest and everything after to the stream once the descriptor says EAGAIN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 20 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 7 }),
        fc.nat(60),
        (writes, chunk, eagainAfter) => {
          const { write, log } = fakeDescriptor(chunk, eagainAfter);
          for (const bytes of writes) write(bytes);
          const all = writes.flatMap((bytes) => [...bytes]);
          expect([...log.descriptor, ...log.stream]).toEqual(all);
          expect(log.descriptor.length).toBe(Math.min(all.length, eagainAfter));
        },
      ),
    );
  });

  it('leaves any other failure to the caller, who words it, and writes nothing after it', () => {
    const failures: string[] = [];
    let calls = 0;
    const write = descriptorWriter({
      writeSync() {
        calls++;
        throw Object.assign(new Error('EPIPE: broken pipe'), { code: 'EPIPE' });
      },
      stream: () => {
        throw new Error('no stream after a failure');
      },
      failed: (error) => failures.push(`failed: ${error.code}`),
    });
    write('[]\n');
    write('more\n');
    expect(failures).toMatchInlineSnapshot(`
      [
        "failed: EPIPE",
      ]
    `);
    expect(calls).toBe(1);
  });
});
