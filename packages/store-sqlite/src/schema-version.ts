/*
 * What a current eqia store's header says, apart from the schema's steps (schema.ts), so that a reader
 * that checks only these (`eqia list --json`'s fast path, list-json-file.ts) loads nothing else.
 * migrations.test.ts fails if schema.ts's last step is not `latestSchemaVersion`.
 */

/** Marks the file as eqia's in its header (`PRAGMA application_id`): "EQIA". */
export const applicationId = 0x45_51_49_41;

/** The `user_version` of a store whose schema has every step of schema.ts. */
export const latestSchemaVersion = 12;
