import {
  InvalidTransitionError,
  inSentence,
  type ListName,
  listItems,
  listNames,
  listSection,
  NotFoundError,
} from '@eqia/core';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { refusal } from '../may.js';
import { msg, uiLabel } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { aside } from '../output/say.js';
import { terminalSafe } from '../output/terminal-text.js';
import { viewTitle } from '../output/welsh-marks.js';
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
  if (removing && !flags.yes) ensureCanPrompt(ctx, '--yes', msg.listEdit.confirm);
  return withClient(ctx, flags, 'write', async ({ client }) => {
    const view = await client.get(id);
    // Permission and state first: nobody confirms a removal that would then be refused.
    const refused = refusal(client.user, view.assessment, 'edit');
    if (refused) throw refused;
    const locked = lockedBecause(listSection(list), view.status, id);
    if (locked) throw new InvalidTransitionError(locked, view.status.state, 'edit');
    const item = listItems(view.assessment, list).find((candidate) => candidate.id === itemId);
    const noun = inSentence(uiLabel('listItem', list));
    if (!item) {
      const known = listItems(view.assessment, list).map((candidate) => candidate.id);
      throw new NotFoundError(
        msg.listEdit.noItem({
          title: terminalSafe(viewTitle(view)),
          noun,
          item: itemId,
          known: known.length ? msg.listEdit.known({ list, ids: known.join(', ') }) : '',
          id,
        }),
      );
    }
    const what = `${noun} [${itemId}] ${terminalSafe(describe(item))}`;
    if (!removing)
      return reportChange(
        ctx,
        flags.json,
        await moveItem(client, view, list, itemId, position),
        msg.listEdit.moved({ what, position }),
      );
    if (!flags.yes) {
      const { askConfirm } = await import('../prompts/ask.js');
      const sure = await askConfirm({
        message: msg.listEdit.removeSure({ what }),
        initial: false,
      });
      if (!sure) {
        aside(ctx, msg.listEdit.nothingRemoved);
        return ExitCode.usage;
      }
    }
    return reportChange(
      ctx,
      flags.json,
      await removeItem(client, view, list, itemId),
      msg.listEdit.removed({ what }),
    );
  });
}

/** `evidence:ev-2` → the list and the item's id. */
function target(flag: string, value: string): { list: ListName; itemId: string } {
  const [list, itemId] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (!value.includes(':') || !itemId || !(listNames as readonly string[]).includes(list))
    throw new UsageError(msg.listEdit.badTarget({ flag, lists: listNames.join(', '), value }));
  return { list: list as ListName, itemId };
}

function positionFrom(to: string | undefined): number {
  const position = Number(to);
  if (to === undefined || !Number.isInteger(position) || position < 1)
    throw new UsageError(msg.listEdit.badPosition);
  return position;
}

/** A few words that name an item: its title, description, or who was engaged. */
function describe(item: object): string {
  const { title, description, who } = item as { title?: string; description?: string; who?: string };
  const words = title || description || who || '';
  return words ? `"${words}"` : '';
}
