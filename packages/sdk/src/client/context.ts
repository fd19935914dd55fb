import {
  type Actor,
  createLifecycle,
  ForbiddenError,
  type Lifecycle,
  type Locale,
  NotFoundError,
  type Profile,
  parseProfile,
  profileFingerprint,
  type Sha256,
  type Signer,
  sha256Hex,
  type User,
  ValidationError,
} from '@eqia/core';
import type { ClientErrorWords } from '../language/errors.js';
import { storedTold } from '../language/stored-errors.js';
import { type EventSigner, ed25519Verifier, type SignatureVerifier } from '../signing/ed25519.js';
import type { AssessmentStore, StoredProfile } from '../store/port.js';
import { storedInvalid } from '../store/store-errors.js';
import { loadChecks, loadedChecks } from './checks-on-demand.js';
import { type ClientLanguage, createClientLanguage } from './client-language.js';
import type { ChangeListener, ClientOptions } from './types.js';

/**
 * Everything a client's commands and queries share: the store, who is acting, the clock, ids, and two
 * lifecycles — `live` guards new events with the due-regard checks of the profile, `replay` folds a log
 * that was accepted earlier (findings are not re-judged, exactly as core's replay does).
 */
export interface ClientContext {
  store: AssessmentStore;
  userId: string;
  clock: () => Date;
  newId: () => string;
  /** Whether new assessments take readable ids from their titles (unless the caller supplied `newId`). */
  idsFromTitles: boolean;
  listeners: Set<ChangeListener>;
  /** Signs sign-offs for the acting user, when the host has a key for them. */
  signer: EventSigner | undefined;
  verifier: SignatureVerifier;
  /** Links and verifies the log's hash chain (ClientOptions.sha256). */
  sha256: Sha256;
  /** The profile the client acts under now: re-read from the store before each query unless pinned. */
  profile(): Promise<Profile>;
  /** The last profile seen, for synchronous callers (`client.profile`). */
  knownProfile(): Profile;
  /** The last profile seen with the store's version of it. */
  knownStoredProfile(): ProfileSeen;
  /**
   * The profile a command is judged under without a round trip: the last one seen, with the store's
   * version of it, which the append checks (read first when this client has just written the profile).
   */
  heldProfile(): Promise<ProfileSeen>;
  /** After this client wrote the profile: held without a version, so the next command reads it first. */
  setProfile(profile: Profile): void;
  /** `fingerprint`: the profile's (`profileFingerprint`), when the caller has it already. */
  lifecycle(profile: Profile, fingerprint?: string): Lifecycle;
  replay: Lifecycle;
  /** The language findings (and messages) are worded in for the user: `client.locale`'s. */
  language: ClientLanguage;
}

/** A profile as the client last saw it, with the store's version of it (none when pinned). */
export interface ProfileSeen {
  profile: Profile;
  version?: string;
  /** Its `profileFingerprint`, worked out when first read and once for each version of the store's. */
  readonly fingerprint: string;
}

/**
 * Makes the profiles a client sees, each with its fingerprint worked out when first asked for (it
 * serialises the whole profile, garbage on every save), and once for each version of the store's
 * profile (the version names its content, so the same version has the same fingerprint).
 */
function profilesSeen(): (profile: Profile, version?: string) => ProfileSeen {
  let fingerprinted: { version: string; fingerprint: string } | undefined;
  return (profile, version) => {
    let fingerprint: string | undefined;
    return {
      profile,
      version,
      get fingerprint() {
        if (fingerprint !== undefined) return fingerprint;
        if (version === undefined) fingerprint = profileFingerprint(profile);
        else {
          if (fingerprinted?.version !== version)
            fingerprinted = { version, fingerprint: profileFingerprint(profile) };
          fingerprint = fingerprinted.fingerprint;
        }
        return fingerprint;
      },
    };
  };
}

/** `locales`: the client's, checked (`checkGivenLocale`); `options.locale` is not read again. */
export async function createContext(
  options: ClientOptions,
  newId: () => string,
  locales: readonly Locale[] | undefined,
): Promise<ClientContext> {
  const { store } = options;
  const pinned = options.profile && withNewerFields(options.profile);
  // The version of the profile last checked: each content is checked once, since the profile is read
  // before every query and checking it whole costs several times what reading it does.
  let checkedVersion: string | undefined;
  const seen = profilesSeen();
  const fromStore = ({ profile, version }: StoredProfile): ProfileSeen => {
    if (version !== checkedVersion) checkStoredProfile(store, profile);
    checkedVersion = version;
    return seen(withNewerFields(profile), version);
  };
  let current: ProfileSeen = pinned ? seen(pinned) : fromStore(await readStoreProfile(store));
  const language = createClientLanguage(locales);
  await Promise.all([language.ready(current.profile), loadChecks()]);
  // The lifecycle binds the profile's checks and builds its machines, too dear for every command: kept for
  // the last profile seen, by its fingerprint (its content, as digests judge it the same) and the
  // language its findings are worded in.
  let latest: { key: string; lifecycle: Lifecycle } | undefined;
  return {
    store,
    userId: options.user,
    clock: options.clock ?? (() => new Date()),
    newId,
    idsFromTitles: !options.newId,
    listeners: new Set(),
    signer: options.signer,
    verifier: options.verifier ?? ed25519Verifier,
    sha256: options.sha256 ?? sha256Hex,
    // Through `this.store`: a call's own context (call-scope.ts) reads it with the call's signal.
    async profile(this: ClientContext) {
      if (!pinned) current = fromStore(await readStoreProfile(this.store));
      // A profile whose default language changed to Welsh: its words are loaded before they are needed.
      await language.ready(current.profile);
      return current.profile;
    },
    knownProfile: () => current.profile,
    knownStoredProfile: () => current,
    async heldProfile(this: ClientContext) {
      if (!pinned && current.version === undefined) await this.profile();
      return current;
    },
    setProfile(profile) {
      current = seen(profile);
    },
    lifecycle(profile, fingerprint = profileFingerprint(profile)) {
      // Findings that block a command are worded for the user, so the language is part of the key.
      const words = language.checks(profile);
      const key = `${words.locale}:${fingerprint}`;
      if (latest?.key !== key) {
        const bound = structuredClone(profile);
        latest = {
          key,
          lifecycle: createLifecycle({
            check: (assessment, at) => loadedChecks().check(assessment, bound, { now: at, language: words }),
          }),
        };
      }
      return latest.lifecycle;
    },
    replay: createLifecycle(),
    language,
  };
}

/** The profile as stored, not yet checked. */
async function readStoreProfile(store: AssessmentStore): Promise<StoredProfile> {
  const profile = await store.readStoredProfile();
  if (!profile) {
    const { message, options } = storedTold('noProfile', { location: store.location });
    throw new NotFoundError(message, options);
  }
  return profile;
}

/**
 * A profile written before signing keys and the change log existed, read as one with none yet (stores
 * hand the profile back as they keep it, without parsing it).
 */
function withNewerFields(profile: Profile): Profile {
  return {
    ...profile,
    keys: profile.keys ?? [],
    signing: profile.signing ?? 'optional',
    changes: profile.changes ?? [],
  };
}

/**
 * A profile read from a store must be whole: a damaged or hand-edited one is refused by name rather than
 * failing somewhere further on. It is only checked, never rewritten: the stored profile is handed on as
 * it is.
 */
function checkStoredProfile(store: AssessmentStore, profile: Profile): void {
  try {
    parseProfile(profile);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw storedInvalid(store.location, error);
  }
}

/**
 * The acting user as the profile knows them now; anyone else may do nothing at all, told in the words
 * of the client's language (`context.language.errors(profile)`).
 */
export function userIn(profile: Profile, userId: string, words: ClientErrorWords): User {
  const user = profile.users.find((candidate) => candidate.id === userId);
  if (user) return user;
  const known = profile.users.map((candidate) => candidate.id).join(', ') || words.noUsers;
  throw new ForbiddenError(words.notAUser({ user: userId, profile: profile.name, known }));
}

/** The user calling through this context, refused in the client's language when the profile does not know them. */
export const callingUser = (context: ClientContext, profile: Profile): User =>
  userIn(profile, context.userId, context.language.errors(profile));

/** Who acts, with the roles they hold now: roles travel on the event so replay never consults the profile. */
export const actorOf = (user: User): Actor => ({ id: user.id, roles: [...user.roles] });

/** Who signs, as the profile names them now: a sign-off keeps this after they are renamed or leave. */
export const signerOf = (user: User): Signer => ({ name: user.name, jobTitle: user.jobTitle });

/** The instant a command happens, as events record it. */
export const nowIso = (context: ClientContext): string => context.clock().toISOString();
