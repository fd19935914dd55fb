import {
  Action,
  Analysis,
  Decision,
  Engagement,
  Evidence,
  GeneralDuty,
  Id,
  Intersectionality,
  Monitoring,
  Outcome,
  Policy,
  RelatedAssessment,
  ScreeningAnswer,
  ScreeningDecisionKind,
  WelshSources,
  WelshText,
} from '@eqia/core';
import * as z from 'zod';

/** The monitoring an answers file may give: the rest belongs to sign-off. */
const { arrangements, nextReviewDate, postImplementationReview } = Monitoring.shape;

/**
 * An answers file: the content of an assessment, section by section, for `eqia new --answers` and
 * `eqia edit <id> --answers`. Each section given replaces that section; sections left out are left as
 * they are; `analysis` replaces only the characteristics it names. The screening decision is recorded as
 * a decision by the acting user, and monitoring notes and reaffirmations belong to sign-off, so neither
 * is taken from here. `welsh` gives the Welsh versions of text fields by text key (`policy/aims`,
 * `actions/act-1/note`): each key given is set (empty text removes it), the rest are left as they are.
 * docs/cli.md documents the format; apps/cli/examples/ has a full example.
 */
export const AnswersFile = z
  .object({
    /** Ignored: lets editors validate the file. */
    $schema: z.string().optional(),
    /** For `eqia new`: the id to give the assessment (default: a new one). */
    id: z.optional(Id),
    policy: z.optional(Policy),
    decision: z.optional(Decision),
    screening: z
      .object({
        answers: z.record(z.string(), ScreeningAnswer).default({}),
        evidenceIds: z.array(Id).optional(),
        related: z.array(RelatedAssessment).optional(),
        decision: z
          .object({ kind: ScreeningDecisionKind, rationale: z.string().trim().min(1, 'give the rationale') })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    evidence: z.optional(Evidence),
    engagement: z.array(Engagement).optional(),
    analysis: z.optional(Analysis),
    intersectionality: z.optional(Intersectionality),
    generalDuty: z.optional(GeneralDuty),
    outcome: z.optional(Outcome),
    actions: z.array(Action).optional(),
    monitoring: z.strictObject({ arrangements, nextReviewDate, postImplementationReview }).optional(),
    welsh: z.optional(WelshText),
    /** The fingerprint of the English each Welsh version was written for, as an export carries it. */
    welshOf: z.optional(WelshSources),
  })
  .strict();

export type AnswersFile = z.infer<typeof AnswersFile>;
/** What a file may say: defaults may be left out. */
export type AnswersFileInput = z.input<typeof AnswersFile>;
