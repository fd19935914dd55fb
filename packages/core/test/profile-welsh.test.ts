import { describe, expect, it } from 'vitest';
import {
  cafcassProfile,
  defaultProfile,
  missingProfileWelsh,
  Profile,
  type ProfileInput,
  profileContentHash,
  profileInWelsh,
  profileTextFields,
  profileWelshAttestation,
  profileWelshName,
} from '../src/index.js';
import { parseProfile } from '../src/validation.js';

const input = (changes: Partial<ProfileInput>): ProfileInput => ({
  ...(structuredClone(cafcassProfile) as ProfileInput),
  ...changes,
});

const welsh = {
  organisation: 'Cafcass Cymru',
  'publishing/contact': 'Y tîm cydraddoldeb',
  'audiences/children_young_people/label': 'Plant a phobl ifanc',
  'approvalChain/equality_review/label': 'Adolygiad cydraddoldeb',
  'stakeholders/fjypb/name': 'Bwrdd Pobl Ifanc',
};

describe("a profile's Welsh", () => {
  it('keys each printed text by its path, list items by id', () => {
    const profile = Profile.parse(
      input({
        publishing: { contact: 'Equality team', alternativeFormats: 'Ask for large print' },
        extraCharacteristics: [
          { ...(cafcassProfile.extraCharacteristics[0] as object), id: 'veterans', label: 'Veterans' },
        ] as ProfileInput['extraCharacteristics'],
      }),
    );
    const keys = profileTextFields(profile).map((field) => field.key);
    expect(keys.slice(0, 3)).toEqual(['organisation', 'publishing/contact', 'publishing/alternativeFormats']);
    expect(keys).toContain(`audiences/${profile.audiences[0]?.id}/label`);
    expect(keys).toContain(`stakeholders/${profile.stakeholders[0]?.id}/name`);
    expect(keys).toContain(`stakeholders/${profile.stakeholders[0]?.id}/description`);
    expect(keys).toContain(`approvalChain/${profile.approvalChain[0]?.id}/label`);
    expect(keys).toContain(`approvalChain/${profile.approvalChain[0]?.id}/attestation`);
    expect(profileTextFields(profile).find((field) => field.key.endsWith('/attestation'))?.english).toBe(
      profile.approvalChain[0]?.attestation,
    );
    expect(keys).toContain('extraCharacteristics/veterans/label');
    expect(profileTextFields(profile).find((field) => field.key === 'publishing/contact')?.english).toBe(
      'Equality team',
    );
    // Written Welsh and every key a schema accepts agree: each field's key is a valid key.
    const all = Object.fromEntries(keys.map((key) => [key, 'Cymraeg']));
    expect(() => Profile.parse({ ...profile, schemaVersion: 2, welsh: all })).not.toThrow();
  });

  it('reads a profile in Welsh: Welsh where written, English left (and listed) where not', () => {
    const profile = Profile.parse(
      input({
        schemaVersion: 2,
        publishing: { contact: 'Equality team' },
        welsh: { ...welsh, 'audiences/children_young_people/label': '  ' },
      }),
    );
    const { profile: shown, untranslated } = profileInWelsh(profile);
    expect(shown.organisation).toBe('Cafcass Cymru');
    expect(shown.publishing.contact).toBe('Y tîm cydraddoldeb');
    expect(shown.approvalChain.find((stage) => stage.id === 'equality_review')?.label).toBe(
      'Adolygiad cydraddoldeb',
    );
    // Blank Welsh is no Welsh: the English stays, and is listed to be marked.
    const children = profile.audiences.find((audience) => audience.id === 'children_young_people');
    expect(shown.audiences.find((audience) => audience.id === 'children_young_people')?.label).toBe(
      children?.label,
    );
    expect(untranslated).toContain(children?.label);
    expect(untranslated).not.toContain(profile.organisation);
    // The catalogue's characteristics are worded by the catalogue: never listed as English.
    expect(untranslated).not.toContain('Carers');
    // The profile given is left as it was.
    expect(profile.organisation).toBe(cafcassProfile.organisation);
    // Told in words (the CLI): the English left is marked in the profile returned, and only that.
    const marked = profileInWelsh(profile, {
      english: (text) => `[Saesneg] ${text}`,
      stale: (text) => `[hen] ${text}`,
    });
    expect(marked.untranslated).toEqual(untranslated);
    expect(marked.profile.audiences.find((audience) => audience.id === 'children_young_people')?.label).toBe(
      `[Saesneg] ${children?.label}`,
    );
    expect(marked.profile.organisation).toBe('Cafcass Cymru');
    // Each English text left marked once; the catalogue's characteristics, blank texts and Welsh never.
    expect(JSON.stringify(marked.profile).split('[Saesneg]').length - 1).toBe(untranslated.length);
    expect(untranslated.length).toBeGreaterThan(1);
  });

  it('names a stage or audience in the profile’s Welsh only while the profile still calls it the same', () => {
    const profile = Profile.parse(
      input({ schemaVersion: 2, welsh: { ...welsh, 'audiences/staff/label': ' ' } }),
    );
    const stage = profile.approvalChain.find((candidate) => candidate.id === 'equality_review');
    const children = profile.audiences.find((audience) => audience.id === 'children_young_people');
    if (!stage || !children) throw new Error('the Cafcass profile has this stage and audience');
    expect(profileWelshName(profile, 'approvalChain', stage)).toEqual({
      welsh: 'Adolygiad cydraddoldeb',
      stale: false,
    });
    expect(profileWelshName(profile, 'audiences', children)?.welsh).toBe('Plant a phobl ifanc');
    // A copy made before the stage was renamed keeps its English: the Welsh is the new name's.
    expect(profileWelshName(profile, 'approvalChain', { ...stage, label: 'Equality check' })).toBeUndefined();
    // An id the profile does not know, one with no Welsh, and blank Welsh: none.
    expect(profileWelshName(profile, 'approvalChain', { id: 'gone', label: stage.label })).toBeUndefined();
    expect(profileWelshName(profile, 'audiences', { id: 'staff', label: 'Staff' })).toBeUndefined();
    const other = profile.approvalChain.find((candidate) => candidate.id !== 'equality_review');
    if (other) expect(profileWelshName(profile, 'approvalChain', other)).toBeUndefined();
    // The list is the one named: an audience's Welsh never names a stage of the same id.
    expect(
      profileWelshName(profile, 'approvalChain', { id: 'children_young_people', label: children.label }),
    ).toBeUndefined();
    expect(profileWelshName(cafcassProfile, 'approvalChain', stage)).toBeUndefined();
  });

  it('gives a stage’s attestation in the profile’s Welsh only while the profile’s stage attests the same', () => {
    const [stage, other] = cafcassProfile.approvalChain;
    if (!stage || !other) throw new Error('the Cafcass profile has two stages');
    const key = `approvalChain/${stage.id}/attestation`;
    const profile = Profile.parse(input({ schemaVersion: 2, welsh: { ...welsh, [key]: 'Rwy’n cadarnhau' } }));
    expect(profileWelshAttestation(profile, stage.id, stage.attestation)).toEqual({
      welsh: 'Rwy’n cadarnhau',
      stale: false,
    });
    // Attested English the profile's stage no longer gives, another stage, or a stage with no Welsh: none.
    expect(profileWelshAttestation(profile, stage.id, 'I confirm')).toBeUndefined();
    expect(profileWelshAttestation(profile, other.id, stage.attestation)).toBeUndefined();
    expect(profileWelshAttestation(profile, other.id, other.attestation)).toBeUndefined();
    expect(profileWelshAttestation(profile, 'gone', stage.attestation)).toBeUndefined();
    // The label's Welsh is never the attestation's, nor the attestation's the label's.
    expect(profileWelshAttestation(profile, 'equality_review', stage.label)).toBeUndefined();
    expect(
      profileWelshName(profile, 'approvalChain', { id: stage.id, label: stage.attestation }),
    ).toBeUndefined();
    const blank = Profile.parse(input({ schemaVersion: 2, welsh: { [key]: '  ' } }));
    expect(profileWelshAttestation(blank, stage.id, stage.attestation)).toBeUndefined();
    // Read in Welsh, the profile gives it; without it, the English is listed as missing and untranslated.
    expect(profileInWelsh(profile).profile.approvalChain[0]?.attestation).toBe('Rwy’n cadarnhau');
    expect(missingProfileWelsh(profile).map((field) => field.key)).not.toContain(key);
    expect(missingProfileWelsh(profile).map((field) => field.key)).toContain(
      `approvalChain/${other.id}/attestation`,
    );
    expect(profileInWelsh(profile).untranslated).toContain(other.attestation);
  });

  it('lists the texts with English and no Welsh, but not blank English or the catalogue’s characteristics', () => {
    const profile = Profile.parse(input({ schemaVersion: 2, welsh }));
    const missing = missingProfileWelsh(profile).map((field) => field.key);
    expect(missing).not.toContain('organisation');
    expect(missing).not.toContain('audiences/children_young_people/label');
    expect(missing).toContain(`audiences/${profile.audiences.at(-1)?.id}/label`);
    expect(missing.some((key) => key.includes('haracteristics/'))).toBe(false);
    expect(missing).not.toContain('publishing/contact');
    const veterans = Profile.parse(
      input({
        extraCharacteristics: [
          { ...(cafcassProfile.extraCharacteristics[0] as object), id: 'veterans', label: 'Veterans' },
        ] as ProfileInput['extraCharacteristics'],
        characteristics: [
          { ...(cafcassProfile.extraCharacteristics[0] as object), id: 'shift_workers' },
        ] as ProfileInput['characteristics'],
      }),
    );
    expect(missingProfileWelsh(veterans).map((field) => field.key)).toEqual(
      expect.arrayContaining(['extraCharacteristics/veterans/label', 'characteristics/shift_workers/label']),
    );
    expect(missingProfileWelsh(defaultProfile).map((field) => field.key)).toContain('organisation');
  });

  it('keeps a profile without Welsh at version 1, reading and hashing as written', () => {
    const before = profileContentHash(cafcassProfile);
    expect(Profile.parse(structuredClone(cafcassProfile)).schemaVersion).toBe(1);
    expect(profileContentHash(Profile.parse(structuredClone(cafcassProfile)))).toBe(before);
    expect('welsh' in Profile.parse(structuredClone(cafcassProfile))).toBe(false);
  });

  it('refuses Welsh in a version 1 profile, and a key that names no text', () => {
    expect(() => parseProfile(input({ welsh }))).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: The profile is not valid:
        - schemaVersion: a profile with Welsh versions (welsh) is schemaVersion 2]
    `);
    expect(() =>
      parseProfile(input({ schemaVersion: 2, welsh: { 'audiences/children/description': 'Plant' } })),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: The profile is not valid:
        - welsh.audiences/children/description: name a text of the profile, as in organisation, publishing/contact or audiences/staff/label]
    `);
    expect(() =>
      parseProfile(input({ schemaVersion: 2, welsh: { 'audiences/staff/attestation': 'Staff' } })),
    ).toThrow(/name a text of the profile/);
    expect(() => parseProfile(input({ schemaVersion: 4 as 2 }))).toThrow();
  });
});
