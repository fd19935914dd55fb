import Database from 'better-sqlite3';

/** A plain better-sqlite3 connection to a store file, as a person with the sqlite3 shell would have. */
export function withRawDatabase<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file, { fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}
