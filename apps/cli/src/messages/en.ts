import { commandsEnglish } from './commands.en.js';
import { equalityDutyEnglish } from './equality-duty.en.js';
import { filesEnglish } from './files.en.js';
import { flagWordsEnglish } from './flag-words.en.js';
import { helpEnglish } from './help.en.js';
import { systemErrorsEnglish } from './system-errors.en.js';
import { wizardEnglish } from './wizard.en.js';
import { wizardStepsEnglish } from './wizard-steps.en.js';

/**
 * The CLI's own words in English, by area: what commands print, their errors and hints, the wizard's
 * screens, prompts and keys, the review screen. The Welsh twin is cy.ts, of the same type, so a message
 * missing there does not compile (and a test checks both by message id). A message with values is a
 * function of one record of them, as in core's catalogue. Labels of stored values come from core's
 * catalogue (uiLabel); what authors and the profile wrote is never translated.
 */
export const english = {
  cli: {
    unknownCommand: ({ name }: { name: string }) =>
      `unknown command "${name}". Run \`eqia --help\` to see the commands.`,
    didYouMean: ({ name, meant }: { name: string; meant: string }) =>
      `unknown command "${name}": did you mean \`eqia ${meant}\`? Run \`eqia --help\` to see the commands.`,
  },
  ...commandsEnglish,
  ...equalityDutyEnglish,
  ...helpEnglish,
  ...filesEnglish,
  ...systemErrorsEnglish,
  ...flagWordsEnglish,
  args: {
    seeHelp: ({ reason, command }: { reason: string; command: string }) =>
      `${reason}. Run \`eqia ${command} --help\` for usage.`,
    givePositional: ({ command, name }: { command: string; name: string }) =>
      `Give the ${name}: \`eqia ${command} <${name}>\`. Run \`eqia ${command} --help\`.`,
    /** `options`: each missing one as `--flag <what>`, joined with `and` ("--from <…> and --to <…>"). */
    passOptions: ({ command, options }: { command: string; options: string }) =>
      `Pass ${options} to \`eqia ${command}\`.`,
    and: 'and',
    notADate: ({ flag, value }: { flag: string; value: string }) =>
      `--${flag} must be a date as YYYY-MM-DD, not "${value}".`,
    badNow: ({ value }: { value: string }) =>
      `EQIA_NOW must be an ISO date-time such as 2025-04-01T09:00:00Z, not "${value}". Unset it to use the system clock.`,
    noTerminal: ({ command, what, flag }: { command: string; what: string; flag: string }) =>
      `\`eqia ${command}\` needs ${what}, and there is no terminal to ask (or --no-input was given): pass ${flag}.`,
    answersToQuestions: 'answers to its questions',
  },
  errors: {
    notAStore: ({ path }: { path: string }) =>
      `The store ${path} is neither a folder nor a database file: pass --store <folder|file.db|postgres://…>.`,
    outputNotWritten: ({ reason }: { reason: string }) =>
      `the output could not be written (${reason}): free space or send it elsewhere.`,
    fixFindings: 'Fix these (`eqia check <id>` explains each), then try again.',
    conflictNothingWritten: 'Nothing was written: run the command again.',
    /** A refused command, as a lifecycle's refusal names it: "Cannot run `eqia revise` while…". */
    runCommand: ({ command }: { command: string }) => `run ${command}`,
    bug: ({ message }: { message: string }) =>
      `unexpected error: ${message}\nThis is a bug in eqia: please report it (run with EQIA_DEBUG=1 for details).`,
    cancelled: 'Stopped at your request (Ctrl+C): nothing was saved.',
    /** How a PostgreSQL store's location names its schema (`postgres://… (schema eqia)`): output/store-place.ts. */
    schemaOf: ({ schema }: { schema: string }) => `schema ${schema}`,
    noProfile: ({ location }: { location: string }) =>
      `The store at ${location} has no profile. Run \`eqia init\` there first.`,
    noStore: ({ location, from }: { location: string; from: string }) =>
      `No eqia store at ${location}${from}. Run \`eqia init\` to create one, or \`eqia demo\` to try eqia with sample assessments (or pass --store).`,
    storeFromSetting: ({ file }: { file: string }) => ` (your \`store\` setting in ${file})`,
    userFromSetting: ({ file }: { file: string }) => ` (your \`user\` setting in ${file})`,
    unknownUser: ({ id, from, known }: { id: string; from: string; known: string }) =>
      `"${id}"${from} is not a user of this store (${known || 'none yet'}). Add them with \`eqia users add ${id} --name "…" --roles author\`.`,
    sayWhoYouAre: ({ known }: { known: string }) =>
      `Say who you are: pass --user <id>, set EQIA_USER or run \`eqia config set user <id>\` (users: ${known || 'none yet — run `eqia users add`'}).`,
  },
  list: {
    empty: 'No assessments. Start one with `eqia new`.',
    noneMatch: 'No assessments match these filters.',
    headers: ['ID', 'STATE', 'OWNER', 'REVIEW', 'TITLE'],
    badState: ({ states, value }: { states: string; value: string }) =>
      `--state must be one of ${states}, not "${value}".`,
    badOutcome: ({ outcomes }: { outcomes: string }) => `--outcome must be one of ${outcomes}.`,
    badCharacteristic: ({ value, characteristics }: { value: string; characteristics: string }) =>
      `--characteristic must be one of the profile's characteristics, ${characteristics}, not "${value}".`,
  },
  state: {
    atStage: ({ state, stage }: { state: string; stage: string }) => `${state} at ${stage}`,
  },
  demo: {
    exists: ({ location }: { location: string }) =>
      `A store already exists at ${location}: the demo needs a new one. Pass --store ./eqia-demo (or remove the old one).`,
    created: ({ location }: { location: string }) =>
      `Created a demo store at ${location} (Cafcass example profile).`,
    createdWelsh: ({ location }: { location: string }) =>
      `Created a demo store at ${location} (Cafcass example profile, publishing in Welsh and English, Welsh first). The samples’ Welsh was drafted by machine and is not yet reviewed by a Welsh speaker.`,
    headers: ['ID', 'STATE', 'TITLE'],
    users:
      'Users: amara and ben (authors), julie (equality lead), sam, nadia, owen and rachel (approvers, who own the equality objectives), val (viewer).',
    keys: ({ keys, eqia }: { keys: string; eqia: string }) =>
      ` Their signing keys are in ${keys}: their sign-offs are signed (\`${eqia} keys\`).`,
    try: 'Try:',
    hints: {
      list: 'everything, with state and review date',
      show: 'read an assessment section by section',
      check: 'what the due-regard checks still want (exit 1)',
      review: 'review and approve as the equality lead',
      edit: 'carry on with the draft in the wizard',
      due: 'reviews and actions due (exit 1 when any)',
      history: ({ eqia }: { eqia: string }) => `the audit log; \`${eqia} verify\` checks it`,
      export: 'the accessible HTML to publish',
      objectives: 'the equality objectives and their progress',
    },
    /** What the table adds to a sample's state (said as `eqia list` says it): "draft, revision 2". */
    samples: {
      inReview: 'julie (equality lead) is next',
      reviewDue: 'review due',
      revision: 'revision 2',
    },
  },
  review: {
    yourVerdict: ({ section }: { section: string }) => `Your verdict on ${section}`,
    noVerdict: 'No verdict: next section',
    goToDecision: 'Go to my decision on this stage',
    commentOptional: 'Comment (optional)',
    whatShouldChange: 'What should change?',
    decisionTitle: 'Your decision on this stage',
    stage: ({ stage }: { stage: string }) => `Stage: ${stage}`,
    attestation: ({ attestation }: { attestation: string }) => `Attestation: ${attestation}`,
    notWaiting: 'This assessment is not waiting on a stage.',
    unjudged: ({ n, of, sections }: { n: number; of: number; sections: string }) =>
      `No verdict from you on ${n} of ${of} sections: ${sections} (Ctrl+G goes to one).`,
    approveOrSendBack: 'Approve this stage, or send it back?',
    approve: 'Approve (you will accept the attestation)',
    requestChanges: 'Request changes',
    later: 'Decide later: verdicts and comments are saved',
    acceptAttestation: 'Do you accept the attestation above?',
    approvalComment: 'Comment with your approval (optional)',
    mustChange: 'What must the author change?',
    saved: ({ changes, title }: { changes: string; title: string }) =>
      `Review saved: ${changes}. "${title}" is back with its author.`,
    savedStatus: ({ title, status }: { title: string; status: string }) =>
      `Review saved: "${title}" is ${status}.`,
    notInReview: ({ title, state, id }: { title: string; state: string; id: string }) =>
      `"${title}" is ${state}: only an assessment in review can be reviewed (\`eqia submit ${id}\` sends it).`,
    noTerminalFlags: '`eqia approve <id> --attest` or `eqia request-changes <id> --comment <text>`',
    yourVerdicts: 'your verdicts',
  },
  change: {
    done: ({ what, title, id, state }: { what: string; title: string; id: string; state: string }) =>
      `${what}: "${title}" (${id}) is ${state}.`,
    created: ({ id }: { id: string }) => `Created ${id}`,
    saved: 'Saved',
    unchanged: 'Nothing to save (the answers change nothing)',
    submitted: 'Submitted for review',
    approved: 'Approved',
    commentAdded: 'Comment added',
    submissionWithdrawn: 'Submission withdrawn',
    withdrawn: 'Withdrawn',
    startedRevision: ({ revision }: { revision: number }) => `Started revision ${revision}`,
  },
  reviewLines: {
    judged: ({ name, verdict, comment }: { name: string; verdict: string; comment: string }) =>
      `  ${name} judged it ${verdict}${comment ? `: “${comment}”` : ''}`,
    resolvedBy: ({ name }: { name: string }) => `resolved by ${name}`,
    open: 'open',
    replyTo: ({ id }: { id: string }) => ` (reply to ${id})`,
    howToReply: ({ id, section, comment }: { id: string; section: string; comment: string }) =>
      `  Reply: \`eqia comment ${id} --section ${section} "…" --reply-to ${comment}\`; resolve: \`eqia comment ${id} --resolve ${comment}\``,
    changesRequested: ({ name, comment }: { name: string; comment: string }) =>
      `changes requested by ${name}${comment ? ` (“${comment}”)` : ''}`,
  },
  approve: {
    approveQuestion: 'Approve?',
    attestNeeded: 'you to accept the attestation',
    notInReview: ({ title, state }: { title: string; state: string }) =>
      `"${title}" is ${state}: only an assessment in review can be approved.`,
    acceptThis: ({ stage, attestation }: { stage: string; attestation: string }) =>
      `${stage}: ${attestation}\nDo you accept this attestation?`,
    notAccepted: 'Not approved: the attestation was not accepted.',
  },
  ...wizardStepsEnglish,
  ...wizardEnglish,
};

/** The CLI's messages in one language: English's shape, each string in that language. */
export type CliMessages = typeof english;
