import { englishFingerprint, type Profile, workedExample } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClientLanguage } from '../src/client/client-language.js';
import { createClient } from '../src/client/create-client.js';
import { englishHistory } from '../src/language/history.js';
import { profile, world } from './client-setup.js';
import { fullWalk } from './client-walk-steps.js';

// The audit log's summaries in the client's language: the same entries, worded in Welsh for a Welsh
// client, with nothing of the English summaries left.

/** English words of the summaries: each summary's words between its values, of two words or more. */
const englishPieces = Object.values(englishHistory)
  .flatMap((words) =>
    String(typeof words === 'function' ? words(new Proxy({}, { get: () => '{}' }) as never) : words).split(
      '{}',
    ),
  )
  .map((piece) => piece.replace(/[;:,()“”]/g, ' ').trim())
  .filter((piece) => /[a-z]{2,} [a-z]{2,}/.test(piece));

describe('history in Welsh', () => {
  it('words every entry of a whole walk in Welsh, the same entries as in English', async () => {
    const w = world();
    await fullWalk(w);
    const welsh = await createClient({ store: w.store, user: 'amara', locale: 'cy', clock: w.time.clock });
    const english = await w.as('amara');
    const inWelsh = await welsh.history(workedExample.id);
    const inEnglish = await english.history(workedExample.id);

    const withoutSummary = ({ summary: _, ...entry }: { summary: string }) => entry;
    expect(inWelsh.map(withoutSummary)).toEqual(inEnglish.map(withoutSummary));
    expect(new Set(inWelsh.map((entry) => entry.type)).size).toBeGreaterThan(8);
    for (const [index, { summary }] of inWelsh.entries()) {
      expect(summary).not.toBe(inEnglish[index]?.summary);
      expect(
        englishPieces.filter((piece) => summary.includes(piece)),
        summary,
      ).toEqual([]);
    }
    expect(inWelsh.find((entry) => entry.type === 'submit')?.summary).toBe(
      'wedi cyflwyno’r asesiad i’w adolygu; ei gyflwr bellach: yn cael ei adolygu yn y cam Equality lead review',
    );
  });

  it("names a stage by the profile's Welsh for it, where the profile has it, as a Welsh report does", async () => {
    const welshStages: Profile = {
      ...profile,
      schemaVersion: 2,
      welsh: {
        ...profile.welsh,
        'approvalChain/equality_review/label': 'Adolygiad yr arweinydd cydraddoldeb',
      },
    };
    const w = world({ profile: welshStages });
    await fullWalk(w);
    const welsh = await createClient({ store: w.store, user: 'amara', locale: 'cy', clock: w.time.clock });
    const entries = await welsh.history(workedExample.id);
    expect(entries.find((entry) => entry.type === 'submit')?.summary).toBe(
      'wedi cyflwyno’r asesiad i’w adolygu; ei gyflwr bellach: yn cael ei adolygu yn y cam Adolygiad yr arweinydd cydraddoldeb',
    );
    // The stage without Welsh keeps its English; an English reader reads the English.
    expect(entries.map((entry) => entry.summary).join('\n')).toContain('Senior sign-off');
    const english = await (await w.as('amara')).history(workedExample.id);
    expect(english.find((entry) => entry.type === 'submit')?.summary).toContain('Equality lead review');
  });

  it('finds the English pieces in English summaries (so that the check above can fail)', async () => {
    const w = world();
    await fullWalk(w);
    const summaries = (await (await w.as('amara')).history(workedExample.id)).map((entry) => entry.summary);
    expect(englishPieces.filter((piece) => summaries.join('\n').includes(piece))).toContain('it is now');
  });
});

describe('the title a Welsh history quotes at creation', () => {
  it('is the Welsh written for it, else the English as recorded', async () => {
    const language = createClientLanguage(['cy']);
    await language.ready(profile);
    const title = language.history(profile)?.title;
    const english = workedExample.policy.title;
    const written = { 'policy/title': 'Fideo yn ddiofyn' };
    expect(title?.({ ...workedExample, welsh: written })).toBe('Fideo yn ddiofyn');
    expect(
      title?.({ ...workedExample, welsh: written, welshOf: { 'policy/title': englishFingerprint(english) } }),
    ).toBe('Fideo yn ddiofyn');
    // Welsh written for another English, or none: the English, as the entry recorded it.
    expect(
      title?.({
        ...workedExample,
        welsh: written,
        welshOf: { 'policy/title': englishFingerprint('Another title') },
      }),
    ).toBe(english);
    expect(title?.(workedExample)).toBe(english);
  });
});
