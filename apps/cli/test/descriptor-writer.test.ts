import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descriptorWriter } from '../src/output/descriptor-writer.js';

/**
 * A descriptor that takes at most `chunk` bytes a write (`vectorChunk` a writev) and, from `eagainAfter`
 * bytes on, says EAGAIN.
 */
function fakeDescriptor(chunk: number, eagainAfter = Number.POSITIVE_INFINITY, vectorChunk = chunk) {
  const log = { descriptor: [] as number[], stream: [] as number[], streamMade: 0, writevs: 0 };
  const take = (data: Uint8Array, most: number) => {
    if (log.descriptor.length >= eagainAfter)
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable'), { code: 'EAGAIN' });
    const taken = [...data.subarray(0, Math.min(most, eagainAfter - log.descriptor.length))];
    log.descriptor.push(...taken);
    return taken.length;
  };
  const write = descriptorWriter({
    writeSync: (data, offset) => take(data.subarray(offset), chunk),
    writevSync(pieces) {
      log.writevs++;
      return take(Buffer.concat(pieces), vectorChunk);
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
    expect(log.writevs).toBe(0);
  });

  it('writes several pieces in one writev when the descriptor takes them all', () => {
    const { write, log } = fakeDescriptor(3, Number.POSITIVE_INFINITY, 100);
    write('[\n', Buffer.from('{"id":"é"}'), ',\n', Buffer.from('{}'), '\n]\n');
    expect(Buffer.from(log.descriptor).toString()).toBe('[\n{"id":"é"},\n{}\n]\n');
    expect(log).toMatchObject({ writevs: 1, streamMade: 0 });
  });

  it('hands the rest and everything after to the stream once the descriptor says EAGAIN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.uint8Array({ maxLength: 20 }), { minLength: 1, maxLength: 4 }), {
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 7 }),
        fc.nat(60),
        fc.integer({ min: 1, max: 40 }),
        (writes, chunk, eagainAfter, vectorChunk) => {
          const { write, log } = fakeDescriptor(chunk, eagainAfter, vectorChunk);
          for (const pieces of writes) write(...pieces);
          const all = writes.flat().flatMap((bytes) => [...bytes]);
          expect([...log.descriptor, ...log.stream]).toEqual(all);
          expect(log.descriptor.length).toBe(Math.min(all.length, eagainAfter));
        },
      ),
    );
  });

  it('leaves any other failure to the caller, who words it, and writes nothing after it', () => {
    const failures: string[] = [];
    let calls = 0;
    const epipe = () => {
      calls++;
      throw Object.assign(new Error('EPIPE: broken pipe'), { code: 'EPIPE' });
    };
    const write = descriptorWriter({
      writeSync: epipe,
      writevSync: epipe,
      stream: () => {
        throw new Error('no stream after a failure');
      },
      failed: (error) => failures.push(`failed: ${error.code}`),
    });
    write('[\n', 'pieces', '\n]\n');
    write('more\n');
    expect(failures).toMatchInlineSnapshot(`
      [
        "failed: EPIPE",
      ]
    `);
    expect(calls).toBe(1);
  });
});
