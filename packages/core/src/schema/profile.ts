import * as z from 'zod/mini';
import { locales } from '../labels/locale.js';
import { said, englishSchemaWords as says } from '../labels/schema-words.js';
import { Aim, CharacteristicId, Id, IsoDate, IsoDateTime, OptionalLink, Slug, UserId } from './common.js';
import { EnglishFingerprint } from './welsh.js';

/** What a user may do. An approval stage names the role its approvers must hold. */
export const Role = z.enum(['author', 'contributor', 'equality_lead', 'approver', 'admin', 'viewer']);

export const CensusCategory = z.object({
  id: Slug,
  label: z.string().check(z.minLength(1)),
  /** The broader group this category rolls up into (ethnic group: 19 categories into 5 groups). */
  group: z.optional(Slug),
});

export const CensusCategorySet = z.object({
  id: Slug,
  label: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
  groups: z._default(z.array(z.object({ id: Slug, label: z.string().check(z.minLength(1)) })), []),
  categories: z.array(CensusCategory).check(z.minLength(1)),
});

/** A characteristic an assessment considers: the nine protected ones, or a profile extra. */
export const CharacteristicDefinition = z.object({
  id: CharacteristicId,
  label: z.string().check(z.minLength(1), z.maxLength(120)),
  /** Protected under the Equality Act 2010 (the nine), or an extra the organisation chooses to consider. */
  protected: z.boolean(),
  legalBasis: z.string().check(z.minLength(1)),
  /** Which aims of s.149(1) apply: marriage and civil partnership is aim (a) only. */
  aims: z.array(Aim).check(z.minLength(1)),
  note: z._default(z.string(), ''),
  prompts: z._default(z.array(z.string().check(z.minLength(1))), []),
  census: z._default(z.array(CensusCategorySet), []),
});

export const Audience = z.object({
  id: Slug,
  label: z.string().check(z.minLength(1), z.maxLength(120)),
  description: z._default(z.string(), ''),
});

/** A group the organisation engages with, and the characteristics it speaks for. */
/** How a stakeholder group engages with the organisation, for the annual report's engagement section. */
export const StakeholderKind = z.enum(['staff_network', 'board', 'forum', 'other']);

export const Stakeholder = z.object({
  id: Slug,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  description: z._default(z.string(), ''),
  characteristics: z._default(z.array(CharacteristicId), []),
  /** Left out: reported as `other`. */
  kind: z.optional(StakeholderKind),
});

export const User = z.object({
  id: UserId,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  jobTitle: z._default(z.string(), ''),
  roles: z.array(Role).check(z.minLength(1, says.userRoles)),
});

/**
 * A user's public signing key (Ed25519, hex). Keys are never deleted: a key is revoked from a moment on,
 * so signatures made before still check against the key that was valid when they were made.
 */
export const SigningKey = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  user: UserId,
  algorithm: z._default(z.literal('Ed25519'), 'Ed25519'),
  publicKey: z.string().check(z.regex(/^[0-9a-f]{64}$/, says.publicKey)),
  validFrom: IsoDateTime,
  validUntil: z.optional(IsoDateTime),
  revokedAt: z.optional(IsoDateTime),
  revokedBy: z.optional(UserId),
  revocationReason: z.optional(z.string().check(z.maxLength(2000))),
  /**
   * A key that came with imported assessments (another store's signer): it checks those assessments'
   * sign-offs only, and signs nothing here.
   */
  importedWith: z.optional(z.array(Id).check(z.minLength(1))),
});

/**
 * One change of the profile, chained like an assessment's log (audit/profile-log.ts): who changed it,
 * when, the fields changed, and the hash of the profile's content after the change.
 */
export const ProfileChange = z.object({
  seq: z.number().check(z.int(), z.minimum(1)),
  event: z.object({
    type: z.literal('profileChange'),
    by: z.object({ id: UserId, roles: z.array(Role) }),
    at: IsoDateTime,
    changed: z.array(z.string()),
    content: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
  prevHash: z.string(),
  hash: z.string(),
});

export const ApprovalStage = z.object({
  id: Slug,
  label: z.string().check(z.minLength(1), z.maxLength(120)),
  role: Role,
  /** A senior stage: the one that may authorise a screening-out. */
  senior: z._default(z.boolean(), false),
  attestation: z.string().check(z.minLength(1)),
});

/** The nation whose equality law an assessment answers to: it sets the characteristics and aims asked. */
export const Jurisdiction = z.enum(['england', 'wales', 'scotland', 'northern_ireland']);
/**
 * What every published report tells its reader about the organisation: how to ask about it, how to get
 * it in another format, and where the accessibility statement is (the Public Sector Bodies Accessibility
 * Regulations 2018 ask for one).
 */
export const PublishingDetails = z.object({
  /** Who to contact about an assessment, and how: "Equality team, 0300 123 4567". */
  contact: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
  /** A link for that contact: a mailto: address or a contact page. */
  contactLink: z._default(OptionalLink, ''),
  /** The offer of other formats: "Ask for this in large print, easy read, Braille, audio or Welsh." */
  alternativeFormats: z._default(z.string().check(z.trim(), z.maxLength(1000)), ''),
  /** The address of the organisation's accessibility statement. */
  accessibilityStatement: z._default(OptionalLink, ''),
});

export const Locale = z.enum(locales, { error: says.locale });

/**
 * The languages an organisation publishes in, in the order a bilingual document puts them (a Welsh body
 * puts Welsh first), and the one it works in by default. A profile without them publishes in English.
 */
export const PublishingLanguages = z
  .object({
    publishes: z.readonly(z.array(Locale).check(z.minLength(1, says.publishesOne))),
    default: Locale,
  })
  .check(
    z.refine((languages) => languages.publishes.includes(languages.default), {
      path: ['default'],
      message: says.defaultPublished,
    }),
    z.refine((languages) => new Set(languages.publishes).size === languages.publishes.length, {
      path: ['publishes'],
      message: says.languagesOnce,
    }),
  );

export const RuleSeverityOverride = z.enum(['error', 'warning', 'info', 'off']);

/**
 * 2 added `welsh`: a profile without it stays 1 and reads and hashes as written; one with it is 2, so an
 * eqia from before refuses it instead of dropping its Welsh. 3 added `welshOf` the same way: only a
 * profile holding it is 3 (eqia makes it so when it records one), every other stays as written.
 */
export const PROFILE_SCHEMA_VERSION = 3;

/**
 * Where the Welsh of a text of the profile is kept: the field's path, list items by id, as in
 * `organisation`, `publishing/contact`, `audiences/staff/label` or `approvalChain/senior/attestation`
 * (see bilingual/profile-text.ts). A key added later needs no new version: an eqia from before refuses
 * it (this pattern) rather than dropping it.
 */
export const ProfileTextKey = z
  .string()
  .check(
    z.regex(
      /^(organisation|publishing\/(contact|alternativeFormats)|(audiences|approvalChain|characteristics|extraCharacteristics)\/[^/]+\/label|approvalChain\/[^/]+\/attestation|stakeholders\/[^/]+\/(name|description))$/,
      says.profileTextKey,
    ),
  );

/** The Welsh of the profile's texts that reports print, by text key: apart from the fields, as an assessment's. */
export const ProfileWelsh = z.record(ProfileTextKey, z.string().check(z.trim(), z.maxLength(1000)));

/**
 * For each Welsh text of the profile, the fingerprint of the English it was written for
 * (`englishFingerprint`), recorded by eqia when the profile changes (bilingual/profile-sources.ts), so a
 * later change of the English shows the Welsh is out of date, as an assessment's `welshOf` does.
 */
export const ProfileWelshSources = z.record(ProfileTextKey, EnglishFingerprint);

/** An organisation's settings: what it considers, who it engages, who approves, how often it reviews. */
export const Profile = z
  .object({
    schemaVersion: z.union([z.literal(1), z.literal(2), z.literal(PROFILE_SCHEMA_VERSION)]),
    id: Slug,
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    organisation: z.string().check(z.minLength(1), z.maxLength(200)),
    jurisdiction: z._default(Jurisdiction, 'england'),
    /** Replaces the jurisdiction's characteristics (rather than adding to them), when given. */
    characteristics: z.optional(z.array(CharacteristicDefinition).check(z.minLength(1))),
    extraCharacteristics: z._default(z.array(CharacteristicDefinition), []),
    audiences: z.array(Audience).check(z.minLength(1)),
    stakeholders: z._default(z.array(Stakeholder), []),
    users: z._default(z.array(User), []),
    approvalChain: z.array(ApprovalStage).check(z.minLength(1, says.approvalChain)),
    reviewIntervalMonths: z.number().check(z.int(), z.minimum(1), z.maximum(60)),
    evidenceFreshnessMonths: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(240)), 36),
    /** Counts below this are suppressed in published statistics (statistical disclosure control). */
    smallCountThreshold: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(100)), 5),
    ruleOverrides: z._default(z.record(z.string(), RuleSeverityOverride), {}),
    /** Public keys that sign sign-offs (approvals, publications, reaffirmations). */
    keys: z._default(z.array(SigningKey), []),
    /**
     * `required`: every sign-off must be signed. `optional`: only users who have registered a key must
     * sign (so nobody can sign off as them without it); others may sign off unsigned.
     */
    signing: z._default(z.enum(['optional', 'required']), 'optional'),
    /** Every change made through eqia since profiles kept one, oldest first: see ProfileChange. */
    changes: z._default(z.array(ProfileChange), []),
    publishing: z.prefault(PublishingDetails, {}),
    /** Optional, not defaulted, so that a profile written before it reads and hashes as it did. */
    languages: z.optional(PublishingLanguages),
    /** Optional, as `languages` is: the Welsh of the profile's texts (version 2). */
    welsh: z.optional(ProfileWelsh),
    /** Optional too: the English each Welsh text was written for (version 3). */
    welshOf: z.optional(ProfileWelshSources),
    updatedAt: z.optional(IsoDate),
  })
  .check(
    z.superRefine((profile, ctx) => {
      if (profile.welsh !== undefined && profile.schemaVersion < 2) {
        ctx.addIssue({ code: 'custom', path: ['schemaVersion'], message: says.profileWelshVersion });
      }
      if (profile.welshOf !== undefined && profile.schemaVersion < PROFILE_SCHEMA_VERSION) {
        ctx.addIssue({ code: 'custom', path: ['schemaVersion'], message: says.profileWelshOfVersion });
      }
      if (!profile.approvalChain.some((stage) => stage.senior)) {
        ctx.addIssue({
          code: 'custom',
          path: ['approvalChain'],
          message: says.seniorStage,
        });
      }
      const unique = (ids: string[], path: string) => {
        const seen = new Set<string>();
        for (const id of ids) {
          if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path], ...said('duplicateId', { id }) });
          seen.add(id);
        }
      };
      unique(
        profile.approvalChain.map((s) => s.id),
        'approvalChain',
      );
      unique(
        profile.audiences.map((a) => a.id),
        'audiences',
      );
      unique(
        profile.users.map((u) => u.id),
        'users',
      );
      unique(
        profile.extraCharacteristics.map((c) => c.id),
        'extraCharacteristics',
      );
      unique(
        (profile.characteristics ?? []).map((c) => c.id),
        'characteristics',
      );
      unique(
        profile.keys.map((k) => k.id),
        'keys',
      );
    }),
  );

export type Role = z.infer<typeof Role>;
export type CensusCategory = z.infer<typeof CensusCategory>;
export type CensusCategorySet = z.infer<typeof CensusCategorySet>;
export type CharacteristicDefinition = z.infer<typeof CharacteristicDefinition>;
export type Audience = z.infer<typeof Audience>;
export type StakeholderKind = z.infer<typeof StakeholderKind>;
export type Stakeholder = z.infer<typeof Stakeholder>;
export type User = z.infer<typeof User>;
export type ApprovalStage = z.infer<typeof ApprovalStage>;
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type SigningKey = z.infer<typeof SigningKey>;
export type ProfileChange = z.infer<typeof ProfileChange>;
export type PublishingDetails = z.infer<typeof PublishingDetails>;
export type PublishingLanguages = z.infer<typeof PublishingLanguages>;
export type RuleSeverityOverride = z.infer<typeof RuleSeverityOverride>;
export type Profile = z.infer<typeof Profile>;
export type ProfileTextKey = z.infer<typeof ProfileTextKey>;
export type ProfileWelsh = z.infer<typeof ProfileWelsh>;
export type ProfileWelshSources = z.infer<typeof ProfileWelshSources>;
/** What a caller writes: defaults may be left out. */
export type ProfileInput = z.input<typeof Profile>;
