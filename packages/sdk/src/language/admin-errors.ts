// The words of the errors of profile administration, keys, signed sign-offs, imports and history, in
// English: the shape the Welsh follows (cy-admin-errors.ts). Nested reasons that core words (a key's
// standing, a chain's break) are passed in as they come.

type SignOff = 'approve' | 'publish' | 'reaffirm';
type SignatureStatus = 'signed' | 'unsigned' | 'invalid' | 'revoked';

export const englishAdminErrors = {
  signOffs: { approve: 'approval', publish: 'publication', reaffirm: 'reaffirmation' } as Readonly<
    Record<SignOff, string>
  >,
  signatureStatus: {
    signed: 'signed',
    unsigned: 'unsigned',
    invalid: 'invalid',
    revoked: 'revoked',
  } as Readonly<Record<SignatureStatus, string>>,
  noUserForKey: ({ owner }: { owner: string }) => `There is no user "${owner}" to register a key for.`,
  keyTaken: ({ key }: { key: string }) => `There is already a key "${key}": choose another id.`,
  noKey: ({ key }: { key: string }) => `There is no key "${key}": \`eqia keys list\` shows them.`,
  keyRevokedAlready: ({ key, at }: { key: string; at: string }) => `Key ${key} was already revoked at ${at}.`,
  noProfileWelsh: ({ keys, stale }: { keys: string; stale: string }) =>
    `The profile has no Welsh at ${keys} to confirm as still right. ${stale ? `Its Welsh out of date: ${stale}.` : 'None of its Welsh is out of date.'}`,
  noAdminLeft:
    'The profile would have no admin left, so nobody could manage it: keep the admin role on at least one user.',
  mustSign: ({ user, signOff }: { user: string; signOff: string }) =>
    `${user} must sign this ${signOff}, and no signing key of theirs is available here. Use the key they registered (\`eqia keys list\`), or create one with \`eqia keys create\`.`,
  notSigned: ({ reason }: { reason: string }) => `Not signed: ${reason}. Nothing was recorded.`,
  signatureMismatch: ({ key, user }: { key: string; user: string }) =>
    `Not signed: the signature does not match key ${key} registered for ${user}. Nothing was recorded.`,
  exportRefused: ({ reason }: { reason: string }) => `The export cannot be imported: ${reason}.`,
  exportSignOff: ({
    signOff,
    by,
    at,
    status,
    reason,
  }: Record<'signOff' | 'by' | 'at' | 'status' | 'reason', string>) =>
    `The ${signOff} by ${by} at ${at} in the export is ${status}: ${reason}. Nothing was imported.`,
  keyNotCarried:
    " The export does not carry that key: export the assessment again with a current eqia, whose exports carry their signers' public keys.",
  foreignKey: ({ key, user }: { key: string; user: string }) =>
    `The export's key ${key} (${user}) is not this store's key of that id: nothing was imported. Import it into a store that does not use that key id.`,
  noLogEntry: ({ id, count, seq }: { id: string; count: number; seq: number }) =>
    `Assessment ${id} has log entries 1 to ${count}; there is no entry ${seq}. Pick one from its history.`,
};

export type AdminErrorWords = typeof englishAdminErrors;
