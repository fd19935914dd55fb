import { type Assessment, type Profile, profileWelshAttestation, profileWelshName } from '@eqia/core';

/**
 * The assessment's approval chain (a copy of the profile's) and its approvals as a Welsh report gives
 * them: each stage's name and attestation, and what each approval attested, in the profile's Welsh while
 * the profile still gives that stage the same English (a stage reworded since keeps the English it was
 * signed with). `english` is the attestations left in English, for the report to mark.
 */
export function chainInWelsh(
  assessment: Assessment,
  profile: Profile,
): { approvalChain: Assessment['approvalChain']; review: Assessment['review']; english: string[] } {
  const english: string[] = [];
  const attestation = (stage: string, text: string) => {
    const welsh = profileWelshAttestation(profile, stage, text);
    if (welsh === undefined && text.trim() !== '') english.push(text);
    return welsh ?? text;
  };
  const approvalChain = assessment.approvalChain.map((stage) => ({
    ...stage,
    label: profileWelshName(profile, 'approvalChain', stage) ?? stage.label,
    attestation: attestation(stage.id, stage.attestation),
  }));
  const approvals = assessment.review.approvals.map((approval) => ({
    ...approval,
    attestation: attestation(approval.stage, approval.attestation),
  }));
  return { approvalChain, review: { ...assessment.review, approvals }, english };
}
