import { lifecycleStates, outcomeKinds, Role, SectionId } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { helpWelsh } from '../src/messages/help.cy.js';
import { helpEnglish } from '../src/messages/help.en.js';
import { documentCommandsHelpWelsh } from '../src/messages/help-documents.cy.js';
import { documentCommandsHelpEnglish } from '../src/messages/help-documents.en.js';
import { wrapHelp } from '../src/output/wrap.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** What the commands fill their help with (the lists of values, the report's overdue actions). */
const shown = {
  sections: SectionId.options.join(', '),
  states: lifecycleStates.join(', '),
  outcomes: outcomeKinds.join(', '),
  roles: Role.options.join(', '),
  listed: 50,
};

/** Every help text of a language: each command's with the global options, as `eqia <command> --help`. */
const helpOf = (help: typeof helpEnglish, documents: typeof documentCommandsHelpEnglish) =>
  Object.entries({ ...help.help.commands, ...documents }).map(([command, text]) => {
    const filled = typeof text === 'function' ? (text as (values: typeof shown) => string)(shown) : text;
    return [command, `${filled}\n\n${help.help.global}`] as const;
  });

describe('help in a terminal 80 columns wide (written for a wider one)', () => {
  for (const [language, texts] of [
    ['English', helpOf(helpEnglish, documentCommandsHelpEnglish)],
    ['Welsh', helpOf(helpWelsh, documentCommandsHelpWelsh)],
  ] as const)
    it(`fits it, every word whole and in its place (${language})`, () => {
      expect(texts.length).toBeGreaterThan(20);
      for (const [command, text] of texts) {
        const wrapped = wrapHelp(text, 80);
        expect(words(wrapped), command).toEqual(words(text));
        for (const line of wrapped.split('\n')) expect([...line].length, command).toBeLessThan(80);
      }
    });

  for (const [language, texts] of [
    ['English', helpOf(helpEnglish, documentCommandsHelpEnglish)],
    ['Welsh', helpOf(helpWelsh, documentCommandsHelpWelsh)],
  ] as const)
    it(`writes each usage line to fit it, so that piped help shows it whole too (${language})`, () => {
      for (const [command, text] of texts) {
        const usage = text.split('\n\n')[0] as string;
        expect(usage, command).toMatch(/^(Usage|Defnydd): eqia /);
        for (const line of usage.split('\n'))
          expect([...line].length, `${command}: ${line}`).toBeLessThan(80);
      }
    });

  for (const [language, texts] of [
    ['English', helpOf(helpEnglish, documentCommandsHelpEnglish)],
    ['Welsh', helpOf(helpWelsh, documentCommandsHelpWelsh)],
  ] as const)
    it(`breaks no paragraph after a colon, which a terminal would show as a heading (${language})`, () => {
      for (const [command, text] of texts) {
        const lines = text.split('\n');
        const afterColon = lines.filter(
          (line, index) =>
            line.endsWith(':') && !line.startsWith(' ') && /^[a-z(`]/.test(lines[index + 1] ?? ''),
        );
        expect(afterColon, command).toEqual([]);
      }
    });

  it("joins a row's and a paragraph's broken lines, then wraps a row under what it does", () => {
    const help = `Usage: eqia export <id> --format <html|md> [--lang <langs>] [--out <file> [--force]]

Write an assessment as a document to publish, in the language
the profile publishes in.
Filters:
  --lang <langs>  the language of the document: en (English), cy (Cymraeg), or both as
                  cy,en or en,cy (one document, the first language first)
  --out <file>    write to this file`;
    expect(wrapHelp(help, 60)).toMatchInlineSnapshot(`
      "Usage: eqia export <id> --format <html|md> [--lang <langs>]
               [--out <file> [--force]]

      Write an assessment as a document to publish, in the
      language the profile publishes in.
      Filters:
        --lang <langs>  the language of the document: en
                        (English), cy (Cymraeg), or both as cy,en
                        or en,cy (one document, the first
                        language first)
        --out <file>    write to this file"
    `);
    // Piped (no terminal, so no width), at the width help is written for: the same lines joined again.
    expect(wrapHelp(help, undefined)).toMatchInlineSnapshot(`
      "Usage: eqia export <id> --format <html|md> [--lang <langs>] [--out <file> [--force]]

      Write an assessment as a document to publish, in the language the profile publishes in.
      Filters:
        --lang <langs>  the language of the document: en (English), cy (Cymraeg), or both as cy,en or
                        en,cy (one document, the first language first)
        --out <file>    write to this file"
    `);
  });

  it('breaks a usage line between options, never inside brackets or between an option and its value', () => {
    const help = `Usage: eqia action <id> <action-id> --status <open|in_progress|done|dropped> [--note <text>]
       eqia insight --population <file.csv> --baseline <file.csv> --set <census set> --period <text>

  --note <text>  what was done`;
    expect(wrapHelp(help, 50)).toMatchInlineSnapshot(`
      "Usage: eqia action <id> <action-id>
               --status <open|in_progress|done|dropped>
               [--note <text>]
             eqia insight --population <file.csv>
               --baseline <file.csv> --set <census set>
               --period <text>

        --note <text>  what was done"
    `);
  });
});
