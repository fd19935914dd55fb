import * as z from 'zod/mini';
import { Aim, AudienceId, Id, ImpactDirection, Prose, Severity } from './common.js';

/** The kind of unlawful conduct an impact risks, if any (Equality Act 2010 ss.13, 19, 20–21, 26). */
export const DiscriminationRisk = z.enum(['direct', 'indirect', 'harassment', 'reasonable_adjustments']);

/** After mitigation, how severe a negative impact still is; `none` when fully mitigated. */
export const ResidualSeverity = z.enum(['none', 'low', 'medium', 'high']);

/** The fields every impact has, on one characteristic or on an intersection of several. */
export const impactFields = {
  id: Id,
  audience: AudienceId,
  direction: ImpactDirection,
  /** For negative impacts: how bad, before mitigation. */
  severity: z.optional(Severity),
  aims: z._default(z.array(Aim), []),
  discriminationRisk: z.optional(DiscriminationRisk),
  description: Prose,
  evidenceIds: z._default(z.array(Id), []),
  mitigation: z._default(Prose, ''),
  actionIds: z._default(z.array(Id), []),
  residualSeverity: z.optional(ResidualSeverity),
  /** Why a negative impact that is not (fully) mitigated is still justified. */
  justification: z._default(Prose, ''),
};

export const Impact = z.object(impactFields);

export type DiscriminationRisk = z.infer<typeof DiscriminationRisk>;
export type ResidualSeverity = z.infer<typeof ResidualSeverity>;
export type Impact = z.infer<typeof Impact>;
