// What authors write when a conclusion rests on something other than evidence. Matched loosely, the way
// a reviewer reads; the rules quote the words they saw, so an author can tell a false alarm at once.

/** Words saying the information is not held: never evidence of no impact. */
const notHeld = [
  /\bno (relevant |specific |local )?data\b/i,
  /\bnot aware of any\b/i,
  /\b(do|does|did) not (currently )?(collect|hold|record|have|capture) (any )?(data|information|evidence|monitoring)\b/i,
  /\b(don't|doesn't|didn't) (currently )?(collect|hold|record|have|capture) (any )?(data|information|evidence|monitoring)\b/i,
  /\bno (information|monitoring) (is |was )?(held|available|collected|recorded)\b/i,
  /\bno (known|reported) (issues?|impacts?|concerns?|problems?)\b/i,
  /\bno (complaints?|concerns?) (have|has) (been )?(received|raised|made)\b/i,
  /\bno (complaints?|concerns?) (were |was )?(received|raised)\b/i,
];

/** Words saying nothing was found: fair only when evidence was looked at. */
const nothingFound = [/\bno evidence\b/i, /\bnothing to (suggest|indicate)\b/i];

/** "At a later stage", "a future assessment"…: the assessment put off rather than done. */
const deferral = [
  /\bat (a|the) later (stage|date|phase)\b/i,
  /\blater stages?\b/i,
  /\b(future|further|separate|subsequent|detailed|full) (eqia|eia|equality (impact )?assessment|impact assessment)s?\b/i,
  /\bwill be (assessed|considered|explored|reviewed) (later|at a later|in (a )?future|when|once|as (the|this) )/i,
  /\bin due course\b/i,
  /\bonce (the )?(detail|details|design|proposals?) (is|are) (known|developed|agreed|finalised)\b/i,
  /\bwhen (more )?details? (is |are )?(known|available)\b/i,
  /\bto be assessed\b/i,
];

/** The earliest words in the text that any pattern matches. */
function firstMatch(patterns: readonly RegExp[], text: string): string | undefined {
  const matches = patterns
    .map((pattern) => pattern.exec(text))
    .filter((match): match is RegExpExecArray => match !== null);
  return matches.sort((a, b) => a.index - b.index)[0]?.[0];
}

/** The words saying a conclusion rests on information not held, or on nothing found when evidence is cited too. */
export function absenceOfEvidence(text: string, citesEvidence: boolean): string | undefined {
  return firstMatch(notHeld, text) ?? (citesEvidence ? undefined : firstMatch(nothingFound, text));
}

/** The words putting the assessment off to later. */
export const deferredAssessment = (text: string): string | undefined => firstMatch(deferral, text);
