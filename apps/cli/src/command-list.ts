import type { Command } from './command.js';

/**
 * Every command, with a one-line summary for `eqia --help`. Each is loaded by dynamic import only when
 * it runs, so `--version`, `--help` and commands without a UI never load Ink, React or the reports.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  group: 'Start' | 'Write' | 'Review and sign-off' | 'Read' | 'Files' | 'Organisation' | 'Settings';
  load(): Promise<Command>;
}

const entry = (
  name: string,
  group: CommandEntry['group'],
  summary: string,
  load: () => Promise<{ command: Command }>,
): CommandEntry => ({ name, group, summary, load: async () => (await load()).command });

export const commands: readonly CommandEntry[] = [
  entry('init', 'Start', 'create a store here (./.eqia) with a profile', () => import('./commands/init.js')),
  entry(
    'demo',
    'Start',
    'create a store with sample assessments to explore',
    () => import('./commands/demo.js'),
  ),
  entry(
    'new',
    'Write',
    'start an assessment: the wizard, or --answers <file>',
    () => import('./commands/new.js'),
  ),
  entry(
    'edit',
    'Write',
    'continue an assessment: the wizard, or --answers <file>',
    () => import('./commands/edit.js'),
  ),
  entry('submit', 'Write', 'send an assessment for review', () => import('./commands/submit.js')),
  entry(
    'withdraw',
    'Write',
    'abandon an assessment, or take back a submission',
    () => import('./commands/withdraw.js'),
  ),
  entry(
    'revise',
    'Write',
    'start a new revision of a signed-off assessment',
    () => import('./commands/revise.js'),
  ),
  entry('action', 'Write', "update an action's status after sign-off", () => import('./commands/action.js')),
  entry(
    'review',
    'Review and sign-off',
    'read, give verdicts, approve or request changes',
    () => import('./commands/review.js'),
  ),
  entry('comment', 'Review and sign-off', 'comment on a section', () => import('./commands/comment.js')),
  entry('approve', 'Review and sign-off', 'approve the current stage', () => import('./commands/approve.js')),
  entry(
    'request-changes',
    'Review and sign-off',
    'send an assessment back to its author',
    () => import('./commands/request-changes.js'),
  ),
  entry(
    'publish',
    'Review and sign-off',
    'record where a signed-off assessment is published',
    () => import('./commands/publish.js'),
  ),
  entry(
    'reaffirm',
    'Review and sign-off',
    'confirm at review that it still holds',
    () => import('./commands/reaffirm.js'),
  ),
  entry('list', 'Read', 'list assessments', () => import('./commands/list.js')),
  entry('show', 'Read', 'show one assessment', () => import('./commands/show.js')),
  entry('check', 'Read', 'run the due-regard checks (exit 1 on errors)', () => import('./commands/check.js')),
  entry('due', 'Read', 'reviews and actions due (exit 1 when any)', () => import('./commands/due.js')),
  entry('history', 'Read', "an assessment's audit log", () => import('./commands/history.js')),
  entry(
    'insight',
    'Read',
    'compare a caseload or workforce with census figures',
    () => import('./commands/insight.js'),
  ),
  entry('verify', 'Read', 'verify the audit hash chains', () => import('./commands/verify.js')),
  entry(
    'export',
    'Files',
    'write an assessment as html, md, json or csv',
    () => import('./commands/export.js'),
  ),
  entry('import', 'Files', 'read an assessment exported as json', () => import('./commands/import.js')),
  entry('report', 'Files', 'the annual equality report for a period', () => import('./commands/report.js')),
  entry(
    'objectives',
    'Organisation',
    'equality objectives: set up, approve, record progress',
    () => import('./commands/objectives.js'),
  ),
  entry(
    'data',
    'Organisation',
    'workforce, caseload and pay gap data: import, list, show',
    () => import('./commands/data.js'),
  ),
  entry(
    'users',
    'Organisation',
    'list, add and remove users, set roles',
    () => import('./commands/users.js'),
  ),
  entry(
    'keys',
    'Organisation',
    'create, list and revoke signing keys for sign-offs',
    () => import('./commands/keys.js'),
  ),
  entry(
    'profile',
    'Organisation',
    "show or replace the organisation's profile",
    () => import('./commands/profile.js'),
  ),
  entry(
    'migrate-store',
    'Organisation',
    'move an old store into SQLite, or copy a store elsewhere',
    () => import('./commands/migrate-store.js'),
  ),
  entry(
    'config',
    'Settings',
    'your settings: default store and user, language, keys',
    () => import('./commands/config.js'),
  ),
];

export function findCommand(name: string): CommandEntry | undefined {
  return commands.find((command) => command.name === name);
}
