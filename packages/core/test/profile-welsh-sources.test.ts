import { describe, expect, it } from 'vitest';
import {
  cafcassProfile,
  englishFingerprint,
  Profile,
  type ProfileInput,
  profileContentHash,
  profileInWelsh,
  profileWelshAttestation,
  profileWelshName,
  staleProfileWelsh,
  withProfileWelshSources,
} from '../src/index.js';
import { parseProfile } from '../src/validation.js';

// The profile's Welsh remembers the English it was written for (`welshOf`), as an assessment's does, so
// English changed since shows the Welsh out of date.

const base = (changes: Partial<ProfileInput> = {}): Profile =>
  Profile.parse({ ...(structuredClone(cafcassProfile) as ProfileInput), ...changes });
const welsh = { organisation: 'Cafcass Cymru', 'publishing/contact': 'Y tîm cydraddoldeb' };
const v2 = base({ schemaVersion: 2, welsh, publishing: { contact: 'Equality team' } });
const renamed = (profile: Profile, organisation: string): Profile => ({ ...profile, organisation });
const keys = (profile: Profile) => staleProfileWelsh(profile).map((field) => field.key);

describe('the fingerprints of the profile’s Welsh', () => {
  it('are recorded for Welsh new or changed, for the English it now stands beside, at version 3', () => {
    const next = withProfileWelshSources(base(), v2);
    expect(next.schemaVersion).toBe(3);
    expect(next.welshOf).toEqual({
      organisation: englishFingerprint(cafcassProfile.organisation),
      'publishing/contact': englishFingerprint('Equality team'),
    });
    expect(Profile.parse(next)).toEqual(next);
    // Changed Welsh is written for the English of now, whatever was kept before.
    const rewritten = withProfileWelshSources(next, {
      ...renamed(next, 'Cafcass Wales'),
      welsh: { ...welsh, organisation: 'Cafcass yng Nghymru' },
    });
    expect(rewritten.welshOf?.organisation).toBe(englishFingerprint('Cafcass Wales'));
    expect(keys(rewritten)).toEqual([]);
  });

  it('are kept for Welsh left as it was, so English changed since shows it out of date', () => {
    const recorded = withProfileWelshSources(base(), v2);
    const changed = withProfileWelshSources(recorded, renamed(recorded, 'Cafcass Wales'));
    expect(changed.welshOf).toEqual(recorded.welshOf);
    expect(keys(changed)).toEqual(['organisation']);
    // A file's own fingerprints have no say: eqia's are kept.
    const given = withProfileWelshSources(recorded, {
      ...renamed(recorded, 'Cafcass Wales'),
      welshOf: { organisation: englishFingerprint('Cafcass Wales') },
    });
    expect(given.welshOf).toEqual(recorded.welshOf);
    // Space around the English is no change.
    expect(
      keys(withProfileWelshSources(recorded, renamed(recorded, ` ${cafcassProfile.organisation} `))),
    ).toEqual([]);
  });

  it('are recorded anew for Welsh confirmed as still right, and only for that Welsh', () => {
    const recorded = withProfileWelshSources(base(), v2);
    const changed = withProfileWelshSources(recorded, {
      ...renamed(recorded, 'Cafcass Wales'),
      publishing: { ...recorded.publishing, contact: 'The equality team' },
    });
    expect(keys(changed)).toEqual(['organisation', 'publishing/contact']);
    const confirmed = withProfileWelshSources(changed, changed, new Set(['organisation']));
    expect(confirmed.welshOf).toEqual({
      organisation: englishFingerprint('Cafcass Wales'),
      'publishing/contact': englishFingerprint('Equality team'),
    });
    expect(keys(confirmed)).toEqual(['publishing/contact']);
    // Confirmed in the same change as the English: written for the new English.
    const atOnce = withProfileWelshSources(
      recorded,
      renamed(recorded, 'Cafcass Wales'),
      new Set(['organisation']),
    );
    expect(keys(atOnce)).toEqual([]);
    // A key with no Welsh is given no fingerprint.
    const none = withProfileWelshSources(changed, changed, new Set(['publishing/alternativeFormats']));
    expect(none.welshOf).toEqual(changed.welshOf);
  });

  it('are given to Welsh written before eqia kept them only when its English changes, for the English before', () => {
    const changed = withProfileWelshSources(v2, renamed(v2, 'Cafcass Wales'));
    expect(changed.welshOf).toEqual({ organisation: englishFingerprint(cafcassProfile.organisation) });
    expect(keys(changed)).toEqual(['organisation']);
    // English left as it was: no fingerprint, no new version; the profile stays as written.
    const keysAdded = withProfileWelshSources(v2, { ...v2, signing: 'required' });
    expect(keysAdded.schemaVersion).toBe(2);
    expect('welshOf' in keysAdded).toBe(false);
    expect(profileContentHash(withProfileWelshSources(v2, v2))).toBe(profileContentHash(v2));
    // A profile with no Welsh has none, and one whose Welsh is removed loses them.
    expect('welshOf' in withProfileWelshSources(undefined, base())).toBe(false);
    const recorded = withProfileWelshSources(base(), v2);
    const { welsh: _, ...without } = recorded;
    expect('welshOf' in withProfileWelshSources(recorded, without as Profile)).toBe(false);
    const blank = withProfileWelshSources(recorded, { ...recorded, welsh: { ...welsh, organisation: ' ' } });
    expect(Object.keys(blank.welshOf ?? {})).toEqual(['publishing/contact']);
  });

  it('mark Welsh out of date only where a fingerprint differs from its English’s', () => {
    const recorded = withProfileWelshSources(base(), v2);
    expect(keys(recorded)).toEqual([]);
    const stale = {
      ...renamed(recorded, 'Cafcass Wales'),
      publishing: { ...recorded.publishing, contact: 'EDI' },
    };
    expect(keys(stale)).toEqual(['organisation', 'publishing/contact']);
    // Blank Welsh is no Welsh, and so never out of date; Welsh without a fingerprint is current.
    expect(keys({ ...stale, welsh: { ...welsh, organisation: '' } })).toEqual(['publishing/contact']);
    expect(keys({ ...stale, welshOf: { organisation: recorded.welshOf?.organisation ?? '' } })).toEqual([
      'organisation',
    ]);
    const read = profileInWelsh(stale, {
      english: (text) => `[Saesneg] ${text}`,
      stale: (text) => `[hen] ${text}`,
    });
    expect(read.stale).toEqual(['Cafcass Cymru', 'Y tîm cydraddoldeb']);
    expect(read.profile.organisation).toBe('[hen] Cafcass Cymru');
    expect(read.profile.publishing.contact).toBe('[hen] Y tîm cydraddoldeb');
    expect(read.untranslated).not.toContain('Cafcass Wales');
    // Without marks, the Welsh itself, listed as out of date for the document to say so.
    const plain = profileInWelsh(stale);
    expect(plain.profile.organisation).toBe('Cafcass Cymru');
    expect(plain.stale).toContain('Cafcass Cymru');
    expect(profileInWelsh(recorded).stale).toEqual([]);
  });

  it('mark a stage’s name and attestation out of date where their English changed since', () => {
    const [stage] = cafcassProfile.approvalChain;
    if (!stage) throw new Error('the Cafcass profile has a stage');
    const labelKey = `approvalChain/${stage.id}/label`;
    const attestationKey = `approvalChain/${stage.id}/attestation`;
    const withStageWelsh = {
      ...v2,
      welsh: { ...welsh, [labelKey]: 'Adolygiad', [attestationKey]: 'Rwy’n cadarnhau' },
    };
    const recorded = withProfileWelshSources(v2, withStageWelsh);
    expect(profileWelshName(recorded, 'approvalChain', stage)).toEqual({ welsh: 'Adolygiad', stale: false });
    expect(profileWelshAttestation(recorded, stage.id, stage.attestation)?.stale).toBe(false);
    const reworded = withProfileWelshSources(recorded, {
      ...recorded,
      approvalChain: recorded.approvalChain.map((own) =>
        own.id === stage.id ? { ...own, label: 'Equality check', attestation: 'I confirm it.' } : own,
      ),
    });
    expect(profileWelshName(reworded, 'approvalChain', { id: stage.id, label: 'Equality check' })).toEqual({
      welsh: 'Adolygiad',
      stale: true,
    });
    expect(profileWelshAttestation(reworded, stage.id, 'I confirm it.')).toEqual({
      welsh: 'Rwy’n cadarnhau',
      stale: true,
    });
    expect(keys(reworded)).toEqual([labelKey, attestationKey]);
  });

  it('are refused below version 3, and when not fingerprints', () => {
    const recorded = withProfileWelshSources(base(), v2);
    expect(() => parseProfile({ ...recorded, schemaVersion: 2 })).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: The profile is not valid:
        - schemaVersion: a profile with the fingerprints of the English its Welsh was written for (welshOf) is schemaVersion 3]
    `);
    expect(() => parseProfile({ ...recorded, welshOf: { organisation: 'Cafcass' } })).toThrow(/welshOf/);
    expect(() => parseProfile({ ...recorded, welshOf: { nothing: 'abcdef01' } })).toThrow(/welshOf/);
    expect(() => parseProfile({ ...v2, schemaVersion: 1 })).toThrow(/schemaVersion 2/);
  });
});
