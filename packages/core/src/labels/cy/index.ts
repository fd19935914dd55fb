import type { Messages } from '../messages.js';
import { welshAttentionWords } from './attention.js';
import { welshCensus } from './census.js';
import { welshAims, welshCharacteristics, welshJurisdictions } from './characteristics.js';
import { welshCheckWords } from './checks.js';
import { welshLifecycleWords } from './lifecycle.js';
import { welshRecordWords } from './records.js';
import { welshRefusals } from './refusals.js';
import { welshRules } from './rules/index.js';
import { welshSchemaWords } from './schema-words.js';
import { welshLabels } from './values.js';

/** Cymraeg: everything core words, in Welsh. */
export const welshMessages: Messages = {
  locale: 'cy',
  values: welshLabels,
  aims: welshAims,
  characteristics: welshCharacteristics,
  census: welshCensus,
  jurisdictions: welshJurisdictions,
  rules: welshRules,
  checks: welshCheckWords,
  refusals: welshRefusals,
  lifecycle: welshLifecycleWords,
  schema: welshSchemaWords,
  records: welshRecordWords,
  attention: welshAttentionWords,
};
