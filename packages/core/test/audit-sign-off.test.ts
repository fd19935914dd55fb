import { describe, expect, it } from 'vitest';
import {
  type AssessmentEvent,
  canonicalJson,
  createAssessment,
  defaultProfile,
  isSignedEvent,
  keyStanding,
  type Profile,
  type SigningKey,
  sha256Hex,
  signatureRequired,
  signedContent,
  signingKeyIds,
  validKeys,
} from '../src/index.js';

// Who may sign a sign-off, with which key and when, and what the signature covers: a mistake here lets a
// sign-off stand in someone's name without their key, or refuses a valid one.

const key = (fields: Partial<SigningKey> & Pick<SigningKey, 'id' | 'user'>): SigningKey => ({
  algorithm: 'Ed25519',
  publicKey: 'a'.repeat(64),
  validFrom: '2026-01-01T00:00:00.000Z',
  ...fields,
});
const profileWith = (keys: SigningKey[], signing: Profile['signing'] = 'optional'): Profile => ({
  ...defaultProfile,
  keys,
  signing,
});
const by = { id: 'sam', roles: ['approver' as const] };
const approval = (at = '2026-06-01T09:00:00.000Z') =>
  ({
    type: 'approve',
    by,
    at,
    stage: 'senior_sign_off',
    attestation: 'I have read it.',
    comment: '',
  }) as const;

describe('which events are sign-offs', () => {
  it('is an approval, a publication and a reaffirmation, and nothing else', () => {
    const signed = (type: string) => isSignedEvent({ type } as AssessmentEvent);
    expect(['approve', 'publish', 'reaffirm'].filter(signed)).toEqual(['approve', 'publish', 'reaffirm']);
    for (const type of ['create', 'submit', 'verdict', 'requestChanges', 'edit', 'withdraw', ''])
      expect(signed(type)).toBe(false);
  });
});

describe('what a signature covers', () => {
  const before = () =>
    createAssessment({
      id: 'library-hours',
      title: 'Library hours',
      createdBy: 'sam',
      createdAt: '2026-05-01T09:00:00.000Z',
      profile: defaultProfile,
    });

  it('is the version signed and the event without its signature, for one purpose', () => {
    const assessment = before();
    const event = approval();
    expect(JSON.parse(signedContent(assessment, event))).toEqual({
      purpose: 'eqia.sign-off/1',
      assessment: sha256Hex(canonicalJson(assessment)),
      event,
    });
  });

  it('leaves the signature itself out, so the same content checks whatever signature it carries', () => {
    const assessment = before();
    const signedOnce = { ...approval(), signature: { keyId: 'k1', value: 'one' } };
    const signedTwice = { ...approval(), signature: { keyId: 'k1', value: 'two' } };
    expect(signedContent(assessment, signedOnce)).toBe(signedContent(assessment, signedTwice));
    expect(signedContent(assessment, signedOnce)).toBe(signedContent(assessment, approval()));
    expect(signedContent(assessment, signedOnce)).not.toContain('signature');
  });

  it('changes with the assessment and with every part of the event', () => {
    const assessment = before();
    const content = signedContent(assessment, approval());
    expect(signedContent({ ...assessment, revision: 2 }, approval())).not.toBe(content);
    expect(signedContent(assessment, approval('2026-06-02T09:00:00.000Z'))).not.toBe(content);
    expect(signedContent(assessment, { ...approval(), attestation: 'Other words.' })).not.toBe(content);
  });
});

describe('a key’s standing at a moment', () => {
  const k1 = key({
    id: 'k1',
    user: 'sam',
    validFrom: '2026-01-01T00:00:00.000Z',
    validUntil: '2026-12-31T00:00:00.000Z',
  });
  const revoked = key({ id: 'k2', user: 'sam', revokedAt: '2026-03-01T00:00:00.000Z', revokedBy: 'ada' });
  const profile = profileWith([k1, revoked, key({ id: 'k3', user: 'ada' })]);

  it('is valid for its user within its validity', () => {
    expect(keyStanding(profile, 'sam', 'k1', '2026-06-01T00:00:00.000Z')).toEqual({
      standing: 'valid',
      key: k1,
    });
    // Both ends: valid from its first instant, no longer at its last.
    expect(keyStanding(profile, 'sam', 'k1', '2026-01-01T00:00:00.000Z').standing).toBe('valid');
    expect(keyStanding(profile, 'sam', 'k1', '2026-12-30T23:59:59.999Z').standing).toBe('valid');
  });

  it('is invalid before it was valid, and from the instant it expires', () => {
    expect(keyStanding(profile, 'sam', 'k1', '2025-12-31T23:59:59.999Z')).toEqual({
      standing: 'invalid',
      key: k1,
      reason: 'key k1 was valid only from 2026-01-01T00:00:00.000Z',
      told: { id: 'keyNotYet', values: { key: 'k1', from: '2026-01-01T00:00:00.000Z' } },
    });
    const expired = {
      standing: 'invalid',
      key: k1,
      reason: 'key k1 expired at 2026-12-31T00:00:00.000Z',
      told: { id: 'keyExpired', values: { key: 'k1', at: '2026-12-31T00:00:00.000Z' } },
    };
    expect(keyStanding(profile, 'sam', 'k1', '2026-12-31T00:00:00.000Z')).toEqual(expired);
    expect(keyStanding(profile, 'sam', 'k1', '2027-01-01T00:00:00.000Z')).toEqual(expired);
  });

  it('is revoked from the instant of its revocation, and valid just before', () => {
    expect(keyStanding(profile, 'sam', 'k2', '2026-02-28T23:59:59.999Z')).toEqual({
      standing: 'valid',
      key: revoked,
    });
    const standing = {
      standing: 'revoked',
      key: revoked,
      reason: 'key k2 was revoked at 2026-03-01T00:00:00.000Z',
      told: { id: 'keyRevoked', values: { key: 'k2', at: '2026-03-01T00:00:00.000Z' } },
    };
    expect(keyStanding(profile, 'sam', 'k2', '2026-03-01T00:00:00.000Z')).toEqual(standing);
    expect(keyStanding(profile, 'sam', 'k2', '2026-09-01T00:00:00.000Z')).toEqual(standing);
  });

  it('is invalid for anyone else, and for a key not registered', () => {
    expect(keyStanding(profile, 'ada', 'k1', '2026-06-01T00:00:00.000Z')).toEqual({
      standing: 'invalid',
      key: k1,
      reason: "key k1 is sam's, not ada's",
      told: { id: 'keyOtherUser', values: { key: 'k1', owner: 'sam', user: 'ada' } },
    });
    expect(keyStanding(profile, 'sam', 'k9', '2026-06-01T00:00:00.000Z')).toEqual({
      standing: 'invalid',
      reason: 'key k9 is not registered in the profile',
      told: { id: 'keyUnknown', values: { key: 'k9' } },
    });
  });

  it('lists only the keys a user may sign with then', () => {
    expect(validKeys(profile, 'sam', '2026-02-01T00:00:00.000Z')).toEqual([k1, revoked]);
    expect(validKeys(profile, 'sam', '2026-06-01T00:00:00.000Z')).toEqual([k1]);
    expect(validKeys(profile, 'sam', '2025-06-01T00:00:00.000Z')).toEqual([]);
    expect(validKeys(profile, 'ada', '2026-06-01T00:00:00.000Z').map((k) => k.id)).toEqual(['k3']);
  });
});

describe('whether a sign-off must be signed', () => {
  it('always, under a profile that requires signing', () => {
    expect(signatureRequired(profileWith([], 'required'), 'sam', '2026-06-01T00:00:00.000Z')).toBe(true);
  });

  it('for a user who had registered a key by then, from the instant it is valid', () => {
    const profile = profileWith([key({ id: 'k1', user: 'sam', validFrom: '2026-03-01T00:00:00.000Z' })]);
    expect(signatureRequired(profile, 'sam', '2026-02-28T23:59:59.999Z')).toBe(false);
    expect(signatureRequired(profile, 'sam', '2026-03-01T00:00:00.000Z')).toBe(true);
    expect(signatureRequired(profile, 'sam', '2026-06-01T00:00:00.000Z')).toBe(true);
  });

  it('not for a user without a key, whoever else has one', () => {
    const profile = profileWith([key({ id: 'k1', user: 'sam' }), key({ id: 'k2', user: 'ada' })]);
    expect(signatureRequired(profile, 'kim', '2026-06-01T00:00:00.000Z')).toBe(false);
    // One key of theirs among others' is enough.
    expect(signatureRequired(profile, 'ada', '2026-06-01T00:00:00.000Z')).toBe(true);
    expect(signatureRequired(profileWith([]), 'sam', '2026-06-01T00:00:00.000Z')).toBe(false);
  });
});

describe('a key that came with an import', () => {
  const imported = key({ id: 'k4', user: 'sam', importedWith: ['library-hours', 'pool-hours'] });
  const profile = profileWith([imported]);
  const at = '2026-06-01T00:00:00.000Z';

  it('checks the sign-offs of the assessments it came with', () => {
    for (const assessmentId of ['library-hours', 'pool-hours'])
      expect(keyStanding(profile, 'sam', 'k4', at, assessmentId)).toEqual({
        standing: 'valid',
        key: imported,
      });
  });

  it('stands for nothing else, saying which assessments it came with', () => {
    const refused = {
      standing: 'invalid',
      key: imported,
      reason: 'key k4 came with the import of library-hours, pool-hours and checks only those sign-offs',
      told: { id: 'keyImported', values: { key: 'k4', assessments: 'library-hours, pool-hours' } },
    };
    expect(keyStanding(profile, 'sam', 'k4', at, 'gym-hours')).toEqual(refused);
    expect(keyStanding(profile, 'sam', 'k4', at)).toEqual(refused);
  });
});

describe('the keys a log’s sign-offs were signed with', () => {
  const entry = (event: object) => ({ event });
  const signed = (keyId: string) => ({ ...approval(), signature: { keyId, value: 'v' } });

  it('are the keys of its signed sign-offs, each once', () => {
    const log = [signed('k1'), signed('k2'), signed('k1'), approval()].map(entry);
    expect([...signingKeyIds(log)]).toEqual(['k1', 'k2']);
  });

  it('are none for a log whose sign-offs are unsigned, whatever else its events carry', () => {
    const edit = { type: 'edit', by, at: '2026-06-01T09:00:00.000Z', signature: { keyId: 'k9', value: 'v' } };
    expect([...signingKeyIds([approval(), edit].map(entry))]).toEqual([]);
  });
});
