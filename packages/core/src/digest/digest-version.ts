/**
 * The digest format this release writes. Bump it whenever what a digest holds, or what a rule finds,
 * changes: a digest of another version is not read (the assessment itself is), so nothing is migrated.
 * On its own so that the light read path can tell a current digest without loading the rules.
 * 2: the rule welsh-text-written.
 * 3: the rule welsh-text-current.
 * 4: other affected groups' names and intersections' sub-groups became text fields, which both Welsh
 *    rules judge.
 * 5: the checks keep their violations in each other language the profile publishes in (`violationsIn`);
 *    the annual facts name an assessment's own affected groups (`group`).
 * 6: the annual facts keep the Welsh of their texts (`welsh`), for a Welsh annual report.
 */
export const DIGEST_VERSION = 6;

/** Whether this release can read the digest: the caller reads the assessment instead when not. */
export const isCurrentDigest = <Digest extends { digestVersion: number }>(
  digest: Digest | undefined,
): digest is Digest => digest?.digestVersion === DIGEST_VERSION;
