// `@eqia/sdk/browser`: the same API as `@eqia/sdk`, whose every module is safe in a browser bundle (a
// test checks the import graph of both). Kept so that pages importing it keep working; only the old
// file layout's reader (`@eqia/sdk/file-layout`) and the native hash (`@eqia/sdk/node`) need Node.

export * from './index.js';
