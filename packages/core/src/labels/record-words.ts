import type { Told } from '../errors.js';
import { wordOf } from './told.js';

// What core says of a record it reads, in English: where a log's hash chain breaks, a signing key's
// standing, an export or plain record it cannot take. The shape every language follows
// (cy/records.ts). Values are numbers, ids and dates as text, never words; `because` names another
// message of this area whose values are the rest (the chain break inside an export's), so that a
// client words the whole sentence again (`recordWording`). Imports nothing but types and `wordOf`, so
// the chain and the errors can take their words from here.

type Seq = { seq: string };
/** An export's version, and those this eqia reads: `earlier` lists all but the `last`, comma-separated. */
type Versions = { version: string; earlier: string; last: string };

export const englishRecordWords = {
  notEntry: ({ seq }: Seq) => `entry ${seq} is not a log entry (no hash)`,
  wrongSeq: ({ seq, says }: Seq & { says: string }) =>
    `entry ${seq} says it is entry ${says}: an entry was removed, inserted or moved`,
  unlinked: ({ seq }: Seq) =>
    `entry ${seq} does not link to the entry before it: an earlier entry was changed, removed or inserted`,
  unhashable: ({ seq, error }: Seq & { error: string }) => `entry ${seq} cannot be hashed: ${error}`,
  edited: ({ seq }: Seq) => `entry ${seq} does not match its hash: its content was edited`,
  profileOutside:
    'the profile differs from what its last recorded change made it: it was changed outside eqia',
  notObjectiveEvent: ({ seq }: Seq) => `entry ${seq} is not an objective event`,
  refusedToday: ({ seq, refusal }: Seq & { refusal: string }) =>
    `entry ${seq} would be refused today: ${refusal}`,
  emptyLog: 'the log is empty',
  keyUnknown: ({ key }: { key: string }) => `key ${key} is not registered in the profile`,
  keyOtherUser: ({ key, owner, user }: { key: string; owner: string; user: string }) =>
    `key ${key} is ${owner}'s, not ${user}'s`,
  keyImported: ({ key, assessments }: { key: string; assessments: string }) =>
    `key ${key} came with the import of ${assessments} and checks only those sign-offs`,
  keyRevoked: ({ key, at }: { key: string; at: string }) => `key ${key} was revoked at ${at}`,
  keyNotYet: ({ key, from }: { key: string; from: string }) => `key ${key} was valid only from ${from}`,
  keyExpired: ({ key, at }: { key: string; at: string }) => `key ${key} expired at ${at}`,
  notExport: ({ format, expected }: { format: string; expected: string }) =>
    `This is not an eqia assessment export (format is ${format}, expected "${expected}").`,
  exportVersion: ({ version, earlier, last }: Versions) =>
    `The export is format version ${version}; this eqia reads versions ${earlier} and ${last}.`,
  exportNewer: ({ version, earlier, last }: Versions) =>
    `The export is format version ${version}; this eqia reads versions ${earlier} and ${last}: upgrade eqia.`,
  exportChain: ({ index, because }: { index: string; because: string }) =>
    `The export's log does not verify at index ${index}: ${because}.`,
  exportDiffers:
    'The assessment in the export differs from what its log replays to: it was changed outside the log.',
  noCensusSet: ({ id, sets }: { id: string; sets: string }) =>
    `There is no census category set "${id}". Use one of: ${sets}.`,
  /** `what` is `profile` or `baseline`; `level`, `groups` or `categories`. */
  strayCounts: ({ what, level, set }: { what: string; level: string; set: string }) =>
    `The ${what} counts ${level} that "${set}" does not have:`,
  strayId: ({ valid }: { valid: string }) => `unknown; use one of: ${valid}`,
  /** `what` names the input as a schema's subject does ("The assessment record a.json"). */
  unknownCharacteristics: ({
    what,
    count,
    named,
    known,
  }: {
    what: string;
    count: string;
    named: string;
    known: string;
  }) =>
    `${what} names ${count === '1' ? 'a characteristic' : 'characteristics'} the profile does not consider: ${named}. Use one of: ${known}.`,
  unknownCharacteristic: ({ id }: { id: string }) => `unknown characteristic "${id}"`,
  /** An edit of a section that names characteristics the profile does not have (the SDK's check). */
  editUnknownCharacteristics: ({ ids, known }: { ids: string; known: string }) =>
    `The edit names characteristics this profile does not have: ${ids}. Nothing was recorded. Use one of: ${known}.`,
  notProfileCharacteristic: 'not a characteristic of the profile',
  /** A log whose first event is not `create`: `type` is the event's type. */
  logStartsWith: ({ type }: { type: string }) =>
    `A log must start with a create event; this one starts with ${type}.`,
  logStartsEmpty: 'A log must start with a create event; this one starts with nothing.',
  /** An event the lifecycle refuses on replay: `seq` is its place in the log, from 1. */
  cannotReplay: ({ seq, type, refusal }: Seq & { type: string; refusal: string }) =>
    `Log entry ${seq} (${type}) cannot be replayed: ${refusal}`,
  localeUnknown: ({ given }: { given: string }) =>
    `${given} is not a language eqia speaks: use en (English), cy (Cymraeg) or both, as in cy,en`,
  localeNone: 'no language given: use en (English), cy (Cymraeg) or both, as in cy,en',
  /** A store's append that does not line up (`checkAppendRequest`); `kind` is `assessment` or `objective`. */
  appendInvalid: ({ kind, id }: { kind: string; id: string }) => `The append to ${kind} ${id} is not valid:`,
  appendVersion: 'must be a whole number, 0 to create',
  appendEvents: 'an append needs at least one event',
  appendMust: ({ value }: { value: string }) => `must be ${value}`,
  appendSummaryId: ({ kind, id }: { kind: string; id: string }) => `must be the ${kind} id ${id}`,
  historicalUnsigned: ({ source }: { source: string }) =>
    `${source} is imported as historical but does not say who signed it off: add "signedOff": { "by": "…", "role": "…", "on": "YYYY-MM-DD" }.`,
  signedNotHistorical: ({ source }: { source: string }) =>
    `${source} says it was signed off outside eqia: import it with --historical, so that it is marked as such.`,
  /** Two sides counted by other sets (`what` of each is a characteristic's id and a census set's). */
  unlikeSides: ({
    profile,
    profileSet,
    baseline,
    baselineSet,
  }: Record<'profile' | 'profileSet' | 'baseline' | 'baselineSet', string>) =>
    `The profile counts ${profile} by "${profileSet}" but the baseline counts ${baseline} by "${baselineSet}": compare like with like.`,
  groupsOnly:
    'One side counts broad groups only, so the comparison cannot be by category: compare with `level: "groups"`.',
  evidenceTaken: ({ id }: { id: string }) =>
    `Evidence "${id}" already exists and is not a disparity analysis: choose another evidence id.`,
  evidenceSame: ({ id }: { id: string }) =>
    `Evidence "${id}" already holds exactly this analysis: nothing was recorded.`,
  /** A create event whose assessment already lists editors (`editors` comma-separated). */
  newWithEditors: ({ editors }: { editors: string }) =>
    `A new assessment has no editors yet, but this one lists ${editors}: the lifecycle adds each editor as they record an edit.`,
  /** Why an edit's patches are refused (core's applySectionPatches); `section` is the section's id. */
  editOutside: ({ section, path }: { section: string; path: string }) =>
    `An edit of "${section}" may only change paths under /${section}; this one touches /${path}.`,
  editScreening:
    'The screening decision changes only through a screening event (screen), so that it is recorded with its rationale.',
  editInvalid: ({ section }: { section: string }) =>
    `The edit of "${section}" would make the assessment invalid:`,
  editWelshForeign: ({ section, key }: { section: string; key: string }) =>
    `An edit of "${section}" may only change the Welsh text of its own fields; this one changes ${key}.`,
  editWelshInvalid: ({ section }: { section: string }) =>
    `The edit of "${section}" would make its Welsh text invalid:`,
  /** `error` is what the patch library said, as it said it. */
  editUnapplied: ({ section, error }: { section: string; error: string }) =>
    `The edit of "${section}" cannot be applied: ${error}`,
  noGroups: ({ set }: { set: string }) =>
    `The census set "${set}" has no broader groups: compare it at the level of its categories.`,
  /** A stored snapshot eqia did not write, or a newer eqia did; `found` is its version as JSON. */
  snapshotUnversioned: ({ found }: { found: string }) =>
    `The snapshot has no valid snapshotVersion (found ${found}): it was not written by eqia.`,
  snapshotNewer: ({ version, latest }: { version: string; latest: string }) =>
    `The snapshot is version ${version}, newer than this eqia understands (up to ${latest}): upgrade eqia.`,
};

/** What core says of a record it reads, in one language (a message missing in Welsh does not compile). */
export type RecordWords = typeof englishRecordWords;
type ValuesOf<K extends keyof RecordWords> = RecordWords[K] extends (values: infer V) => string
  ? 'because' extends keyof V
    ? [Omit<V, 'because'>, Told]
    : [V]
  : [];

/**
 * A message of this area as data: its id and values (`told`) and its English (`message`). A message
 * with a `because` takes the told message it names last.
 */
export function recordTold<K extends keyof RecordWords>(
  id: K,
  ...given: ValuesOf<K>
): { message: string; told: Told } {
  const [values, because] = given as [Told['values']?, Told?];
  const told: Told = {
    id,
    values: because ? { ...because.values, ...values, because: because.id } : (values ?? {}),
  };
  return { message: recordWording(englishRecordWords, told), told };
}

/**
 * A told message of this area in `words`, with the message its `because` names worded inside it (from
 * the rest of its values). An id the area does not have reads as itself.
 */
export function recordWording(words: RecordWords, told: Told): string {
  const { because, ...values } = told.values;
  const inner =
    because === undefined ? values : { ...values, because: recordWording(words, { id: because, values }) };
  return wordOf(words, { id: told.id, values: inner }) ?? told.id;
}

/** Whether an error or result carries a message of this area. */
export const isRecordTold = (told: Told | undefined): told is Told =>
  told !== undefined && Object.hasOwn(englishRecordWords, told.id);
