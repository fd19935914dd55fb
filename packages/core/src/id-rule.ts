import { englishSchemaWords as says } from './labels/schema-words.js';
/**
 * What an id of a record may look like (assessments, impacts, actions…): short, URL- and file-name-safe.
 * The `Id` schema is built from this; stores check an id with `isValidId` without building any schema.
 */
export const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
export const ID_MAX_LENGTH = 100;
export const idRuleMessage = says.idRule;

export function isValidId(id: string): boolean {
  return id.length >= 1 && id.length <= ID_MAX_LENGTH && idPattern.test(id);
}
