// Preloaded into a measured process (node --require): prints its peak resident set size as it exits.
process.on('exit', () => process.stderr.write(`\npeak-kb=${process.resourceUsage().maxRSS}\n`));
