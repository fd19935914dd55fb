/*
 * `eqia list --json`'s fast path writes its output straight to file descriptor 1: making process.stdout
 * loads Node's streams (and for a pipe its sockets), a part of the fast path's margin over node's start
 * (docs/performance.md). A write's pieces go in one `writev` when there are several (the listings come in
 * pieces), and are whole before it returns. A descriptor that another process made non-blocking (EAGAIN:
 * the reader is behind) hands the rest, and all that follows, to the stream, which waits for the reader;
 * any other failure is the caller's to word (it ends the process once worded), and nothing more is
 * written meanwhile.
 */

export interface DescriptorWriterParts {
  /** Writes from `offset` on (fs.writeSync on descriptor 1), returning how many bytes it wrote. */
  writeSync(data: Uint8Array, offset: number): number;
  /** Writes the pieces in order (fs.writevSync on descriptor 1), returning how many bytes it wrote. */
  writevSync(pieces: Uint8Array[]): number;
  /** process.stdout, made only when needed. */
  stream(): { write(data: Uint8Array): unknown };
  /** A write that failed other than with EAGAIN. */
  failed(error: NodeJS.ErrnoException): unknown;
}

export function descriptorWriter({ writeSync, writevSync, stream, failed }: DescriptorWriterParts) {
  let streaming = false;
  let broken = false;
  return (...pieces: (string | Uint8Array)[]): void => {
    if (broken) return;
    const data = pieces.map((bytes) => (typeof bytes === 'string' ? Buffer.from(bytes) : bytes));
    // The piece being written, and how much of it is.
    let index = 0;
    let written = 0;
    try {
      if (!streaming && data.length > 1) written = writevSync(data);
      while (!streaming && index < data.length) {
        const piece = data[index] as Uint8Array;
        if (written >= piece.length) {
          written -= piece.length;
          index++;
        } else written += writeSync(piece, written);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
        broken = true;
        failed(error as NodeJS.ErrnoException);
        return;
      }
      streaming = true;
    }
    for (; index < data.length; index++, written = 0) {
      const piece = data[index] as Uint8Array;
      if (written < piece.length) stream().write(piece.subarray(written));
    }
  };
}
