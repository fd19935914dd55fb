import type { Frozen, OrganisationData } from '@eqia/core';
import type { EqiaClient } from '@eqia/sdk';
import { msg } from '../messages/ui-language.js';
import { UsageError } from '../usage-error.js';

/** The year of equality data asked for: a year with none is a mistake to say, not an empty section. */
export async function figuresFor(
  client: EqiaClient,
  period: string | undefined,
): Promise<Frozen<OrganisationData>> {
  const data = await client.data.figures(period === undefined ? {} : { period });
  if (period !== undefined && data.profiles.length === 0 && data.payGaps.length === 0)
    throw new UsageError(msg.data.noPeriod({ period }));
  return data;
}
