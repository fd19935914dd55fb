/*
 * `eqia list --json`'s fast path writes its output straight to file descriptor 1: making process.stdout
 * loads Node's streams (and for a pipe its sockets), a part of the fast path's margin over node's start
 * (docs/performance.md). Each write is whole before it returns. A descriptor that another process made
 * non-blocking (EAGAIN: the reader is behind) hands the rest, and all that follows, to the stream, which
 * waits for the reader; any other failure is the caller's to word (it ends the process once worded), and
 * nothing more is written meanwhile.
 */

export interface DescriptorWriterParts {
  /** Writes from `offset` on (fs.writeSync on descriptor 1), returning how many bytes it wrote. */
  writeSync(data: Uint8Array, offset: number): number;
  /** process.stdout, made only when needed. */
  stream(): { write(data: Uint8Array): unknown };
  /** A write that failed other than with EAGAIN. */
  failed(error: NodeJS.ErrnoException): unknown;
}

export function descriptorWriter({ writeSync, stream, failed }: DescriptorWriterParts) {
  let streaming = false;
  let broken = false;
  return (bytes: string | Uint8Array): void => {
    if (broken) return;
    const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    let written = 0;
    try {
      while (!streaming && written < data.length) written += writeSync(data, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
        broken = true;
        failed(error as NodeJS.ErrnoException);
        return;
      }
      streaming = true;
    }
    if (written < data.length) stream().write(data.subarray(written));
  };
}
