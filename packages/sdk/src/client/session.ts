import type { StoredAssessment } from '../store/port.js';
import { loadedChecks } from './checks-on-demand.js';
import { type CommandSource, readAssessment } from './command-runner.js';
import { lifecycleCommands } from './commands.js';
import type { ClientContext } from './context.js';
import { createSnapshotTexts } from './snapshot-text.js';
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
  let held: StoredAssessment | undefined = await holding(context, id);
  const source: CommandSource = {
    async read() {
      held ??= await holding(context, id);
      return held;
    },
    committed({ snapshot, summary, recorded }) {
      // The log is the session's own (holding's copy): a save appends to it instead of copying it,
      // which made each save's work grow with the log. Only onto the log the commit followed: another
      // command of the session may have read afresh meanwhile, and then the next one reads again.
      const log = held?.events;
      if (log?.length === recorded.seq - 1 && log.at(-1)?.hash === recorded.prevHash) {
        log.push(recorded);
        held = { snapshot, summary, events: log };
      } else held = undefined;
    },
    forget() {
      held = undefined;
    },
    digest: loadedChecks().createIncrementalDigest(),
    texts: createSnapshotTexts(),
  };
  const commands = lifecycleCommands(context, source);
  return {
    id,
    async view() {
      const stored = await source.read(context, id);
      const profile = context.knownProfile();
      return toView(
        stored.snapshot,
        stored.summary,
        profile,
        context.clock(),
        context.language.checks(profile),
      );
    },
    edit: (section, recipe, options) => commands.edit(id, section, recipe, options),
    screen: (decision, options) => commands.screen(id, decision, options),
    submit: (options) => commands.submit(id, options),
    withdrawSubmission: (options) => commands.withdrawSubmission(id, options),
    comment: (input, options) => commands.comment(id, input, options),
    resolveComment: (commentId, options) => commands.resolveComment(id, commentId, options),
    verdict: (input, options) => commands.verdict(id, input, options),
    approve: (input, options) => commands.approve(id, input, options),
    requestChanges: (input, options) => commands.requestChanges(id, input, options),
    publish: (input, options) => commands.publish(id, input, options),
    reaffirm: (input, options) => commands.reaffirm(id, input, options),
    withdraw: (input, options) => commands.withdraw(id, input, options),
    updateAction: (actionId, input, options) => commands.updateAction(id, actionId, input, options),
    addMonitoringNote: (note, options) => commands.addMonitoringNote(id, note, options),
    reload() {
      held = undefined;
    },
  };
}

/** The assessment as stored, with a log of the session's own to append to. */
async function holding(context: ClientContext, id: string): Promise<StoredAssessment> {
  const stored = await readAssessment(context, id);
  return { ...stored, events: [...stored.events] };
}
