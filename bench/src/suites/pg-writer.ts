// One writer process of `pnpm bench --pg`: saves one edit after another to its own assessment, through
// eqia (a session of the SDK client) or as the raw peer (the same statement through pg), for as long as
// the parent says, then reports how many it saved. Started before the clock runs, so start-up is not timed.
import { createClient } from '@eqia/sdk';
import { nativeSha256 } from '@eqia/sdk/node';
import { openPostgresStore } from '@eqia/store-postgres';
import { peerAppender } from './pg-peer.js';

const [mode = 'eqia', url = '', schema = '', id = ''] = process.argv.slice(2);
const store = openPostgresStore(url, { schema, maxConnections: 1 });
let save: () => Promise<unknown>;
if (mode === 'eqia') {
  const session = await (await createClient({ store, user: 'amara', sha256: nativeSha256 })).open(id);
  let n = 0;
  save = () =>
    session.edit('policy', (policy) => {
      policy.scope = `${policy.scope.replace(/ \(edit \d+\)$/, '')} (edit ${++n})`;
    });
} else save = (await peerAppender(store, url, schema, id)).append;
await save();
process.send?.('ready');
process.once('message', async (seconds) => {
  const until = performance.now() + Number(seconds) * 1000;
  let saves = 0;
  while (performance.now() < until) {
    await save();
    saves++;
  }
  process.send?.(saves, () => process.exit(0));
});
