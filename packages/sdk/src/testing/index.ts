// The public API of @eqia/sdk/testing: what an adapter's own tests need. It imports vitest and fast-check.

export { type ConformanceOptions, describeStoreConformance, type StoreUnderTest } from './conformance.js';
export { listOrderKeys } from './list-order-keys.js';
export {
  chainedAppend,
  type SampleOptions,
  sampleAppend,
  titleAt,
  withWelshTitle,
} from './sample-appends.js';
