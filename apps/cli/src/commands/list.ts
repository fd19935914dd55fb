import { lifecycleStates, outcomeKinds, type Profile, profileCharacteristics } from '@eqia/core/light';
import type { ListFilter } from '@eqia/sdk/light';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { withStore } from '../open-client.js';
import { personName } from '../output/person.js';
import { say } from '../output/say.js';
import { stateLabel } from '../output/state-label.js';
import { formatTable } from '../output/table.js';
import { listedTitle } from '../output/welsh-marks.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () =>
    msg.help.commands.list({ states: lifecycleStates.join(', '), outcomes: outcomeKinds.join(', ') }),
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, {
      state: { type: 'string', multiple: true },
      owner: { type: 'string' },
      team: { type: 'string' },
      characteristic: { type: 'string' },
      outcome: { type: 'string' },
      text: { type: 'string' },
    });
    const filter = toFilter(values);
    // Listings only: the store, never the client, so no schema is built (fast start).
    return withStore(ctx, values, async ({ store, profile }) => {
      refuseUnknownCharacteristic(filter, profile);
      if (values.json) {
        ctx.write(`${await store.listJson(filter)}\n`);
        return ExitCode.ok;
      }
      const listings = await store.listings(filter);
      if (listings.length === 0) {
        say(ctx, Object.keys(filter).length ? msg.list.noneMatch : msg.list.empty);
        return ExitCode.ok;
      }
      const rows = listings.map((listing) => [
        listing.id,
        stateLabel(listing, profile.approvalChain),
        listing.owner ? personName(profile, listing.owner) : '',
        listing.nextReviewDate ?? '',
        listedTitle(listing),
      ]);
      ctx.write(`${formatTable(msg.list.headers, rows, ctx.columns())}\n`);
      return ExitCode.ok;
    });
  },
};

/** A characteristic the profile does not consider could only match nothing: a mistyped id, said so. */
function refuseUnknownCharacteristic(filter: ListFilter, profile: Profile): void {
  if (filter.characteristic === undefined) return;
  const known = profileCharacteristics(profile).map((characteristic) => characteristic.id);
  if (!known.includes(filter.characteristic))
    throw new UsageError(
      msg.list.badCharacteristic({ value: filter.characteristic, characteristics: known.join(', ') }),
    );
}

function toFilter(values: {
  state?: string[] | undefined;
  owner?: string | undefined;
  team?: string | undefined;
  characteristic?: string | undefined;
  outcome?: string | undefined;
  text?: string | undefined;
}): ListFilter {
  const states = values.state ?? [];
  const unknown = states.filter((state) => !(lifecycleStates as readonly string[]).includes(state));
  if (unknown.length)
    throw new UsageError(msg.list.badState({ states: lifecycleStates.join(', '), value: unknown[0] ?? '' }));
  const { outcome } = values;
  if (outcome !== undefined && !(outcomeKinds as readonly string[]).includes(outcome))
    throw new UsageError(msg.list.badOutcome({ outcomes: outcomeKinds.join(', ') }));
  return {
    ...(states.length && { state: states as ListFilter['state'] & string[] }),
    ...(values.owner && { owner: values.owner }),
    ...(values.team && { team: values.team }),
    ...(values.characteristic && { characteristic: values.characteristic }),
    ...(outcome !== undefined && { outcome: outcome as ListFilter['outcome'] }),
    ...(values.text && { text: values.text }),
  };
}
