import type { Frozen, Objective, Profile } from '@eqia/core';
import { missingProfileWelsh, publishesWelsh, staleProfileWelsh } from '@eqia/core';
import { missingObjectiveWelsh, staleObjectiveWelsh } from '@eqia/core/objectives';
import type { CliContext } from '../context.js';
import { msg } from '../messages/ui-language.js';
import { aside } from '../output/say.js';

/**
 * Tells a body that publishes in Welsh which texts of the objectives a report shows lack Welsh, or have
 * Welsh out of date, by text key (what an answers file's `welsh` takes): a warning on standard error, as
 * the report is still written, the English standing in marked as English.
 */
export function warnOfObjectivesWelsh(
  ctx: CliContext,
  profile: Frozen<Profile>,
  objectives: Frozen<Objective[]>,
  shown: ReadonlySet<string>,
): void {
  if (!publishesWelsh(profile)) return;
  for (const objective of objectives) {
    if (!shown.has(objective.id)) continue;
    const missing = missingObjectiveWelsh(objective).map((field) => field.key);
    const stale = staleObjectiveWelsh(objective).map((field) => field.key);
    if (missing.length)
      aside(ctx, `! ${msg.objectives.welshMissing({ id: objective.id, keys: missing.join(', ') })}`);
    if (stale.length)
      aside(ctx, `! ${msg.objectives.welshStale({ id: objective.id, keys: stale.join(', ') })}`);
  }
}

/**
 * Tells a body that publishes in Welsh which of its profile's texts (its name, audiences, stages…) lack
 * Welsh, or have Welsh out of date, by text key (what the profile's `welsh` takes): a warning, as the
 * document is still written, the English standing in marked as English.
 */
export function warnOfProfileWelsh(ctx: CliContext, profile: Frozen<Profile>): void {
  if (!publishesWelsh(profile)) return;
  const missing = missingProfileWelsh(profile).map((field) => field.key);
  const stale = staleProfileWelsh(profile).map((field) => field.key);
  if (missing.length) aside(ctx, `! ${msg.profile.welshMissing({ keys: missing.join(', ') })}`);
  if (stale.length) aside(ctx, `! ${msg.profile.welshStale({ keys: stale.join(', ') })}`);
}
