import type { Profile } from '@eqia/core';
import { afterEach, beforeEach } from 'vitest';
import type { StoreUnderTest } from './conformance.js';

/**
 * Each test of a suite on a fresh store from `makeStore`, initialised with `profile` when one is given
 * (`made` is told it before the test), closed and disposed of after the test.
 */
export function freshStoreEach(
  makeStore: () => Promise<StoreUnderTest>,
  profile: Profile | undefined,
  made: (subject: StoreUnderTest) => void | Promise<void>,
): void {
  let subject: StoreUnderTest | undefined;
  beforeEach(async () => {
    subject = await makeStore();
    if (profile) await subject.store.init({ profile });
    await made(subject);
  });
  afterEach(async () => {
    await subject?.store.close();
    await subject?.cleanup();
  });
}
