import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { Prose } from './common.js';
import { sectionIds } from './section.js';

/**
 * Where a text field's Welsh version is kept: the field's path from its section, segments joined by "/",
 * each list item named by its id (never its place, which moves), as in `policy/aims`,
 * `analysis/race/impacts/imp-1/mitigation` or `actions/act-2/note`. Ids may hold dots, never "/".
 */
export const TextKey = z
  .string()
  .check(z.maxLength(400), z.regex(new RegExp(`^(${sectionIds.join('|')})(/[^/]+)+$`), says.textKey));

/**
 * The Welsh versions of an assessment's text fields, by text key. Apart from the fields themselves, so
 * every field keeps its type, every rule reads English as before, and an assessment without Welsh is
 * exactly what it was. A version left by a field since emptied or an item since removed is never shown.
 */
export const WelshText = z.record(TextKey, Prose);

/** The fingerprint of an English text (`englishFingerprint`): 8 hex digits. */
export const EnglishFingerprint = z.string().check(z.regex(/^[0-9a-f]{8}$/, says.fingerprint));

/**
 * For each Welsh version, the fingerprint of the English it was written for (`englishFingerprint`): set
 * whenever the Welsh is set, so a later change of the English shows the Welsh is out of date.
 */
export const WelshSources = z.record(TextKey, EnglishFingerprint);

export type TextKey = z.infer<typeof TextKey>;
export type WelshText = z.infer<typeof WelshText>;
export type WelshSources = z.infer<typeof WelshSources>;

/** The text key of a field: its section, then its path within the section (`textKey('policy', 'aims')`). */
export const textKey = (section: string, ...path: readonly string[]): TextKey => [section, ...path].join('/');

/** The section a text key belongs to. */
export const sectionOfTextKey = (key: TextKey): string => key.slice(0, key.indexOf('/'));
