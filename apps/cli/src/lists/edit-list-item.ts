import {
  InvalidTransitionError,
  inSentence,
  type ListName,
  label,
  listItems,
  listNames,
  listSection,
  NotFoundError,
} from '@eqia/core';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { refusal } from '../may.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { terminalSafe } from '../output/terminal-text.js';
import { ensureCanPrompt } from '../prompt-guard.js';
import { UsageError } from '../usage-error.js';
import { lockedBecause } from '../wizard/locked.js';
import { moveItem, removeItem } from './list-edits.js';

interface Flags {
  store?: string | undefined;
  user?: string | undefined;
  json?: boolean | undefined;
  remove?: string | undefined;
  move?: string | undefined;
  to?: string | undefined;
  yes?: boolean | undefined;
}

/** `eqia edit <id> --remove <list>:<item-id>` and `--move <list>:<item-id> --to <n>`. */
export async function editListItem(ctx: CliContext, id: string, flags: Flags): Promise<ExitCode> {
  const removing = flags.remove !== undefined;
  const { list, itemId } = target(removing ? '--remove' : '--move', flags.remove ?? flags.move ?? '');
  const position = removing ? 0 : positionFrom(flags.to);
  if (removing && !flags.yes) ensureCanPrompt(ctx, '--yes', 'you to confirm the removal');
  return withClient(ctx, flags, 'write', async ({ client }) => {
    const view = await client.get(id);
    // Permission and state first: nobody confirms a removal that would then be refused.
    const refused = refusal(client.user, view.assessment, 'edit');
    if (refused) throw refused;
    const locked = lockedBecause(listSection(list), view.status, id);
    if (locked) throw new InvalidTransitionError(locked, view.status.state, 'edit');
    const item = listItems(view.assessment, list).find((candidate) => candidate.id === itemId);
    const noun = inSentence(label('listItem', list));
    if (!item) {
      const known = listItems(view.assessment, list).map((candidate) => candidate.id);
      throw new NotFoundError(
        `"${view.assessment.policy.title}" has no ${noun} "${itemId}"${known.length ? `: its ${list} are ${known.join(', ')}` : ''}. \`eqia show ${id}\` lists each item's id.`,
      );
    }
    const what = `${noun} [${itemId}] ${terminalSafe(describe(item))}`;
    if (!removing)
      return reportChange(
        ctx,
        flags.json,
        await moveItem(client, view, list, itemId, position),
        `Moved ${what} to position ${position}`,
      );
    if (!flags.yes) {
      const { askConfirm } = await import('../prompts/ask.js');
      const sure = await askConfirm({
        message: `Remove ${what}? Its links from other sections go too.`,
        initial: false,
      });
      if (!sure) {
        ctx.writeError('Nothing removed.\n');
        return ExitCode.usage;
      }
    }
    return reportChange(ctx, flags.json, await removeItem(client, view, list, itemId), `Removed ${what}`);
  });
}

/** `evidence:ev-2` → the list and the item's id. */
function target(flag: string, value: string): { list: ListName; itemId: string } {
  const [list, itemId] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (!value.includes(':') || !itemId || !(listNames as readonly string[]).includes(list))
    throw new UsageError(
      `${flag} takes <list>:<item-id>, such as evidence:ev-2; lists are ${listNames.join(', ')} (not "${value}").`,
    );
  return { list: list as ListName, itemId };
}

function positionFrom(to: string | undefined): number {
  const position = Number(to);
  if (to === undefined || !Number.isInteger(position) || position < 1)
    throw new UsageError(`--move needs --to <position>, a whole number from 1 (the first place).`);
  return position;
}

/** A few words that name an item: its title, description, or who was engaged. */
function describe(item: object): string {
  const { title, description, who } = item as { title?: string; description?: string; who?: string };
  const words = title || description || who || '';
  return words ? `"${words}"` : '';
}
