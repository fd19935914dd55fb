import { english } from './language/english.js';

export { dayOf } from './language/report-language.js';

// The English formats, for the reports not yet written in other languages (annual, objectives).
/** "14 March 2025"; a date may be a year or a month only. */
export const formatDate = english.date;
/** An instant, in UTC so that the report does not depend on where it was rendered. */
export const formatDateTime = english.dateTime;
