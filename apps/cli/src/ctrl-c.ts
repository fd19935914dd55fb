/**
 * Runs `work` with a signal that Ctrl+C (SIGINT) fires, instead of ending the process at once, so that
 * long work kept a batch at a time can stop between batches and say what it kept. A second Ctrl+C ends
 * the process as usual.
 */
export async function stoppableByCtrlC<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  process.once('SIGINT', interrupt);
  try {
    return await work(stop.signal);
  } finally {
    process.off('SIGINT', interrupt);
  }
}
