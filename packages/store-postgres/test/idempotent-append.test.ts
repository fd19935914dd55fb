import { ConflictError, defaultProfile as profile } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import { describe, expect, it } from 'vitest';
import { noServer, openTestStore } from './server.js';

describe.skipIf(noServer)('an append sent again', () => {
  it('is accepted once stored when it carries the same command id, and stored only once', async () => {
    const store = openTestStore();
    await store.init({ profile });
    const created = { ...chainedAppend('a', 1), commandId: 'create-a' };
    await store.append(created);
    // As after a lost connection: the first send was committed, and the very same request comes again.
    await store.append(created);
    const edit = { ...chainedAppend('a', 1, created.events), commandId: 'edit-a' };
    await store.append(edit);
    await store.append(edit);
    expect((await store.read('a'))?.events).toEqual([...created.events, ...edit.events]);
    // Another command at a version already taken is still a conflict.
    const other = { ...chainedAppend('a', 1, created.events), commandId: 'someone-else' };
    await expect(store.append(other)).rejects.toBeInstanceOf(ConflictError);
    await expect(store.append({ ...created, commandId: 'another-create' })).rejects.toMatchObject({
      code: 'CONFLICT',
      actualVersion: 2,
    });
    await store.close();
  });
});
