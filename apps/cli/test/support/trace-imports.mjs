// Preloaded with `node --import`: records every module the process resolves into EQIA_TRACE_FILE, so a
// test can assert what a command did not load.
import { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url, { data: { file: process.env.EQIA_TRACE_FILE } });
