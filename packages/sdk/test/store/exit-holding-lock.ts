// Takes the store's lock and exits while holding it, as process.exit() mid-save would: exit-holding-lock <directory>.
import { storeLayout } from '../../src/store/file/layout.js';
import { withStoreLock } from '../../src/store/file/store-lock.js';

const [directory] = process.argv.slice(2) as [string];
void withStoreLock(storeLayout(directory), undefined, async () => process.exit(3));
