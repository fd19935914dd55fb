import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultProfile,
  EvidenceItem,
  hasRightToLeft,
  Publication,
  parseProfile,
  showInvisible,
  withoutBidiControls,
} from '../src/index.js';

const evidence = (url: string) =>
  EvidenceItem.safeParse({ id: 'ev-1', kind: 'data', title: 'Caseload', url });
const published = (location: string) =>
  Publication.safeParse({ publishedAt: '2026-03-20T12:00:00Z', publishedBy: 'julie', location });

describe('links a report may show are http, https or mailto only', () => {
  it('accepts web and e-mail addresses, and no address', () => {
    for (const url of ['', 'https://www.example.org/a', 'http://x.test/?q=1', 'mailto:equality@example.org'])
      expect(evidence(url).success).toBe(true);
  });

  it('refuses any other scheme with a message that says what to use', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'www.example.org',
    ]) {
      const result = evidence(url);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/https:\/\/, http:\/\/ or mailto:/);
    }
  });

  it('a publication location may be a name, but not a link of another kind', () => {
    expect(published('Committee papers: Cabinet, 3 March 2026').success).toBe(true);
    expect(published('https://www.example.org/eqia/1').success).toBe(true);
    expect(published('javascript:alert(1)').success).toBe(false);
    expect(published('vbscript:msgbox').success).toBe(false);
  });

  it('the profile keeps its contact, other formats and accessibility statement, and checks their links', () => {
    const profile = parseProfile({
      ...defaultProfile,
      publishing: {
        contact: 'Equality team, 0300 123 4567',
        contactLink: 'mailto:equality@example.org',
        alternativeFormats: 'Ask for large print, easy read or Welsh.',
        accessibilityStatement: 'https://www.example.org/accessibility',
      },
    });
    expect(profile.publishing.contactLink).toBe('mailto:equality@example.org');
    expect(() =>
      parseProfile({ ...defaultProfile, publishing: { accessibilityStatement: 'javascript:x' } }),
    ).toThrow(/publishing\.accessibilityStatement: use an address starting https:\/\//);
    expect(parseProfile({ ...defaultProfile, publishing: undefined }).publishing.contact).toBe('');
  });
});

describe('invisible characters', () => {
  it('shows bidi overrides and control characters, keeping line feeds and tabs', () => {
    expect(showInvisible('Invoice \u202Egnp.exe')).toBe('Invoice ⟨U+202E⟩gnp.exe');
    expect(showInvisible('a\u001b[31mred\u0007\n\tb')).toBe('a⟨U+001B⟩[31mred⟨U+0007⟩\n\tb');
    expect(showInvisible('a\r\nb', '\r\n')).toBe('a\r\nb');
  });

  it('never leaves one in place', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(showInvisible(text)).not.toMatch(
          // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
          /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/,
        );
        expect(withoutBidiControls(text)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      }),
      { numRuns: 50 },
    );
  });

  it('tells right-to-left text from left-to-right', () => {
    expect(hasRightToLeft('مرحبا')).toBe(true);
    expect(hasRightToLeft('שלום')).toBe(true);
    expect(hasRightToLeft('Hello, ŵ ŷ – world')).toBe(false);
  });
});
