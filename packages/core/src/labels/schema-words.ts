// What core's schemas say of bad input themselves ("give the policy a title"), in English: the words
// the schemas are built with (one home for each), and the shape the Welsh follows (cy/schema-words.ts).
// zod's own kinds of issue (missing, wrong type, too long…) are the SDK's to word (its schema issues).
// Imports nothing, so that every schema, and the errors, can take their words from here.

export const englishSchemaWords = {
  /** Where an issue of the whole input is, in an issue list: "  - (root): …". */
  root: '(root)',
  idRule: 'use letters, digits, and . _ : - only (no spaces)',
  slug: 'use lower-case letters, digits and underscores, starting with a letter',
  partialDate: 'write a year (2021), a month (2021-03) or a day (2021-03-31)',
  noSuchDay: 'that day does not exist',
  link: 'use an address starting https://, http:// or mailto: (other kinds of link are refused)',
  textKey: 'name a text field from its section, as in policy/aims or actions/act-1/note',
  objectiveTextKey: 'name a text field of the objective, as in statement or milestones/ms-1/description',
  fingerprint: 'an 8-digit hex fingerprint',
  policyTitle: 'give the policy a title',
  personName: 'give the person’s name',
  groupName: 'name the group',
  abandonReason: 'give the reason the policy was abandoned',
  screeningReason: 'give the reason for the screening decision',
  relatedTitle: 'name the related assessment or document',
  evidenceTitle: 'name the evidence',
  engagedWho: 'say who was engaged',
  intersection: 'an intersection combines two or more characteristics',
  actionDescription: 'describe the action',
  comment: 'write the comment',
  attestation: 'give the attestation the approver confirms',
  changesNeeded: 'say what needs to change',
  note: 'write the note',
  publishedWhere: 'say where it was published',
  publishedAt: 'say where it is published',
  signedOffBy: 'say who signed it off',
  historicalNeeded: 'required with --historical',
  historicalOnly: 'only with --historical',
  exportEvents: 'an export holds at least the create event',
  userRoles: 'give the user at least one role',
  publicKey: 'must be an Ed25519 public key: 64 hex digits',
  locale: 'must be en (English) or cy (Cymraeg)',
  publishesOne: 'name at least one language to publish in',
  defaultPublished: 'the default language must be one the organisation publishes in',
  languagesOnce: 'name each language once',
  profileTextKey:
    'name a text of the profile, as in organisation, publishing/contact or audiences/staff/label',
  profileWelshVersion: 'a profile with Welsh versions (welsh) is schemaVersion 2',
  profileWelshOfVersion:
    'a profile with the fingerprints of the English its Welsh was written for (welshOf) is schemaVersion 3',
  approvalChain: 'an approval chain needs at least one stage',
  seniorStage: 'mark one stage `senior: true`: a screening-out needs senior authorisation',
  duplicateId: ({ id }: { id: string }) => `duplicate id "${id}"`,
  figuresPeriod: 'give the period the figures cover',
  objectiveTitle: 'give the objective a title',
  objectiveStatement: 'state the objective',
  indicator: 'name the indicator',
  milestone: 'describe the milestone',
  progress: 'say what progress was made',
  periodOrder: 'the period must end on or after its start',
  changeReason: 'say what must change',
  endNote: 'say why the objective ends',
  population: 'name the population',
  countsPeriod: 'give the period the counts cover',
  countsArea: 'give the area the counts cover',
};

/** What core's schemas say themselves, in one language. */
export type SchemaWords = typeof englishSchemaWords;
type SaidId = { [K in keyof SchemaWords]: SchemaWords[K] extends string ? never : K }[keyof SchemaWords];

/**
 * A message with values, for a schema's own issue (`ctx.addIssue`): its English, and the id and values
 * it carries as `params`, so that another language can word it again.
 */
export function said<K extends SaidId>(id: K, values: Parameters<SchemaWords[K]>[0]) {
  return { message: englishSchemaWords[id](values), params: { said: { id, values } } };
}

/**
 * A schema's own message in other words, or undefined when the schema did not word it itself (zod did,
 * or it is no message of core's).
 */
export function schemaSaidIn(
  issue: { message: string; params?: { said?: { id: string; values: Record<string, string> } } },
  words: SchemaWords,
): string | undefined {
  // A plain message is known by its English (an issue carries only its text): looked up only when a
  // message is worded again, so that nothing is built when a schema is loaded.
  const id =
    issue.params?.said?.id ??
    Object.keys(englishSchemaWords).find(
      (key) => englishSchemaWords[key as keyof SchemaWords] === issue.message,
    );
  const message = id === undefined || !Object.hasOwn(words, id) ? undefined : words[id as keyof SchemaWords];
  if (typeof message === 'function')
    return issue.params?.said ? message(issue.params.said.values as never) : undefined;
  return message;
}
