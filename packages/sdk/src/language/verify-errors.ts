// What `verify` says itself of a record that does not verify, in English: the shape the Welsh follows
// (cy-verify-errors.ts). Where a chain breaks and a key's standing are core's words (its `records`
// area), worded in the same language and passed in as `reason`.

export const englishVerifyWords = {
  signOffBroken: ({
    signOff,
    by,
    at,
    status,
    reason,
  }: {
    signOff: string;
    by: string;
    at: string;
    status: string;
    reason: string;
  }) => `the ${signOff} by ${by} at ${at} is ${status}: ${reason}`,
  unsignedRequired: ({ by }: { by: string }) =>
    `${by} had a signing key by then, or the profile requires one`,
  unsignedFree: 'not required of them then: they had no key and the profile did not require one',
  signedWith: ({ key }: { key: string }) => `signed with key ${key}`,
  signatureDiffers:
    'the signature does not match what was signed: the sign-off or the assessment it approved was changed',
  notReplayed: ({ error }: { error: string }) => `the log does not replay: ${error}`,
  snapshotDiffers: 'the stored snapshot differs from what the log replays to: it was changed outside the log',
  summaryDiffers: ({ fields }: { fields: string }) =>
    `the stored summary (what list and show print) differs from the log in ${fields}: it was changed outside the log`,
  digestDiffers: ({ parts }: { parts: string }) =>
    `the stored digest (what the annual report and check --all read) differs from the log in its ${parts} part: it was changed outside the log`,
  /** How two parts of a digest are joined: "annual and checks". */
  both: ({ one, other }: { one: string; other: string }) => `${one} and ${other}`,
};

/** What `verify` says itself, in one language. */
export type VerifyWords = typeof englishVerifyWords;
