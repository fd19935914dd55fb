import { idRuleMessage, isValidId, ValidationError } from '@eqia/core/light';
import { msg, uiCoreMessages } from './messages/ui-language.js';

/**
 * A new user's id, as typed (`eqia users add <id>`, `eqia init --user <id>`), held to core's id rule
 * (the one assessments, objectives and their records follow through the schema): the profile's own
 * schema takes any string, so without this an id with a space would be stored and then never typed.
 */
export function checkNewUserId(id: string): string {
  if (isValidId(id)) return id;
  const rule = uiCoreMessages?.schema.idRule ?? idRuleMessage;
  throw new ValidationError(msg.users.badId({ id, rule }));
}
