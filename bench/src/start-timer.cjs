// The small parent the bench times process start-up from (timed-starts.ts), as a shell would start
// them. A child is forked from its parent, and the bench's own process is hundreds of MB by the start-up
// suite: every start timed from it took longer, the fork copying the parent's page tables
// (docs/performance.md, Method). It loads nothing but node:child_process.
//
// One JSON argument: { command, args, runs, warmup, seconds, until? }. It runs `command args` `warmup`
// times untimed, then up to `runs` times timed, one after the other, stopping once `seconds` have gone
// by and it has at least three times. Each is timed from its spawn to its exit, or, with `until`, to the
// first output that shows that text (its process group is then killed). Prints the times (ms) as a JSON
// array; a run that fails ends it with exit 1 and why on standard error.
const { spawn } = require('node:child_process');

const job = JSON.parse(process.argv[2] ?? '{}');

/** Milliseconds from the spawn to the exit, or to `until` showing in its output. */
function once() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(job.command, job.args, {
      // A terminal's program (util-linux `script`) is given a standard input it can keep open.
      stdio: [job.until === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: job.until !== undefined,
    });
    let output = '';
    let errors = '';
    let shown;
    const timer =
      job.until !== undefined &&
      setTimeout(() => end(`no "${job.until}" after 10 s; it showed: ${output.slice(-500)}`), 10_000);
    const end = (failure) => {
      if (timer) clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      if (failure) reject(new Error(failure));
    };
    child.stdout.on('data', (chunk) => {
      if (job.until === undefined || shown !== undefined) return;
      output += chunk.toString();
      if (!output.includes(job.until)) return;
      shown = performance.now() - started;
      end();
    });
    child.stderr.on('data', (chunk) => {
      errors += chunk.toString();
    });
    child.on('error', (error) => reject(error));
    child.on('exit', (code) => {
      if (job.until !== undefined) {
        if (shown !== undefined) resolve(shown);
        else end(`it exited before showing "${job.until}": ${output.slice(-500)}`);
      } else if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${job.args.join(' ')} exited with ${code}: ${errors}`));
    });
  });
}

async function main() {
  for (let run = 0; run < job.warmup; run++) await once();
  const times = [];
  const started = performance.now();
  while (times.length < job.runs) {
    times.push(await once());
    if (times.length >= 3 && performance.now() - started > job.seconds * 1000) break;
  }
  process.stdout.write(JSON.stringify(times));
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
