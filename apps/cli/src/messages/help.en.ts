/**
 * Help, in English: `eqia --help`, each command's `--help` and the global options (those of the commands
 * that write a document in help-documents.en.ts). Spread into en.ts; the Welsh twin is help.cy.ts, of
 * this type. What you type stays in English in every language (commands, options, setting names,
 * values); only what they do is translated.
 */

import { documentCommandsHelpEnglish } from './help-documents.en.js';

export const helpEnglish = {
  help: {
    title: 'equality impact assessments',
    usage: 'Usage: eqia <command> [options]      eqia <command> --help',
    version: 'print the version',
    newHere: 'New here? Run `eqia demo`, then `eqia list`. Exit codes: see docs/cli.md.',
    global: `Global options:
  --store <dir|url>  the store: a folder holding eqia.db, a .db file or a
                     postgres:// URL (or EQIA_STORE, or \`eqia config set store\`;
                     default ./.eqia)
  --user <id>        who you are (or EQIA_USER, or \`eqia config set user\`)
  --json             machine-readable output
  --lang <en|cy>     the language of eqia's messages, and of the reports it writes
                     (or EQIA_LANG, or \`eqia config set language\`)
  --no-input         never prompt; fail instead (also when there is no terminal)
  -h, --help         this help`,
    groups: {
      start: 'Start',
      write: 'Write',
      review: 'Review and sign-off',
      read: 'Read',
      files: 'Files',
      organisation: 'Organisation',
      settings: 'Settings',
    },
    summaries: {
      init: 'create a store here (./.eqia) with a profile',
      demo: 'create a store with sample assessments to explore',
      new: 'start an assessment: the wizard, or --answers <file>',
      edit: 'continue an assessment: the wizard, or --answers <file>',
      submit: 'send an assessment for review',
      withdraw: 'abandon an assessment, or take back a submission',
      revise: 'start a new revision of a signed-off assessment',
      action: "update an action's status after sign-off",
      review: 'read, give verdicts, approve or request changes',
      comment: 'comment on a section',
      approve: 'approve the current stage',
      'request-changes': 'send an assessment back to its author',
      publish: 'record where a signed-off assessment is published',
      reaffirm: 'confirm at review that it still holds',
      list: 'list assessments',
      show: 'show one assessment',
      check: 'run the due-regard checks (exit 1 on errors)',
      due: 'reviews and actions due (exit 1 when any)',
      history: "an assessment's audit log",
      insight: 'compare a caseload or workforce with census figures',
      verify: 'verify the audit hash chains',
      export: 'write an assessment as html, md, docx, json, csv or answers',
      import: 'read an assessment exported as json',
      report: 'the annual equality report for a period',
      objectives: 'equality objectives: set up, approve, record progress',
      data: 'workforce, caseload and pay gap data: import, list, show',
      users: 'list, add and remove users, set roles',
      keys: 'create, list and revoke signing keys for sign-offs',
      profile: "show or replace the organisation's profile",
      'migrate-store': 'move an old store into SQLite, or copy a store elsewhere',
      reindex: 'make stale digests again after a profile change or an upgrade',
      config: 'your settings: default store and user, language, keys',
    },
    commands: {
      action: `Usage: eqia action <id> <action-id> --status <open|in_progress|done|dropped>
                   [--note <text>]
       eqia action <id> --monitoring-note <text>

Keep the action plan and monitoring up to date, also after sign-off.`,
      approve: `Usage: eqia approve <id> [--attest] [--comment <text>]

Approve the stage the assessment waits on, as a user holding that stage's role (not its author).
You are shown the stage's attestation and asked to accept it; in scripts pass --attest to accept it.
  --attest          accept the attestation without being asked
  --comment <text>  a comment recorded with the approval`,
      check: `Usage: eqia check <id> [--strict] [--why] [--json]
       eqia check --all [--strict] [--json]

Run the due-regard checks. Exit 1 when an error-level finding remains (with --strict, a warning too).
  --all     check every assessment in the store: one line each, the failing ones first
  --strict  warnings fail as well
  --why     show the legal or practice reason behind each finding`,
      comment: ({
        sections,
      }: {
        sections: string;
      }) => `Usage: eqia comment <id> --section <section> <text> [--reply-to <comment-id>]
       eqia comment <id> --resolve <comment-id>

Sections: ${sections}`,
      config: `Usage: eqia config [list] [--json]
       eqia config get <key> [--json]
       eqia config set <key> <value>
       eqia config unset <key>

Your own settings, defaults for every command, in a file only you can read:
$XDG_CONFIG_HOME/eqia/config.json, else ~/.config/eqia/config.json (EQIA_CONFIG names another file).
  store     the store when neither --store nor EQIA_STORE is given: a directory, a .db file
            or a postgres:// URL
  user      who you are when neither --user nor EQIA_USER is given
  language  en or cy: the language of eqia's messages and of the reports it writes (export,
            report, objectives report, insight --format) when neither --lang nor EQIA_LANG
            is given
  keys      where your private signing keys are kept (default: keys/ here)`,
      data: `Usage: eqia data [list] [--json]
       eqia data history [--json]
       eqia data show [--period <period>] [--json]
       eqia data import workforce|caseload <file.csv> --set <census set>
                        --period <period> [--label <text>] [--area <text>]
                        [--source <text>]
       eqia data import baseline <file.csv> --set <census set> --area <text>
                        [--period <text>] [--label <text>] [--source <text>]
       eqia data import pay-gap <file.csv> --period <period>
                        --snapshot <YYYY-MM-DD> [--narrative <text>]
                        [--dimension sex|ethnicity|disability]

The organisation's equality data, which the annual report (\`eqia report\`)
shows: its workforce and caseload by characteristic, compared with a census baseline of
the same set, and its pay gaps as the Gender Pay Gap Information Regulations 2017
report them (ethnicity and disability gaps the same way). Equality leads and
admins import; each import is kept, and a later one of the same thing (kind,
census set, period) replaces it in reports.

Profiles are \`category,count\` CSVs as for \`eqia insight\`, one census set each
(--set ethnic_group, religion, sex, disability…); a baseline's period defaults
to "Census 2021". Pay gaps are \`measure,value\` CSVs: mean_hourly_gap,
median_hourly_gap, mean_bonus_gap, median_bonus_gap, bonus_paid_men,
bonus_paid_women, lower_quartile_men … upper_quartile_women (docs/equality-lead.md).

  list      the latest import of each thing
  history   every import, replaced ones included
  show      a period's figures as published (default: the latest period), small
            counts suppressed with the cells that would give them back`,
      demo: `Usage: eqia demo [--store <dir>]

Create a store with the Cafcass example profile and sample assessments in several states — published,
in review, signed off with its review due, a revision, a draft and a screened-out record — and the
organisation's four equality objectives with a year of progress updates, then print what to try. The store must not exist yet.

In Welsh (eqia --lang cy demo, or EQIA_LANG=cy), the demo of a Welsh body: it publishes in Welsh and
English, Welsh first, and each sample has the Welsh of its texts (the draft only some of it).`,
      due: `Usage: eqia due [--json]

Assessments due for review and actions past their due date. Exit 1 when anything is due, 0 when
nothing is: run it from cron to be told.`,
      edit: `Usage: eqia edit <id> [--section <section>]    the wizard (needs a terminal)
       eqia edit <id> --answers <file.json|->  no questions: an answers file
       eqia edit <id> --remove <list>:<item-id> [--yes]
       eqia edit <id> --move <list>:<item-id> --to <position>
       eqia edit <id> --welsh-current <key>[,<key>…]

Continue an assessment where you left it (sent back by a reviewer: at the first section they said to
change). With an answers file, each section in the file replaces that section and the rest stay as
they are; an item a list in the file leaves out is removed with its links.
  --answers <file>     an answers file (format in docs/cli.md)
  --section <section>  open the wizard at this section
  --remove <list>:<id>  remove an item and its links from other sections (asks first; --yes without a
                       terminal). Lists: evidence, gaps, engagement, impacts, actions, combinations
  --move <list>:<id>   move an item to --to <position> (1 is first); an impact moves among the impacts
                       of its characteristic
  --yes                remove without asking
  --welsh-current <keys>  the Welsh at these text keys (as welsh-text-current names them) is still
                       right for its English as it is now: recorded so, without writing it again

To change an item's answers without the wizard: \`eqia export <id> --format answers --out a.json\`,
edit the item in a.json, then \`eqia edit <id> --answers a.json\`.`,
      history: `Usage: eqia history <id> [--at <seq>] [--json]
       eqia history --profile [--json]

The audit log: who did what, and when (with --json, also which fields changed).
  --at <seq>  print the assessment as it was after entry <seq> (JSON)
  --profile   the profile's change log instead: users, roles, keys, the approval chain`,
      import: `Usage: eqia import <file|-> [--historical]

Read an assessment (from standard input with -): either what
\`eqia export --format json\` wrote, whose audit log and sign-off signatures are
verified before anything is stored (the signers' public keys come with it and
are registered for that assessment only), or a plain assessment record written by hand or by another system
(its sections as in an answers file). A plain record is validated, each error
naming its JSON path, and its import is recorded as the first event, with the
file it came from.
  --historical  the record was signed off outside eqia: it must say so in
                "signedOff": { "by", "role", "on" } (and "published":
                { "on", "location" } if published there). It is held
                signed off (or published), marked as a historical record,
                with no approvals through eqia. Equality leads and admins only`,
      init: ({ roles }: { roles: string }) => `Usage: eqia init [--profile default|cafcass|<file.json>]
                 [--user <id> --name <name> [--roles …]]

Create a store (./.eqia unless --store, EQIA_STORE or your \`store\` setting says otherwise) with an
organisation profile, and optionally its first user. Running it again on an existing store changes
nothing.
  --profile <name|file>  default (neutral), cafcass (the example profile) or a profile JSON file
  --user <id>            add yourself as the first user…
  --name <name>          …with this name
  --roles <list>         …and these roles, comma-separated (default admin,author): ${roles}`,
      keys: `Usage: eqia keys [list] [--json]
       eqia keys create [--valid-until <date>]
       eqia keys revoke <key-id> [--reason <text>]

Signing keys. Approvals, publications and reaffirmations are signed with the signer's key, and once
you have registered a key nobody can sign off as you without it. \`create\` makes a key pair: the
private key stays in your config directory (~/.config/eqia/keys, or the \`keys\` setting), readable by
you alone; the public key is registered in the profile. \`revoke\` ends a key from now on (yours, or
anyone's as an admin): what it signed before stays valid. \`list\` shows the profile's keys, and which
of them have their private key here. Keys that came with an \`eqia import\` of another store's export
check only that assessment's sign-offs, and sign nothing here.`,
      list: ({
        states,
        outcomes,
      }: {
        states: string;
        outcomes: string;
      }) => `Usage: eqia list [filters] [--json]

Filters:
  --state <state>        ${states} (repeatable)
  --owner <user>         owned by this user
  --team <text>          this team or directorate
  --characteristic <id>  with a negative impact on this characteristic
  --outcome <outcome>    ${outcomes}
  --text <text>          matches title, reference or team`,
      'migrate-store': `Usage: eqia migrate-store [--from <dir|file|url>] [--to <dir|file|url>]

Move a store written by an earlier eqia (the file layout: index.json, profile.json and a file per
assessment) into SQLite, in the same directory:
  eqia migrate-store                       # the store at --store or EQIA_STORE, else ./.eqia
Or copy a whole store into a new, empty one — for example into PostgreSQL:
  eqia migrate-store --from .eqia --to postgres://eqia@db.example.org/equality
Every assessment's hash chain is verified before anything is written, and each copy is read back and
verified again. A target that already holds assessments (or a different profile) is refused and left
untouched. The source is never changed: the old files stay until you delete them.`,
      reindex: `Usage: eqia reindex

Make again every assessment's digest that is stale. A digest is what the annual report and
\`check --all\` read of an assessment instead of the whole of it; one made under another profile, or
by an earlier eqia, is passed over, and that assessment read whole, which at thousands of assessments
takes seconds. eqia does this itself after \`eqia users\` and \`profile set\` change a part of the
profile the checks read; run it after upgrading eqia, or after the profile was changed elsewhere. It
changes no assessment, may run while others work, and if stopped keeps what it did: run it again for
the rest.`,
      new: `Usage: eqia new                          the wizard (needs a terminal)
       eqia new --answers <file.json|->  no questions: a whole answers file

Start an equality impact assessment. The wizard walks you through each section and saves every answer
as you give it: quit at any point (Ctrl+C) and continue with \`eqia edit <id>\`.
  --answers <file>  an answers file (format in docs/cli.md; example in apps/cli/examples/)
  --title <text>    the policy title, when the answers file has no policy section
  --id <id>         the new assessment's id (default: generated)`,
      profile: `Usage: eqia profile [show] [--json]
       eqia profile set <file.json> [--welsh-current <keys>]
       eqia profile set --welsh-current <keys>

The organisation's profile: characteristics considered, audiences, stakeholder groups, users, the
approval chain and the review interval. \`set\` replaces it from a JSON file (admin role); start from
\`eqia profile show --json > profile.json\`.

  --welsh-current <key>[,<key>…]  the profile's Welsh at these text keys (as the warnings of Welsh
                  out of date name them) is still right for its English as it is now: recorded so,
                  without writing it again`,
      publish: `Usage: eqia publish <id> --location <url-or-place> [--format html]

Record that a signed-off assessment is published, and where the public can read it.
  --location <text>  an http(s) address or the publication scheme (required)
  --format <text>    the published format (default html)`,
      reaffirm: `Usage: eqia reaffirm <id> --next-review <YYYY-MM-DD> [--note <text>]

At review time, confirm as an approver that a signed-off assessment still holds, and set the next review.
  --next-review <date>  the next review date, within the profile's review interval (required)
  --note <text>         what you checked`,
      'request-changes': `Usage: eqia request-changes <id> --comment <text>

Send an assessment in review back to its author, saying what to change. Comments and verdicts are kept.`,
      review: `Usage: eqia review <id>

Review an assessment section by section, with its due-regard findings: give each section a verdict and
a comment, then approve the stage (accepting its attestation) or request changes. Every verdict is saved
as you give it. Needs a terminal; in scripts use \`eqia comment\`, \`eqia approve --attest\` and
\`eqia request-changes --comment\`.`,
      revise: `Usage: eqia revise <id>

Start a new revision of a signed-off or published assessment, copied from it. The old one stays in force
until the new revision is signed off, then it is marked superseded. Prints the new revision's id.`,
      show: ({ sections }: { sections: string }) => `Usage: eqia show <id> [--section <section>] [--json]

Show an assessment: where it is, each section in brief, and how many findings remain.
  --section <section>  only this section (${sections})`,
      submit: `Usage: eqia submit <id>

Send an assessment for review. Refused (exit 1) while error-level due-regard findings
remain: \`eqia check <id>\` lists them.`,
      users: `Usage: eqia users [list] [--json]
       eqia users add <id> --name <name> --roles <list> [--job-title <text>]
       eqia users remove <id>
       eqia users roles <id> --roles <list>

Who may do what. Changing users needs the admin role (the very first user can be added by anyone).`,
      verify: `Usage: eqia verify [<id>…] [--json]
       eqia verify --document <file> [--json]

Check the record of the given assessments (all of them, the profile's change log and every equality
objective's log when none is given): the audit hash chain,
that the log replays to what is stored, and the signature of every sign-off against the key its
signer held then (unsigned, invalid and revoked ones are listed). Exit 10 when any history was edited,
removed or reordered, or a sign-off's signature is missing where it must be, invalid or revoked.

  --document <file>  check a published copy (HTML, Markdown, Word or JSON from \`eqia export\`, or
                     any file with its verification reference) against the store: it matches (and
                     what was recorded since is listed), or entries were removed from the end of the
                     log, or the log was rewritten (exit 10)`,
      withdraw: `Usage: eqia withdraw <id> --reason <text>
       eqia withdraw <id> --submission

  --reason <text>  the policy was abandoned: withdraw the assessment for good, saying why
  --submission     take back your submission from review, to keep editing`,
      ...documentCommandsHelpEnglish,
    },
  },
};

export type HelpMessages = typeof helpEnglish;
