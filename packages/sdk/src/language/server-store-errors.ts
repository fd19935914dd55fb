// What the PostgreSQL store says when it cannot do its work, in English: spread into the store's words
// (store-errors.ts), so `storeTold` words them and a client words them again in its user's language.
// The Welsh twin is cy-server-store-errors.ts. `said` is what the driver or server said, kept as said.

type At = { location: string };
type Said = { location: string; said: string };

export const englishServerStoreErrors = {
  postgresPasswordRefused: ({ location }: At) =>
    `Cannot use the PostgreSQL store ${location}: the password was refused.`,
  postgresUserRefused: ({ location }: At) =>
    `Cannot use the PostgreSQL store ${location}: the server refused this user (check the user name and the server’s pg_hba.conf).`,
  postgresNoDatabase: ({ location }: At) =>
    `Cannot use the PostgreSQL store ${location}: the database does not exist (create it, or fix the database name in the URL).`,
  postgresCharacterRefused: ({ location }: At) =>
    `The PostgreSQL store ${location} cannot keep a character this change holds: U+0000 (NUL), or one outside the database's encoding. Nothing was written: remove the character from the text and try again.`,
  postgresUnreachable: ({ location, said }: Said) =>
    `Cannot reach the PostgreSQL server of the store ${location} (${said}). Nothing was written. Check that the server is running, that the host and port in the URL are right, and that no firewall blocks the port; then try again.`,
  postgresLostWhileSaving: ({ location, said }: Said) =>
    `Cannot reach the PostgreSQL server of the store ${location} (${said}). The connection was lost while the change was being saved, so it may or may not have been saved: run the command again once the server is back (a change already saved is not saved twice), or look at the assessment’s history.`,
  postgresStatementRefused: ({ location, code, said }: Said & { code: string }) =>
    `The PostgreSQL store ${location} refused a statement eqia sends (${code}: ${said}): its tables are not as eqia made them. Nothing was written; ask its administrator to compare the schema with a fresh \`eqia init\`.`,
  postgresNewerSchema: ({ schema, found, known }: { schema: string; found: string; known: string }) =>
    `The PostgreSQL schema "${schema}" is at version ${found}, newer than this eqia knows (${known}): upgrade eqia before using this store.`,
  postgresSchemaName: ({ schema }: { schema: string }) =>
    `"${schema}" is not a usable PostgreSQL schema name: use lower-case letters, digits and underscores, starting with a letter or underscore (at most 63 characters).`,
  postgresNotAUrl: (_: Record<string, never>) =>
    'The PostgreSQL store address is not a URL: write it as postgres://user@host:5432/database (the password may be given in PGPASSWORD or ~/.pgpass instead of the URL).',
  postgresNotPostgresUrl: ({ protocol }: { protocol: string }) =>
    `The PostgreSQL store address must start with postgres:// or postgresql://, not ${protocol}//.`,
};
