import type { LabelCatalogue } from './catalogue.js';

/**
 * The English labels: the one wording of each stored value that the wizard, the CLI and the reports
 * all use. Another language is another `LabelCatalogue`.
 */
export const englishLabels: LabelCatalogue = {
  labels: {
    lifecycleState: {
      draft: 'Draft',
      assessing: 'Being assessed',
      screened_out: 'Screened out, awaiting review',
      in_review: 'In review',
      signed_off: 'Signed off',
      published: 'Published',
      withdrawn: 'Withdrawn',
      superseded: 'Superseded',
    },
    sectionTitle: {
      policy: 'Policy',
      decision: 'Decision',
      screening: 'Screening',
      evidence: 'Evidence and data gaps',
      engagement: 'Engagement',
      analysis: 'Analysis by characteristic',
      intersectionality: 'Intersectionality and cumulative impact',
      generalDuty: 'General duty',
      outcome: 'Outcome',
      actions: 'Action plan',
      monitoring: 'Monitoring and review',
    },
    policyKind: {
      policy: 'Policy',
      procedure: 'Procedure',
      strategy: 'Strategy',
      service_change: 'Service change',
      restructure: 'Restructure',
      procurement: 'Procurement',
      budget: 'Budget decision',
      project: 'Project',
      other: 'Other',
    },
    policyNovelty: {
      new: 'New',
      revised: 'Revised',
      existing: 'Existing, assessed for the first time',
    },
    relevance: {
      yes: 'Relevant',
      no: 'Not relevant',
      unsure: 'Unsure',
    },
    likelyImpact: {
      major: 'Likely major adverse impact',
      minor: 'Minor adverse impact, mitigated',
      positive: 'Positive impact only',
      none: 'No impact',
    },
    jurisdiction: {
      england: 'England',
      wales: 'Wales',
      scotland: 'Scotland',
      northern_ireland: 'Northern Ireland (section 75)',
    },
    screeningDecision: {
      full_assessment: 'Full assessment needed',
      not_required: 'Screened out: no full assessment',
    },
    evidenceKind: {
      data: 'Data',
      research: 'Research',
      consultation: 'Consultation',
      feedback: 'Feedback',
      complaints: 'Complaints',
      census: 'Census or national data',
      other: 'Other',
    },
    analysisStatus: {
      not_assessed: 'Not assessed',
      no_impact: 'No impact',
      impacts_identified: 'Impacts identified',
    },
    impactDirection: {
      positive: 'Positive',
      negative: 'Negative',
      neutral: 'Neutral',
      unknown: 'Unknown',
      mixed: 'Mixed',
    },
    severity: {
      low: 'Low',
      medium: 'Medium',
      high: 'High',
    },
    residualSeverity: {
      none: 'None (fully mitigated)',
      low: 'Low',
      medium: 'Medium',
      high: 'High',
    },
    discriminationRisk: {
      direct: 'Direct discrimination',
      indirect: 'Indirect discrimination',
      harassment: 'Harassment',
      reasonable_adjustments: 'Failure to make reasonable adjustments',
    },
    outcomeKind: {
      no_major_change: 'No major change needed',
      adjust: 'Adjust the policy',
      continue: 'Continue despite adverse impact',
      stop: 'Stop and remove the policy',
    },
    actionStatus: {
      open: 'Open',
      in_progress: 'In progress',
      done: 'Done',
      dropped: 'Dropped',
    },
    verdict: {
      acceptable: 'Acceptable',
      improvable: 'Could be improved',
      to_correct: 'Must be corrected',
    },
    approvalDecision: {
      approved: 'Approved',
      changes_requested: 'Changes requested',
    },
    role: {
      author: 'Author',
      contributor: 'Contributor',
      equality_lead: 'Equality lead',
      approver: 'Approver',
      admin: 'Administrator',
      viewer: 'Viewer',
    },
    findingSeverity: {
      error: 'Error',
      warning: 'Warning',
      info: 'Information',
    },
    representationFlag: {
      over_represented: 'Over-represented',
      under_represented: 'Under-represented',
      in_line: 'In line',
      too_few_to_say: 'Too few to say',
    },
    objectiveStatus: {
      draft: 'Draft',
      awaiting_approval: 'Awaiting approval',
      approved: 'Approved',
      in_progress: 'In progress',
      met: 'Met',
      closed: 'Closed',
      superseded: 'Superseded',
    },
    rag: { red: 'Red', amber: 'Amber', green: 'Green' },
    listItem: {
      evidence: 'Evidence item',
      gaps: 'Data gap',
      engagement: 'Engagement',
      impacts: 'Impact',
      actions: 'Action',
      combinations: 'Intersectional combination',
    },
  },
  hints: {
    rag: { red: 'off track', amber: 'at risk', green: 'on track' },
    relevance: { unsure: 'find out before deciding' },
    likelyImpact: { major: 'calls for a full assessment', minor: 'say how it is mitigated' },
    screeningDecision: { not_required: 'a senior approver checks the rationale' },
    analysisStatus: {
      impacts_identified: 'positive, negative or unknown',
      no_impact: 'I can say why, with evidence or a data gap',
      not_assessed: 'not yet: come back to it',
    },
    impactDirection: {
      negative: 'adverse',
      mixed: 'positive for some, adverse for others',
      unknown: 'we need to find out',
    },
    outcomeKind: {
      no_major_change: 'the policy is robust',
      adjust: 'remove barriers, better advance equality',
      continue: 'needs objective justification',
      stop: 'unlawful discrimination',
    },
    findingSeverity: { error: 'blocks sign-off' },
  },
  outcomeDescription: {
    no_major_change:
      'The assessment shows the policy is robust: no potential for discrimination or adverse impact was found.',
    adjust: 'The policy is changed to remove barriers or better advance equality.',
    continue:
      'The policy continues despite a potential adverse impact, which is objectively justified: a legitimate aim, pursued by proportionate means, with no less harmful alternative.',
    stop: 'The policy shows actual or potential unlawful discrimination and is stopped and removed.',
  },
};
