import type Database from 'better-sqlite3';
import { connect } from './connection.js';

/*
 * The profile's default language read straight from a store file, before a command is loaded: eqia's
 * usage errors and --help speak it when nothing the user set chose a language (apps/cli's
 * ui-language.ts). Read-only, never migrated, never created, never waited on: anything that is not
 * plainly there answers undefined, and eqia speaks English until the store itself is opened.
 */

/** `languages.default` of the store's profile: 'cy' or 'en', else undefined. */
export function profileLanguageOfFile(file: string): 'cy' | 'en' | undefined {
  let db: Database.Database | undefined;
  try {
    db = connect(file, { readonly: true, fileMustExist: true, timeout: 0 });
    const row = db
      .prepare<[], [unknown]>(`SELECT profile ->> '$.languages.default' FROM profile`)
      .raw()
      .get();
    const language = row?.[0];
    return language === 'cy' || language === 'en' ? language : undefined;
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}
