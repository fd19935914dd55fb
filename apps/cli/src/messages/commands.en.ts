/**
 * What the reading and setting-up commands print, in English: `show`, `check`, `due`, `history`, `users`,
 * `keys`, `verify`, `export` (the CLI's words around the document),
 * `init`, `config`, `profile`, `migrate-store`, `reindex`. Spread into en.ts; the Welsh twin is commands.cy.ts, of
 * this type. Column headings are upper case in the language's own words; ids, dates and JSON are the
 * same in every language.
 */
export const commandsEnglish = {
  show: {
    revision: ({ revision }: { revision: number }) => `revision ${revision}`,
    reviewDue: ' · review due',
    findings: ({ counts }: { counts: string }) => `Findings: ${counts}`,
    badSection: ({ sections, value }: { sections: string; value: string }) =>
      `--section must be one of ${sections}, not "${value}".`,
    imported: ({ source, by }: { source: string; by: string }) => `Imported from ${source} by ${by}`,
    importedFromStandardInput: ({ by }: { by: string }) => `Imported from standard input by ${by}`,
    signedOffOutside: ({ who, on, published }: { who: string; on: string; published: string }) =>
      `Signed off outside eqia by ${who} on ${on}${published} (historical record)`,
    publishedOutside: ({ on, location }: { on: string; location: string }) =>
      `; published outside eqia on ${on} at ${location}`,
  },
  /** What an author wrote, in a run of another language than English (output/texts-in-language.ts). */
  texts: {
    /** A text with no version in the run's language: its English, said to be English. */
    english: ({ text }: { text: string }) => `[English] ${text}`,
    /** A version written for English that has changed since. */
    stale: ({ text }: { text: string }) => `[out of date: the English has changed] ${text}`,
  },
  sectionText: {
    title: ({ title }: { title: string }) => `Title: ${title}`,
    kind: ({ kind, novelty, team, owner }: { kind: string; novelty: string; team: string; owner: string }) =>
      `Kind: ${kind} (${novelty})   Team: ${team}   Owner: ${owner}`,
    aims: ({ text }: { text: string }) => `Aims: ${text}`,
    scope: ({ text }: { text: string }) => `Scope: ${text}`,
    affects: ({ names }: { names: string }) => `Affects: ${names}`,
    assessedBy: ({ names }: { names: string }) => `Assessed by: ${names}`,
    maker: ({ maker }: { maker: string }) => `Decision maker: ${maker}`,
    decisionDate: ({ date, paper, briefed }: { date: string; paper: string; briefed: boolean }) =>
      `Date: ${date}   Paper: ${paper}   Briefed on the duty: ${briefed ? 'yes' : 'no'}`,
    analysedOn: ({ date }: { date: string }) => `Analysis carried out: ${date}`,
    alreadyTaken: 'Recorded as already taken when this assessment was done.',
    notes: ({ text }: { text: string }) => `Notes: ${text}`,
    relevance: 'Relevance:',
    notScreened: 'Relevance: not screened yet',
    screeningDecision: ({ decision }: { decision: string }) => `Decision: ${decision}`,
    evidenceReliedOn: ({ titles }: { titles: string }) => `Evidence relied on: ${titles}`,
    reliesOn: ({ title }: { title: string }) => `Relies on: ${title}`,
    limits: ({ text }: { text: string }) => `limits: ${text}`,
    gap: ({ id, description }: { id: string; description: string }) => `gap [${id}]: ${description}`,
    noEvidence: 'No evidence recorded.',
    changed: ({ text }: { text: string }) => `changed: ${text}`,
    noEngagement: 'No engagement recorded.',
    noneFound: ({ text }: { text: string }) => `None found: ${text}`,
    cumulative: ({ text }: { text: string }) => `Cumulative impact: ${text}`,
    outcome: ({ outcome }: { outcome: string }) => `Outcome: ${outcome}`,
    legitimateAim: ({ text }: { text: string }) => `Legitimate aim: ${text}`,
    proportionality: ({ text }: { text: string }) => `Proportionality: ${text}`,
    noOutcome: 'Outcome: not decided yet',
    action: ({ owner, due, status }: { owner: string; due: string; status: string }) =>
      `${owner}, due ${due}, ${status}`,
    noOwner: 'no owner',
    noActions: 'No actions.',
    arrangements: ({ text }: { text: string }) => `Arrangements: ${text}`,
    nextReview: ({ date }: { date: string }) => `Next review: ${date}`,
    impact: ({ impact, audience, description }: { impact: string; audience: string; description: string }) =>
      `${impact} for ${audience}: ${description}`,
    mitigation: ({ text }: { text: string }) => ` | mitigation: ${text}`,
  },
  findings: {
    none: 'No findings: nothing the due-regard checks can see is missing.',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    fix: ({ hint }: { hint: string }) => `fix: ${hint}`,
    why: ({ why }: { why: string }) => `why: ${why}`,
    counts: ({ errors, warnings }: { errors: number; warnings: number }) =>
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    idOrAll: 'Give an id or --all, not both.',
    failing: ({ failed, total }: { failed: number; total: number }) =>
      `${failed} of ${total} assessment${total === 1 ? '' : 's'} ${failed === 1 ? 'fails' : 'fail'} the checks`,
  },
  due: {
    reviews: 'Reviews due:',
    reviewHeaders: ['ID', 'REVIEW', 'OWNER', 'TITLE'],
    actions: 'Actions overdue:',
    actionHeaders: ['ASSESSMENT', 'DUE', 'LATE', 'ACTION'],
    owner: ({ owner }: { owner: string }) => ` (owner: ${owner})`,
    noOwner: ' (no owner)',
    late: ({ days }: { days: number }) => `${days} day${days === 1 ? '' : 's'}`,
    nothing: 'Nothing due: no reviews due and no overdue actions.',
  },
  history: {
    badAt: ({ value }: { value: string }) =>
      `--at must be a log entry number (1, 2, …), not "${value}": see \`eqia history <id>\`.`,
    headers: ['#', 'WHEN', 'WHAT HAPPENED'],
    profileHeaders: ['#', 'WHEN', 'WHO', 'CHANGED'],
    noProfileChanges: 'No profile changes recorded yet.',
  },
  users: {
    added: ({ id }: { id: string }) => `Added ${id}.`,
    removed: ({ id }: { id: string }) => `Removed ${id}.`,
    updated: ({ id }: { id: string }) => `Updated ${id}.`,
    noSuchUser: ({ id }: { id: string }) => `There is no user "${id}": \`eqia users\` lists them.`,
    badId: ({ id, rule }: { id: string; rule: string }) => `"${id}" cannot be a user id: ${rule}.`,
    alreadyUser: ({ id }: { id: string }) =>
      `There is already a user "${id}": use \`eqia users roles ${id} --roles …\`.`,
    unknownAction: ({ action }: { action: string }) =>
      `Unknown action "${action}": use list, add, remove or roles.`,
    none: 'No users yet: `eqia users add <id> --name "…" --roles admin,author`.',
    headers: ['ID', 'NAME', 'ROLES', 'JOB TITLE'],
    fullName: 'full name',
  },
  keys: {
    revoked: ({ id, user, at }: { id: string; user: string; at: string }) =>
      `Revoked ${id} (${user}) from ${at}.`,
    unknownAction: ({ action }: { action: string }) =>
      `Unknown action "${action}": use list, create or revoke.`,
    nowhere:
      'There is nowhere to keep a private key: set HOME (or XDG_CONFIG_HOME or EQIA_CONFIG), or `eqia config set keys <dir>`.',
    badValidUntil: '--valid-until must be a date such as 2027-12-31.',
    created: ({ id, user, path }: { id: string; user: string; path: string }) =>
      `Created key ${id} for ${user}: registered in the profile, private key in ${path} (yours alone).\n  Your approvals, publications and reaffirmations are now signed with it, and must be.`,
    none: 'No signing keys yet: `eqia keys create` makes one for you.',
    headers: ['ID', 'USER', 'VALID FROM', 'UNTIL', 'REVOKED', 'HERE'],
    importedUser: ({ user }: { user: string }) => `${user} (imported)`,
    revokedBy: ({ date, by }: { date: string; by: string }) => `${date} by ${by}`,
    here: 'yes',
    importedNote: ({ uses }: { uses: string }) =>
      `Imported keys came with exports from another store and check only those assessments' sign-offs: ${uses}.`,
  },
  verify: {
    entries: ({ n }: { n: number }) => `${n} log ${n === 1 ? 'entry verifies' : 'entries verify'}`,
    signed: ({ signed, of }: { signed: number; of: number }) => `; ${signed} of ${of} sign-offs signed`,
    broken: ({ entry, reason }: { entry: number; reason: string }) =>
      `entry ${entry} does not verify: ${reason}`,
    signature: ({
      type,
      by,
      at,
      status,
      reason,
    }: {
      type: string;
      by: string;
      at: string;
      status: string;
      reason: string;
    }) => `${type} by ${by} at ${at}: ${status} (${reason})`,
    /** A sign-off's event and its signature's standing as `signature` names them (the JSON keeps the ids). */
    signOffs: { approve: 'approve', publish: 'publish', reaffirm: 'reaffirm' },
    statuses: { signed: 'signed', unsigned: 'unsigned', invalid: 'invalid', revoked: 'revoked' },
    nothing: 'No assessments to verify.',
    profile: 'profile',
    profileChanges: ({ n }: { n: number }) =>
      `${n} recorded ${n === 1 ? 'change verifies' : 'changes verify'}`,
    profileBroken: ({ change, reason }: { change: number; reason: string }) =>
      `change ${change} does not verify: ${reason}`,
    objective: ({ id }: { id: string }) => `objective ${id}`,
    notWord: ({ file }: { file: string }) =>
      `${file} is a zip file but not a readable Word document: give the .docx, HTML, Markdown or JSON that \`eqia export\` wrote.`,
    noReference: ({ file }: { file: string }) =>
      `${file} carries no verification reference (eqia-verify:…): only copies made by \`eqia export\` since references were added do.`,
    document: ({ file, id, version }: { file: string; id: string; version: number }) =>
      `${file} (${id}, version ${version})`,
    since: ({ seq, type, by, at }: { seq: number; type: string; by: string; at: string }) =>
      `${seq}. ${type} by ${by} at ${at}`,
    matches: ({ what, since }: { what: string; since: string }) =>
      `${what} matches the store${since ? `; recorded since:${since}` : ', and nothing was recorded since'}`,
    truncated: ({ what, missing }: { what: string; missing: number }) =>
      `${what}: ${missing === 1 ? '1 entry was' : `${missing} entries were`} removed from the end of its log since this copy was made: the store no longer holds what was published`,
    rewritten: ({ what, version }: { what: string; version: number }) =>
      `${what}: the store's log at version ${version} is not the one this copy was made from: its history was rewritten`,
  },
  output: {
    wordNeedsFile: 'A Word document is a file, not text: pass --out <file>.docx.',
    needsName: ({ option }: { option: string }) => `${option} needs a file name (or - for standard output).`,
    isDirectory: ({ option, path }: { option: string; path: string }) =>
      `${option} ${path} is a directory: give a file name.`,
    exists: ({ option, path }: { option: string; path: string }) =>
      `${option} ${path} already exists: pass --force to replace it, or choose another file.`,
    wrote: ({ path }: { path: string }) => `Wrote ${path}`,
    storeFile: ({
      option,
      path,
      inside,
      store,
    }: {
      option: string;
      path: string;
      inside: boolean;
      store: string;
    }) =>
      `${option} ${path} is ${inside ? 'inside the store folder' : 'one of the store files'} (${store}): writing there would destroy the store. Choose a file elsewhere.`,
    passFormat: ({ formats }: { formats: string }) =>
      `Pass --format ${formats} (or an --out file ending in one of them).`,
    badLanguage: ({ source, text, error }: { source: string; text: string; error: string }) =>
      `${source} "${text}": ${error}.`,
  },
  init: {
    exists: ({ location }: { location: string }) => `A store already exists at ${location}: nothing changed.`,
    created: ({ location, profile }: { location: string; profile: string }) =>
      `Created a store at ${location} with the ${profile}.`,
    nextNew: ({ user }: { user: string }) => `Next: \`eqia new --user ${user}\` starts an assessment.`,
    nextUser:
      'Next: add yourself with `eqia users add <id> --name "Your Name" --roles admin,author`, then `eqia new --user <id>`.',
  },
  config: {
    notSet: ({ key, file }: { key: string; file: string }) =>
      `${key} is not set in ${file}. Set it with \`eqia config set ${key} <value>\`.`,
    badValue: ({ key, problem, value }: { key: string; problem: string; value: string }) =>
      `${key} ${problem}, not "${value}".`,
    set: ({ key, value, file }: { key: string; value: string; file: string }) =>
      `Set ${key} to ${value} in ${file}.`,
    wasNotSet: ({ key }: { key: string }) => `${key} was not set: nothing changed.`,
    unset: ({ key, file }: { key: string; file: string }) => `Unset ${key} in ${file}.`,
    unknownAction: ({ action }: { action: string }) =>
      `Unknown action "${action}": use list, get, set or unset.`,
    nowhere: 'There is nowhere to keep settings: set HOME, XDG_CONFIG_HOME or EQIA_CONFIG.',
    notASetting: ({ key, keys }: { key: string; keys: string }) => `"${key}" is not a setting: use ${keys}.`,
    comesFirst: ({ variable }: { variable: string }) => `(${variable} is set and comes first)`,
    notWritten: ({ file }: { file: string }) => `${file} (not written yet)`,
    file: ({ file }: { file: string }) => `Settings file: ${file}`,
    headers: ['SETTING', 'VALUE'],
  },
  settings: {
    unreadable: ({ file, reason }: { file: string; reason: string }) =>
      `The settings file ${file} cannot be read: ${reason}. It was left as it is.`,
    empty: 'it is empty (write {} for no settings, or delete it)',
    notJson: ({ message }: { message: string }) => `it is not valid JSON: ${message}`,
    invalid: ({ file }: { file: string }) =>
      `The settings file ${file} is not valid; it was left as it is. Fix or delete it:`,
    asString: ({ what }: { what: string }) => `must be ${what}, as a string`,
    notEmpty: ({ what }: { what: string }) => `must be ${what}, not empty`,
    storeValue: 'a directory, a database file (.db) or a postgres:// URL',
    userValue: 'a user id',
    keysValue: 'a path',
    language: 'must be en (English) or cy (Welsh)',
    object: 'must be a JSON object of settings, such as {"user": "amara"}',
    notASetting: ({ keys }: { keys: string }) => `not a setting (the settings are ${keys})`,
  },
  profile: {
    replaced: ({ file }: { file: string }) => `Profile replaced from ${file}.`,
    unknownAction: ({ action }: { action: string }) => `Unknown action "${action}": use show or set.`,
    none: 'This store has no profile: run `eqia init`.',
    characteristics: ({ names }: { names: string }) => `Characteristics: ${names}`,
    audiences: ({ names }: { names: string }) => `Audiences: ${names}`,
    stakeholders: ({ names }: { names: string }) => `Stakeholders: ${names}`,
    chain: ({ stages }: { stages: string }) => `Approval chain: ${stages}`,
    intervals: ({ review, freshness }: { review: number; freshness: number }) =>
      `Review every ${review === 1 ? 'month' : `${review} months`}; evidence older than ${freshness} month${freshness === 1 ? '' : 's'} is flagged.`,
    users: ({ names }: { names: string }) => `Users: ${names}`,
    welshMissing: ({ keys }: { keys: string }) =>
      `The profile has texts without Welsh, and the organisation publishes in Welsh: ${keys}. Welsh documents show them in English. Give them under "welsh" (with "schemaVersion": 2) in a file for eqia profile set.`,
    welshStale: ({ keys }: { keys: string }) =>
      `The profile has Welsh written for English that has changed since: ${keys}. Welsh documents say it is out of date. Write the Welsh for the English as it is now under "welsh" in a file for eqia profile set, or, where it is still right, say so: eqia profile set --welsh-current <keys>.`,
    welshConfirmed: ({ keys }: { keys: string }) =>
      `The profile's Welsh is recorded as still right for its English as it is now: ${keys}.`,
    welshCurrentOnSet:
      '--welsh-current goes with `eqia profile set`: `eqia profile set [<file.json>] --welsh-current <keys>`.',
  },
  migrateStore: {
    already: ({ location, kind }: { location: string; kind: string }) =>
      `The store at ${location} is already in ${kind}: say where to copy it with --to <dir|file|url>.`,
    copied: ({
      assessments,
      events,
      profile,
      from,
      to,
    }: {
      assessments: number;
      events: number;
      profile: boolean;
      from: string;
      to: string;
    }) =>
      `Copied ${assessments} assessment${assessments === 1 ? '' : 's'} (${events} log entr${events === 1 ? 'y' : 'ies'}${profile ? ', and the profile' : ''}) from ${from} to ${to}, every chain verified.`,
    inPlace: ({ location }: { location: string }) =>
      `eqia now uses ${location}. Run \`eqia verify\` there; the old files beside it can be deleted once you are satisfied.`,
    elsewhere:
      'Next: point EQIA_STORE (or --store) at the new store and run `eqia verify` there; keep the old one until then.',
  },
  /** `eqia reindex`, and the same after a change to the profile (refresh-digests.ts). */
  reindex: {
    progress: ({ done, of }: { done: number; of: number }) => `Making digests again: ${done} of ${of}`,
    current: 'Every digest (what the annual report and check --all read) is current: nothing to do.',
    refreshed: ({ refreshed }: { refreshed: number }) =>
      `Made the digest${refreshed === 1 ? '' : 's'} of ${refreshed} assessment${refreshed === 1 ? '' : 's'} again: the annual report and check --all read them instead of each assessment whole.`,
    afterProfile: ({ refreshed }: { refreshed: number }) =>
      `Made the digest${refreshed === 1 ? '' : 's'} of ${refreshed} assessment${refreshed === 1 ? '' : 's'} again under the changed profile.`,
    savedMeanwhile: ({ saved }: { saved: number }) =>
      saved === 1
        ? '1 more was saved meanwhile, with a digest of its own.'
        : `${saved} more were saved meanwhile, with digests of their own.`,
    stopped: ({ done }: { done: number }) =>
      done === 0
        ? 'Stopped before any digest was made again: `eqia reindex` makes them.'
        : `Stopped: the ${done} digest${done === 1 ? '' : 's'} made again so far ${done === 1 ? 'is' : 'are'} kept; \`eqia reindex\` makes the rest.`,
  },
  writes: {
    noteAdded: 'Note added',
    actionIs: ({ id, status }: { id: string; status: string }) => `Action ${id} is ${status}`,
    badStatus: ({ statuses, value }: { statuses: string; value: string }) =>
      `--status must be one of ${statuses}, not "${value}".`,
    commentResolved: 'Comment resolved',
    badSection: ({ sections }: { sections: string }) => `--section must be one of ${sections}.`,
    changesRequested: 'Changes requested',
    oneWay: 'Give one of --answers, --remove, --move or --welsh-current, not several.',
    historicalPlain: '--historical is for plain records; an eqia export carries its own history.',
    giveTitle: 'Give the policy a title: a `policy.title` in the answers file, or --title.',
    fromAfterTo: ({ from, to }: { from: string; to: string }) =>
      `--from (${from}) must not be after --to (${to}).`,
    badFormat: ({ formats }: { formats: string }) => `--format must be one of ${formats}.`,
    csvNeedsFile: '--overdue-csv needs a file name: the report itself is what goes to standard output.',
    reasonOrSubmission: 'Pass either --reason (abandon the assessment) or --submission, not both.',
  },
  listEdit: {
    noItem: ({
      title,
      noun,
      item,
      known,
      id,
    }: {
      title: string;
      noun: string;
      item: string;
      known: string;
      id: string;
    }) => `"${title}" has no ${noun} "${item}"${known}. \`eqia show ${id}\` lists each item's id.`,
    known: ({ list, ids }: { list: string; ids: string }) => `: its ${list} are ${ids}`,
    moved: ({ what, position }: { what: string; position: number }) =>
      `Moved ${what} to position ${position}`,
    removed: ({ what }: { what: string }) => `Removed ${what}`,
    removeSure: ({ what }: { what: string }) => `Remove ${what}? Its links from other sections go too.`,
    confirm: 'you to confirm the removal',
    nothingRemoved: 'Nothing removed.',
    badTarget: ({ flag, lists, value }: { flag: string; lists: string; value: string }) =>
      `${flag} takes <list>:<item-id>, such as evidence:ev-2; lists are ${lists} (not "${value}").`,
    badPosition: '--move needs --to <position>, a whole number from 1 (the first place).',
  },
};

/** The commands' messages in one language: English's shape. */
export type CommandMessages = typeof commandsEnglish;
