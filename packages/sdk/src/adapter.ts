// `@eqia/sdk/adapter`: what only a store adapter needs, the words of a store that cannot do its work
// (SQLite's, PostgreSQL's), kept out of the main entry so that a page never loads them. The rest of what
// an adapter needs (the port, append rules, watchers) is in `@eqia/sdk` and `@eqia/sdk/light`.

export { englishStoreErrors, type StoreErrorWords, storeTold } from './language/store-errors.js';
