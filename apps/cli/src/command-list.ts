import type { Command } from './command.js';
import type { HelpMessages } from './messages/help.en.js';

type HelpWords = HelpMessages['help'];

/**
 * Every command, by the name you type and its group in `eqia --help` (its summary there and its own
 * help are in the message catalogue, help.en.ts). Each is loaded by dynamic import only when it runs,
 * so `--version`, `--help` and commands without a UI never load Ink, React or the reports.
 */
export interface CommandEntry {
  name: keyof HelpWords['summaries'];
  group: keyof HelpWords['groups'];
  load(): Promise<Command>;
}

const entry = (
  name: CommandEntry['name'],
  group: CommandEntry['group'],
  load: () => Promise<{ command: Command }>,
): CommandEntry => ({ name, group, load: async () => (await load()).command });

export const commands: readonly CommandEntry[] = [
  entry('init', 'start', () => import('./commands/init.js')),
  entry('demo', 'start', () => import('./commands/demo.js')),
  entry('new', 'write', () => import('./commands/new.js')),
  entry('edit', 'write', () => import('./commands/edit.js')),
  entry('submit', 'write', () => import('./commands/submit.js')),
  entry('withdraw', 'write', () => import('./commands/withdraw.js')),
  entry('revise', 'write', () => import('./commands/revise.js')),
  entry('action', 'write', () => import('./commands/action.js')),
  entry('review', 'review', () => import('./commands/review.js')),
  entry('comment', 'review', () => import('./commands/comment.js')),
  entry('approve', 'review', () => import('./commands/approve.js')),
  entry('request-changes', 'review', () => import('./commands/request-changes.js')),
  entry('publish', 'review', () => import('./commands/publish.js')),
  entry('reaffirm', 'review', () => import('./commands/reaffirm.js')),
  entry('list', 'read', () => import('./commands/list.js')),
  entry('show', 'read', () => import('./commands/show.js')),
  entry('check', 'read', () => import('./commands/check.js')),
  entry('due', 'read', () => import('./commands/due.js')),
  entry('history', 'read', () => import('./commands/history.js')),
  entry('insight', 'read', () => import('./commands/insight.js')),
  entry('verify', 'read', () => import('./commands/verify.js')),
  entry('export', 'files', () => import('./commands/export.js')),
  entry('import', 'files', () => import('./commands/import.js')),
  entry('report', 'files', () => import('./commands/report.js')),
  entry('objectives', 'organisation', () => import('./commands/objectives.js')),
  entry('data', 'organisation', () => import('./commands/data.js')),
  entry('users', 'organisation', () => import('./commands/users.js')),
  entry('keys', 'organisation', () => import('./commands/keys.js')),
  entry('profile', 'organisation', () => import('./commands/profile.js')),
  entry('migrate-store', 'organisation', () => import('./commands/migrate-store.js')),
  entry('reindex', 'organisation', () => import('./commands/reindex.js')),
  entry('config', 'settings', () => import('./commands/config.js')),
];

export function findCommand(name: string): CommandEntry | undefined {
  return commands.find((command) => command.name === name);
}
