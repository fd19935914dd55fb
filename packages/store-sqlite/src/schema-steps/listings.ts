import { listingSql, step9Fields } from '../listing-sql.js';
import type { Migration } from '../schema.js';

// Schema steps 9 and 10: each assessment's listing, and its key under each negative characteristic,
// kept by triggers. Never edit a released step: add a new one (schema.ts lists them).

/**
 * Step 9's triggers that make a summary's listing when it is written, as step 9 makes them (its own
 * indentation, inside its SQL): step 11 makes them again with the Welsh title, and a test takes a store
 * back to step 9 with these.
 */
export const step9ListingTriggers = `CREATE TRIGGER assessment_listing_insert AFTER INSERT ON assessment_list BEGIN
        INSERT INTO assessment_listing (updated_at, id, listing) VALUES (NEW.updated_at, NEW.id, ${listingSql('NEW', step9Fields)});
      END;
      -- Found by its key: the row's old time and id.
      CREATE TRIGGER assessment_listing_update AFTER UPDATE ON assessment_list BEGIN
        DELETE FROM assessment_listing WHERE updated_at = OLD.updated_at AND id = OLD.id;
        INSERT INTO assessment_listing (updated_at, id, listing) VALUES (NEW.updated_at, NEW.id, ${listingSql('NEW', step9Fields)});
      END;`;

export const listingsStep: Migration = {
  version: 9,
  name: "each assessment's listing (what `eqia list --json` prints), in list order, kept by triggers",
  // `eqia list --json` printed the summaries, 10 MB at 10,000, mostly their open actions: more than
  // its budget allows for reading and writing them at all. It prints listings now, a tenth of that
  // (the SDK's listingOf), built here once when a summary is written, so the list reads 4 MB of
  // listings already in its order (the key) and parses nothing. Triggers on assessment_list (written
  // by each save) keep them, so every writer leaves them as the summary says; a summary that is not
  // sound has a NULL listing, and readers take the checked path, which names it.
  sql: `
      CREATE TABLE assessment_listing (
        updated_at TEXT NOT NULL,
        id TEXT NOT NULL,
        listing TEXT,
        PRIMARY KEY (updated_at DESC, id)
      ) WITHOUT ROWID;
      INSERT INTO assessment_listing (updated_at, id, listing)
        SELECT existing.updated_at, existing.id, ${listingSql('existing', step9Fields)} FROM assessment_list AS existing;

      ${step9ListingTriggers}
      CREATE TRIGGER assessment_listing_delete AFTER DELETE ON assessment_list BEGIN
        DELETE FROM assessment_listing WHERE updated_at = OLD.updated_at AND id = OLD.id;
      END;
    `,
};

export const characteristicListingsStep: Migration = {
  version: 10,
  name: "each listing's key under each of its negative characteristics, in list order, kept by triggers",
  // Listings with a negative impact on one characteristic read every listing and kept a third of them
  // at 100,000 (docs/performance.md). Here each listing's key (its summary's time and id) is kept
  // under each characteristic, so those listings are one range of keys already in list order, each
  // joined to its listing by key. Only keys, not the listings' text: a tenth of the size, about as
  // fast, and a save writes a few small rows. Triggers on both tables they come from keep them, so
  // every writer (raw SQL too) leaves one key for each summary under each of its characteristics.
  sql: `
      CREATE TABLE characteristic_listings (
        characteristic TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        id TEXT NOT NULL,
        PRIMARY KEY (characteristic, updated_at DESC, id)
      ) WITHOUT ROWID;
      -- From the summaries' order index (no summary is read), each one's characteristics by key, sorted once.
      INSERT INTO characteristic_listings (characteristic, updated_at, id)
        SELECT kept.characteristic, listed.updated_at, listed.id
          FROM assessment_list AS listed INDEXED BY assessment_list_order
         CROSS JOIN assessment_characteristics AS kept ON kept.assessment_id = listed.id
         ORDER BY 1, 2 DESC, 3;

      CREATE TRIGGER characteristic_listings_insert AFTER INSERT ON assessment_characteristics BEGIN
        ${keysOf('NEW', 'add')}
      END;
      CREATE TRIGGER characteristic_listings_delete AFTER DELETE ON assessment_characteristics BEGIN
        ${keysOf('OLD', 'drop')}
      END;
      CREATE TRIGGER characteristic_listings_update AFTER UPDATE ON assessment_characteristics BEGIN
        ${keysOf('OLD', 'drop')}
        ${keysOf('NEW', 'add')}
      END;
      CREATE TRIGGER characteristic_listings_summary_insert AFTER INSERT ON assessment_list BEGIN
        ${summaryKeys('NEW', 'add')}
      END;
      CREATE TRIGGER characteristic_listings_summary_delete AFTER DELETE ON assessment_list BEGIN
        ${summaryKeys('OLD', 'drop')}
      END;
      CREATE TRIGGER characteristic_listings_summary_update AFTER UPDATE OF id, updated_at ON assessment_list
        WHEN OLD.id IS NOT NEW.id OR OLD.updated_at IS NOT NEW.updated_at BEGIN
        ${summaryKeys('OLD', 'drop')}
        ${summaryKeys('NEW', 'add')}
      END;
    `,
};

/**
 * Step 10's keys of one row of assessment_characteristics (`row`: NEW or OLD), added or dropped: the
 * key is its summary's, found by id (none when it has no summary).
 */
function keysOf(row: string, change: 'add' | 'drop'): string {
  return change === 'add'
    ? `INSERT INTO characteristic_listings (characteristic, updated_at, id)
         SELECT ${row}.characteristic, updated_at, id FROM assessment_list WHERE id = ${row}.assessment_id;`
    : `DELETE FROM characteristic_listings
        WHERE characteristic = ${row}.characteristic AND id = ${row}.assessment_id
          AND updated_at IN (SELECT updated_at FROM assessment_list WHERE id = ${row}.assessment_id);`;
}

/** Step 10's keys of one summary (`row`: NEW or OLD), under each of its assessment's characteristics. */
function summaryKeys(row: string, change: 'add' | 'drop'): string {
  const characteristics = `SELECT characteristic FROM assessment_characteristics WHERE assessment_id = ${row}.id`;
  return change === 'add'
    ? `INSERT INTO characteristic_listings (characteristic, updated_at, id)
         SELECT characteristic, ${row}.updated_at, ${row}.id FROM (${characteristics});`
    : `DELETE FROM characteristic_listings
        WHERE characteristic IN (${characteristics}) AND updated_at = ${row}.updated_at AND id = ${row}.id;`;
}
