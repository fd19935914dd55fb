import type { RuleExamples } from './rule.js';

/**
 * What passing and failing content looks like for each rule, by rule id, in prose for docs/checks.md.
 * Kept apart from the rules so that a page running the checks does not download the docs' prose.
 */
export const ruleExamples: Readonly<Record<string, RuleExamples>> = {
  'policy-aims-stated': {
    pass: 'Aims: "Hold first hearings by video unless a party needs to attend in person, so families wait less."',
    fail: 'Aims left empty.',
  },
  'audiences-identified': {
    pass: 'Audiences: children and young people; parents, carers and families; staff. Every impact names one of them.',
    fail: 'No audiences listed, or an impact on staff when staff are not among the policy’s audiences.',
  },
  'more-than-one-mind': {
    pass: 'Written by the policy lead with an equality adviser named in the assessment team.',
    fail: 'Written and screened by one officer, who names only themself in the assessment team, with no contributors, engagement or reviewer.',
  },
  'decision-maker-named': {
    pass: 'Decision maker: Corporate Management Team, chaired by the Director of Operations.',
    fail: 'Decision maker and role left empty.',
  },
  'decision-maker-briefed': {
    pass: '"Decision maker briefed" ticked: the assessment goes to the board with the decision paper.',
    fail: 'Not ticked: nothing shows the decision maker will see the assessment.',
  },
  'decision-date-set': {
    pass: 'Decision date: 2026-03-16 (the board meeting).',
    fail: 'No decision date.',
  },
  'decision-after-sign-off': {
    pass: 'Signed off on 2026-03-10; the board decides on 2026-03-16.',
    fail: 'The decision is dated 2026-02-01, but the assessment is still being written in March.',
  },
  'due-regard-before-decision': {
    pass: 'Screened on 2026-01-19 and analysed by 2026-02-27; the cabinet decides on 2026-03-16.',
    fail: 'The decision was taken on 2025-11-04 and the assessment screened on 2025-12-01; or "the decision has already been taken" recorded.',
  },
  'screening-decided': {
    pass: 'Screening decision: full assessment, because the change affects every family using the service.',
    fail: 'No screening decision.',
  },
  'screening-out-reasoned': {
    pass: 'Every characteristic answered with its own reason, e.g. "Changes the font of internal memos only; accessible formats are unchanged."',
    fail: 'Screened out with race marked "unsure", or with no reason given for disability.',
  },
  'relevance-not-adverse': {
    pass: 'A clearer bus timetable screened out: age and disability relevant, both positive only (larger print, audio announcements).',
    fail: 'Screened out with disability marked relevant and its likely impact not weighed, or weighed as major adverse.',
  },
  'screening-out-evidenced': {
    pass: 'Screened out citing the tenancy data it checked, and linking the housing strategy EqIA (2024) "which assessed the allocation rules this change does not alter".',
    fail: 'Screened out as "covered by the strategy EqIA", with no link to it and no evidence cited.',
  },
  'screening-out-authorised': {
    pass: 'Screened out by the author and approved at the senior sign-off stage.',
    fail: 'Screened out by the author under an approval chain with no senior stage; or recorded as signed off with no senior approval.',
  },
  'screening-out-awaiting-authorisation': {
    pass: 'A screening-out approved at the senior sign-off stage.',
    fail: 'A screening-out in draft, which nobody senior has approved yet.',
  },
  'evidence-described': {
    pass: '"Private law caseload 2024–25", source: case management system, dated 2025-06-30, covers age, race and sex, with a summary of the figures.',
    fail: 'An evidence item titled "Stats" with no source, date or summary.',
  },
  'evidence-fresh': {
    pass: 'Caseload data dated 2025-06-30 checked in March 2026 against a 36-month limit.',
    fail: 'A 2019 survey of service users relied on in 2026.',
  },
  'evidence-strength-stated': {
    pass: 'Tenant survey 2024: "412 responses (14%); under-represents tenants under 25 and those who do not read English".',
    fail: 'A staff survey cited for a "no impact" conclusion, with nothing said about who answered it.',
  },
  'data-gap-has-action': {
    pass: 'Gap "no data on trans parents" linked to the action "add gender identity to the feedback survey by September".',
    fail: 'Gap "no data on trans parents" with no linked action.',
  },
  'references-resolve': {
    pass: 'An impact cites "ev-caseload", which is in the evidence register.',
    fail: 'An impact cites "ev-survey-2024", which was deleted from the register.',
  },
  'engagement-recorded': {
    pass: 'The young people’s board, the family forum and the staff networks were engaged in December.',
    fail: 'No engagement at all on a change affecting every family using the service.',
  },
  'engagement-responses-recorded': {
    pass: 'Family Forum, 10 December: "victims fear being overheard at home" — changed: abuse cases stay in person unless the victim chooses video.',
    fail: 'Family Forum engaged, with nothing recorded about what they said.',
  },
  'engagement-reaches-affected': {
    pass: 'A library closure discussed with library users at drop-in sessions and with a disabled people’s organisation, as well as with staff.',
    fail: 'A change to a public service where the only engagement recorded is a workshop with the project team; or a medium negative impact on older people whom nobody asked.',
  },
  'high-severity-engaged': {
    pass: 'A high-severity impact on victims of domestic abuse (sex), informed by the Family Forum and a domestic abuse round table.',
    fail: 'A high-severity impact on disabled parents with no engagement or consultation evidence covering disability.',
  },
  'characteristic-concluded': {
    pass: 'All eleven characteristics of the profile concluded, four as no impact and seven with impacts.',
    fail: 'Religion or belief left as not assessed.',
  },
  'no-impact-reasoned': {
    pass: 'Religion or belief: "Listing times do not change, so clashes with holy days are no more likely than now", citing the staff survey.',
    fail: 'Religion or belief: no impact, with no reasoning and nothing cited.',
  },
  'absence-not-evidence': {
    pass: 'Sexual orientation: no impact, "we hold no data on the sexual orientation of tenants", with the gap recorded and an action to add the question to the tenant survey.',
    fail: 'Religion or belief: not relevant, "no complaints have been received", and nothing done to find out.',
  },
  'assessment-not-deferred': {
    pass: 'Disability: "the station design will be assessed at detailed design", with a medium negative impact recorded now for step-free access and the action "EqIA of the detailed design, due 2026-09-30".',
    fail: 'Disability: "impacts will be considered in a future EqIA once the design is known", with no impact recorded and no dated action.',
  },
  'reasoning-specific': {
    pass: '"Listing times do not change, so clashes with holy days or prayer times are no more likely than now."',
    fail: '"Not relevant."',
  },
  'reasoning-not-pasted': {
    pass: 'Sexual orientation and gender reassignment each give their own reason, naming what the policy asks and the data gap.',
    fail: '"No impact on this group has been identified." for six characteristics, or the same sentence with only the characteristic’s name changed.',
  },
  'impacts-listed': {
    pass: 'Sex: impacts identified, with the impact on victims of domestic abuse described.',
    fail: 'Sex: impacts identified, with no impact listed; or Age: no impact, listing a negative impact on older parents.',
  },
  'impact-described': {
    pass: '"Parties aged 65 and over were twice as likely to ask for an adjournment (12% against 6%)", rated medium.',
    fail: 'A negative impact with an empty description, or with no severity.',
  },
  'impact-evidenced': {
    pass: 'The impact on interpreted hearings cites the pilot data and the complaints analysis.',
    fail: 'A negative impact on older parents citing no evidence.',
  },
  'negative-impact-mitigated': {
    pass: 'Domestic abuse impact mitigated: abuse cases are listed in person unless the victim chooses video.',
    fail: 'A high negative impact on disabled parents with no mitigation, and an outcome of "adjust".',
  },
  'residual-impact-justified': {
    pass: 'Mitigated, residual severity low.',
    fail: 'Mitigated, with no residual severity; or residual severity high with no justification.',
  },
  'unknown-impact-has-action': {
    pass: 'Unknown impact on outcomes by ethnic group, linked to "analyse agreement rates by ethnic group by December".',
    fail: 'Unknown impact on outcomes by ethnic group, with no action.',
  },
  'marriage-aim-a-only': {
    pass: 'A marriage and civil partnership impact on staff engaging aim (a) only.',
    fail: 'A marriage and civil partnership impact on parents engaging aim (b), advancing equality of opportunity.',
  },
  'intersectionality-considered': {
    pass: 'Race, sex and age have impacts, and an intersectional impact on Black and mixed-heritage teenage boys is described.',
    fail: 'Five characteristics have impacts, and the intersectionality section is empty.',
  },
  'cumulative-impact-considered': {
    pass: '"The digital application and the Pathfinder courts also move contact online; the annual report will look at the three together."',
    fail: 'Cumulative impact left empty.',
  },
  'general-duty-statements': {
    pass: 'Three statements, e.g. (c): "Hearing children directly and monitoring outcomes by ethnicity respond to what young people told us about trust."',
    fail: 'Aim (c), fostering good relations, left empty.',
  },
  'outcome-recorded': {
    pass: 'Outcome: adjust — video by default, with in-person attendance on request and for domestic abuse cases.',
    fail: 'No outcome, or "adjust" with no rationale.',
  },
  'outcome-fits-impacts': {
    pass: 'Negative impacts mitigated to low residual severity, outcome "adjust" with actions.',
    fail: 'Outcome "no major change" with an unmitigated negative impact on disabled parents; or "adjust" with no actions.',
  },
  'continue-justified': {
    pass: 'Continue: aim "keep hearings within statutory timescales", alternatives "extra sitting days (no budget)", proportionality reasoned.',
    fail: 'Continue, with the legitimate aim and proportionality left empty.',
  },
  'unlawful-discrimination-not-continued': {
    pass: 'A reasonable adjustments risk for disabled parents, removed by an in-person option (residual none) or outcome "adjust".',
    fail: 'A reasonable adjustments risk with residual severity medium and outcome "continue".',
  },
  'mitigation-has-action': {
    pass: 'The interpreter mitigation is linked to the action "publish an interpreter protocol by May", with an owner.',
    fail: 'A mitigation described on the impact with no linked action.',
  },
  'action-complete': {
    pass: '"Publish an interpreter protocol" — owner: Head of Practice Policy, due 2026-05-29, measure: interpreted adjournment rate within two points of the overall rate.',
    fail: '"Review interpreter use" with no owner, date or measure.',
  },
  'action-linked': {
    pass: 'The action "analyse outcomes by ethnic group" is linked to the unknown race impact and the ethnicity data gap.',
    fail: 'An action "equality training" linked to no impact or gap.',
  },
  'monitoring-arranged': {
    pass: '"Quarterly report on attendance and adjournments by age, disability, sex and ethnicity to the Operations Board."',
    fail: 'Monitoring left empty.',
  },
  'review-date-set': {
    pass: 'Next review 2027-02-26, checked on 2026-03-02 with a 12-month interval.',
    fail: 'No review date; or one in 2028 with a 12-month interval; or one that has passed.',
  },
  'welsh-text-written': {
    pass: 'A body publishing in Welsh and English: the aims in English, and under them "Cynnal gwrandawiadau cyntaf drwy fideo…", their Welsh version.',
    fail: 'The same body: the aims written in English only.',
  },
  'welsh-text-current': {
    pass: 'The aims and their Welsh version written together; or the English corrected and the Welsh set again to match.',
    fail: 'The aims rewritten in English after their Welsh version was written, the Welsh left as it was.',
  },
};
