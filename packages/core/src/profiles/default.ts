import { Profile } from '../schema/profile.js';

const equalityLeadAttestation =
  'I have reviewed this equality impact assessment for rigour and evidence, and I am satisfied that it shows due regard to the aims of s.149 of the Equality Act 2010.';
const seniorAttestation =
  'I have read and paid due regard to this equality impact assessment before the decision is taken. I agree with the actions to mitigate the adverse impacts it identifies, and I authorise its publication.';

/**
 * A neutral starting point for any public body: the nine characteristics, four audiences, an equality
 * lead review then a senior sign-off, annual review. Add your users with `eqia users add`.
 */
export const defaultProfile: Profile = Profile.parse({
  schemaVersion: 1,
  id: 'default',
  name: 'Default profile',
  organisation: 'Your organisation',
  extraCharacteristics: [],
  audiences: [
    { id: 'service_users', label: 'People who use the service' },
    { id: 'staff', label: 'Staff' },
    { id: 'partners', label: 'Partners' },
    { id: 'public', label: 'The public' },
  ],
  stakeholders: [],
  users: [],
  approvalChain: [
    {
      id: 'equality_review',
      label: 'Equality lead review',
      role: 'equality_lead',
      senior: false,
      attestation: equalityLeadAttestation,
    },
    {
      id: 'senior_sign_off',
      label: 'Senior sign-off',
      role: 'approver',
      senior: true,
      attestation: seniorAttestation,
    },
  ],
  reviewIntervalMonths: 12,
  evidenceFreshnessMonths: 36,
  smallCountThreshold: 5,
  ruleOverrides: {},
});
