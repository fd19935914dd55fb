// Preloaded into a measured process (node --require): prints its peak resident set size as it exits.
// On Linux it reads VmHWM, the peak of this process's own memory since exec. `resourceUsage().maxRSS`
// is not that: the kernel carries over the peak of the forked copy of the parent into the new program,
// so a child spawned by a large bench process reports at least the bench's own size (282 MB for a
// 165 MB `eqia list`, see "Start-up" in docs/performance.md).
const { readFileSync } = require('node:fs');

function peakKb() {
  try {
    const match = /^VmHWM:\s*(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {}
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => process.stderr.write(`\npeak-kb=${peakKb()}\n`));
