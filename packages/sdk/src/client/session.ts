import type { StoredAssessment } from '../store/port.js';
import { type CommandSource, readAssessment } from './command-runner.js';
import { lifecycleCommands } from './commands.js';
import type { ClientContext } from './context.js';
import type { AssessmentSession } from './types.js';
import { toView } from './view.js';

/**
 * One assessment held open for a run of commands (the wizard's edits, a script's): the session keeps
 * the assessment as it last read or wrote it, so a command need not read it from the store again.
 * The store stays the judge: each append still expects the version the session holds, and when another
 * writer got there first the command is tried once more from a fresh read. The profile is still read
 * before every command, so a role taken away takes effect at once.
 */
export async function openSession(context: ClientContext, id: string): Promise<AssessmentSession> {
  let held: StoredAssessment | undefined = await readAssessment(context, id);
  const source: CommandSource = {
    async read() {
      held ??= await readAssessment(context, id);
      return held;
    },
    committed(stored) {
      held = stored;
    },
    forget() {
      held = undefined;
    },
  };
  const commands = lifecycleCommands(context, source);
  return {
    id,
    async view() {
      const stored = await source.read(context, id);
      return toView(stored.snapshot, stored.summary, context.knownProfile(), context.clock());
    },
    edit: (section, recipe) => commands.edit(id, section, recipe),
    screen: (decision) => commands.screen(id, decision),
    submit: () => commands.submit(id),
    withdrawSubmission: () => commands.withdrawSubmission(id),
    comment: (input) => commands.comment(id, input),
    resolveComment: (commentId) => commands.resolveComment(id, commentId),
    verdict: (input) => commands.verdict(id, input),
    approve: (input) => commands.approve(id, input),
    requestChanges: (input) => commands.requestChanges(id, input),
    publish: (input) => commands.publish(id, input),
    reaffirm: (input) => commands.reaffirm(id, input),
    withdraw: (input) => commands.withdraw(id, input),
    updateAction: (actionId, input) => commands.updateAction(id, actionId, input),
    addMonitoringNote: (note) => commands.addMonitoringNote(id, note),
    reload() {
      held = undefined;
    },
  };
}
