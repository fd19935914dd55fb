import {
  type Assessment,
  type AssessmentInput,
  defaultProfile,
  type IsoDateTime,
  type Jurisdiction,
  Profile,
  parseAssessment,
} from '../../src/index.js';

/**
 * The corpus: assessments written the way UK public bodies publish them (screen-outs, HR policies,
 * service changes, closures, strategies, transport, benefits, procurement; all four nations), each
 * with the weaknesses an expert reviewer would raise. Made up, on the patterns of published EqIAs:
 * none copies a real document.
 */
export interface CorpusCase {
  name: string;
  nation: Jurisdiction;
  kind: string;
  quality: 'good' | 'weak';
  /** The clock the assessment is read at: while it was being written, before the decision. */
  now: IsoDateTime;
  assessment: Assessment;
  /** What an expert would raise, each with the rule that must flag it. */
  weaknesses: { rule: string; says: string }[];
}

/** A profile of the nation: the default profile under its jurisdiction. */
export const profileFor = (nation: Jurisdiction): Profile =>
  Profile.parse({ ...defaultProfile, id: nation, jurisdiction: nation });

/** An assessment from what the record says: the fields every record has are filled in. */
export function record(
  input: Omit<AssessmentInput, 'schemaVersion' | 'revision' | 'approvalChain'>,
): Assessment {
  return parseAssessment({
    schemaVersion: 1,
    revision: 1,
    approvalChain: defaultProfile.approvalChain,
    ...input,
  });
}

type Evidence = NonNullable<NonNullable<AssessmentInput['evidence']>['items']>[number];

/** An evidence item: what it is, where from, when, whom it covers, what it shows and its limits. */
export const evidence = (
  id: string,
  kind: Evidence['kind'],
  title: string,
  date: string,
  characteristics: string[],
  summary: string,
  limitations = '',
  source = 'Internal records',
): Evidence => ({ id, kind, title, source, date, characteristics, summary, limitations });

/** A "no impact" conclusion with its reasoning and what it rests on. */
export const none = (reasoning: string, evidenceIds: string[] = [], gapIds: string[] = []) => ({
  status: 'no_impact' as const,
  reasoning,
  evidenceIds,
  gapIds,
});

type ImpactInput = NonNullable<NonNullable<AssessmentInput['analysis']>[string]['impacts']>[number];

/** Impacts found, with the reasoning and evidence for the conclusion. */
export const found = (reasoning: string, evidenceIds: string[], ...impacts: ImpactInput[]) => ({
  status: 'impacts_identified' as const,
  reasoning,
  evidenceIds,
  impacts,
});

/** Approvals through the default chain, on the days given: an equality lead's review, then the senior sign-off. */
export const approvedOn = (review: string, signOff: string) => ({
  approvals: [
    {
      stage: 'equality_review',
      decision: 'approved' as const,
      by: 'lead',
      role: 'equality_lead',
      at: `${review}T10:00:00Z`,
      attestation: 'Reviewed.',
    },
    {
      stage: 'senior_sign_off',
      decision: 'approved' as const,
      by: 'director',
      role: 'approver',
      at: `${signOff}T15:00:00Z`,
      attestation: 'Authorised.',
    },
  ],
});
