import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { ID_MAX_LENGTH, idPattern, idRuleMessage } from '../id-rule.js';
import { englishSchemaWords as says } from '../labels/schema-words.js';

// zod/mini (tree-shakable, so a browser page loads only the validators used) sets no locale of its own:
// its messages would be a bare "Invalid input". English, set here, where every schema starts from,
// unless the app has chosen a locale (as zod's classic API does).
if (!z.config().localeError) z.config(en());

/** Identifiers of records (assessments, impacts, actions, evidence…): short, URL- and file-name-safe. */
export const Id = z
  .string()
  .check(z.minLength(1), z.maxLength(ID_MAX_LENGTH), z.regex(idPattern, idRuleMessage));

/** Characteristic, audience, stakeholder and stage ids are lower-case slugs so profiles can add their own. */
export const Slug = z
  .string()
  .check(z.minLength(1), z.maxLength(60), z.regex(/^[a-z][a-z0-9_]*$/, says.slug));

export const CharacteristicId = Slug;
export const AudienceId = Slug;
export const UserId = z.string().check(z.minLength(1), z.maxLength(100));

/** A calendar date, YYYY-MM-DD: decisions, reviews and due dates are days, not instants. */
/**
 * Who signed, as they were when they signed: a sign-off keeps naming them so after they are renamed,
 * change job or leave. Records written before signers were kept have none; readers fall back to the
 * profile.
 */
export const Signer = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  jobTitle: z._default(z.string().check(z.maxLength(200)), ''),
});

export const IsoDate = z.iso.date();
/**
 * A year, a month or a day (2021, 2021-03, 2021-03-31): published evidence is often dated no more
 * precisely than that, and a made-up day would be a false record.
 */
export const PartialDate = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, says.partialDate),
  z.refine((value) => value.length < 10 || IsoDate.safeParse(value).success, says.noSuchDay),
);
/** An instant with its offset: when an event, approval or comment happened. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** The schemes a report may link to: web pages and e-mail. Anything else (javascript:, data:, file:…) is refused. */
const linkable = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;
/** A scheme-like prefix with no space after the colon: "javascript:alert(1)", but not "Intranet: equality page". */
const schemePrefix = /^[a-z][a-z0-9+.-]*:(?!\s)/i;

/** A link a report shows as a link: http, https or mailto only. */
export const Link = z.string().check(z.trim(), z.maxLength(2000), z.regex(linkable, says.link));

/** A link, or empty. */
export const OptionalLink = z.union([z.literal(''), Link]);

/** Text that may be a link: a link must be http, https or mailto; anything else is text and never linked. */
export const LinkOrText = z.string().check(
  z.trim(),
  z.maxLength(2000),
  z.refine((text) => !schemePrefix.test(text) || linkable.test(text), says.link),
);

/**
 * A role or job as the record names it (a team member's, the decision maker's): a text field, so a body
 * publishing in Welsh gives it a Welsh version too. People's names are not translated.
 */
export const RoleName = z.string().check(z.maxLength(200));

/** Free text an author writes. Empty while drafting; the due-regard checks say when it must be filled. */
export const Prose = z.string().check(z.maxLength(20_000));

/** `mixed`: positive for some people who share the characteristic, negative for others. */
export const ImpactDirection = z.enum(['positive', 'negative', 'neutral', 'unknown', 'mixed']);
export const Severity = z.enum(['low', 'medium', 'high']);

/** The three aims of the general duty, Equality Act 2010 s.149(1)(a)–(c). */
export const Aim = z.enum(['eliminateDiscrimination', 'advanceEquality', 'fosterGoodRelations']);

export type Id = z.infer<typeof Id>;
export type Slug = z.infer<typeof Slug>;
export type CharacteristicId = z.infer<typeof CharacteristicId>;
export type AudienceId = z.infer<typeof AudienceId>;
export type UserId = z.infer<typeof UserId>;
export type Signer = z.infer<typeof Signer>;
export type IsoDate = z.infer<typeof IsoDate>;
export type IsoDateTime = z.infer<typeof IsoDateTime>;
export type PartialDate = z.infer<typeof PartialDate>;
export type ImpactDirection = z.infer<typeof ImpactDirection>;
export type Severity = z.infer<typeof Severity>;
export type Aim = z.infer<typeof Aim>;
