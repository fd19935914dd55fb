import {
  type Assessment,
  type ItemWelsh,
  type Profile,
  profileWelshAttestation,
  profileWelshName,
} from '@eqia/core';

/**
 * The assessment's approval chain (a copy of the profile's) and its approvals as a Welsh report gives
 * them: each stage's name and attestation, and what each approval attested, in the profile's Welsh while
 * the profile still gives that stage the same English (a stage reworded since keeps the English it was
 * signed with). `english` is the attestations left in English, for the report to mark, and `stale` the
 * Welsh written for English changed since, for it to say so.
 */
export function chainInWelsh(
  assessment: Assessment,
  profile: Profile,
): {
  approvalChain: Assessment['approvalChain'];
  review: Assessment['review'];
  english: string[];
  stale: string[];
} {
  const english: string[] = [];
  const stale: string[] = [];
  const shown = (found: ItemWelsh | undefined, text: string) => {
    if (found?.stale) stale.push(found.welsh);
    return found?.welsh ?? text;
  };
  const attestation = (stage: string, text: string) => {
    const found = profileWelshAttestation(profile, stage, text);
    if (found === undefined && text.trim() !== '') english.push(text);
    return shown(found, text);
  };
  const approvalChain = assessment.approvalChain.map((stage) => ({
    ...stage,
    label: shown(profileWelshName(profile, 'approvalChain', stage), stage.label),
    attestation: attestation(stage.id, stage.attestation),
  }));
  const approvals = assessment.review.approvals.map((approval) => ({
    ...approval,
    attestation: attestation(approval.stage, approval.attestation),
  }));
  return { approvalChain, review: { ...assessment.review, approvals }, english, stale };
}
