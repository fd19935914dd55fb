import { digestPartsKeptWhenSame, digestPartTables } from '../digest-parts.js';
import { listingColumn } from '../listing-column.js';
import type { Migration } from '../migrations.js';
import { notifyOnAppend, transactionOfEntry } from '../watch.js';

// Schema steps 6 to 9 and 11: what the server keeps for readers (notifications, the digests' parts, the
// listings), their SQL beside the code that reads it. Never edit a released step: add a new one
// (migrations.ts lists them; migrations.test.ts pins them).

export const notifyStep: Migration = {
  version: 6,
  name: 'the order of changes, told to listeners as each entry is appended',
  sql: notifyOnAppend,
};

export const digestPartsStep: Migration = {
  version: 7,
  name: "the digests' two parts apart, kept by a trigger",
  sql: digestPartTables,
};

export const transactionsStep: Migration = {
  version: 8,
  name: 'the transaction of each entry, so that a listener misses none committed out of order',
  sql: transactionOfEntry,
};

export const listingsStep: Migration = {
  version: 9,
  name: "each assessment's listing (what `eqia list --json` prints), generated from its summary",
  sql: listingColumn,
};

export const digestPartsKeptStep: Migration = {
  version: 11,
  name: 'a digest part written only when the save changes it',
  sql: digestPartsKeptWhenSame,
};
