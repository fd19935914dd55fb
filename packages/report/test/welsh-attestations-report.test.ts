import { cafcassProfile, englishFingerprint, type Profile } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import {
  buildAnnualReport,
  buildBoardReport,
  english,
  renderAnnualReportMarkdown,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
  renderBoardReportHtml,
} from '../src/index.js';
import { annualInput } from './fixtures/annual.js';
import { publishedInput } from './fixtures/worked-example.js';

// What each stage's signer attested, in a Welsh report: the profile's Welsh of it where written and the
// profile's stage still attests the English that was signed, else the English, marked as English.

const [review, senior] = cafcassProfile.approvalChain;
const reviewWelsh = 'Rwyf wedi adolygu’r asesiad hwn, ac rwy’n fodlon ei fod yn dangos sylw dyledus.';
const withWelsh = (text: Readonly<Record<string, string>>): Profile => ({
  ...structuredClone(cafcassProfile),
  schemaVersion: 2,
  welsh: { ...text },
});
const span = (text: string) => `<span lang="en-GB">${text}</span>`;

describe('attestations in a Welsh report', () => {
  const profile = withWelsh({ [`approvalChain/${review!.id}/attestation`]: reviewWelsh });
  const html = renderAssessmentHtml({ ...publishedInput, profile }, [welsh]);

  it('quotes the Welsh of a stage’s attestation, and not its English', () => {
    expect(html).toContain(reviewWelsh);
    expect(html).not.toContain(review!.attestation);
  });

  it('marks a stage’s attestation with no Welsh as English, where it is quoted', () => {
    expect(html).toContain(senior!.attestation);
    expect(html).not.toMatch(new RegExp(`[^>]${senior!.attestation.slice(0, 30)}`));
    expect(renderAssessmentMarkdown({ ...publishedInput, profile }, [welsh])).toContain(
      span(senior!.attestation),
    );
  });

  it('marks an attestation quoted in English as English, and not the signer beneath it', () => {
    expect(html).toContain(`<blockquote><p lang="en-GB">${senior!.attestation}`);
    expect(html).toContain(`<blockquote><p>${reviewWelsh}`);
    const markdown = renderAssessmentMarkdown({ ...publishedInput, profile }, [welsh]);
    const quoted = markdown.slice(markdown.indexOf(`> <div lang="en-GB">\n>\n> ${senior!.attestation}`));
    expect(quoted.split('\n').slice(3, 6)).toEqual(['>', '> </div>', '>']);
    expect(quoted.split('\n')[6]).toMatch(/^> — /);
  });

  it('keeps the English signed where the profile’s stage now attests other English, marked', () => {
    const reworded: Profile = {
      ...profile,
      approvalChain: profile.approvalChain.map((stage) =>
        stage.id === review!.id ? { ...stage, attestation: 'I have checked it.' } : stage,
      ),
    };
    const page = renderAssessmentMarkdown({ ...publishedInput, profile: reworded }, [welsh]);
    expect(page).not.toContain(reviewWelsh);
    expect(page).toContain(span(review!.attestation));
  });

  it('gives the English version of a bilingual report its English attestation, unmarked', () => {
    const both = renderAssessmentHtml({ ...publishedInput, profile }, [welsh, english]);
    const englishAt = both.indexOf('<article lang="en-GB">');
    expect(both.indexOf(reviewWelsh)).toBeLessThan(englishAt);
    expect(both.indexOf(review!.attestation, englishAt)).toBeGreaterThan(englishAt);
    expect(renderAssessmentHtml({ ...publishedInput, profile }, [english])).not.toContain(reviewWelsh);
  });
});

describe('the profile’s Welsh out of date in a Welsh report', () => {
  const note = welsh.words.assessment.staleWelsh;
  // Fingerprints of English other than the profile's own now: its Welsh was written for older English.
  const profile: Profile = {
    ...withWelsh({ organisation: 'Cafcass Cymru', [`approvalChain/${review!.id}/attestation`]: reviewWelsh }),
    schemaVersion: 3,
    welshOf: {
      organisation: englishFingerprint('Cafcass'),
      [`approvalChain/${review!.id}/attestation`]: englishFingerprint('I have looked at it.'),
    },
  };

  it('says so beside the organisation’s name and after the attestation quoted', () => {
    const markdown = renderAssessmentMarkdown({ ...publishedInput, profile }, [welsh]);
    expect(markdown).toContain(`Cafcass Cymru (${note})`);
    const quoted = markdown.slice(markdown.lastIndexOf(`> ${reviewWelsh}`));
    expect(quoted.slice(0, 600)).toContain(note);
  });

  it('says nothing where the fingerprints are the English’s own', () => {
    const current: Profile = {
      ...profile,
      welshOf: {
        organisation: englishFingerprint(cafcassProfile.organisation),
        [`approvalChain/${review!.id}/attestation`]: englishFingerprint(review!.attestation),
      },
    };
    const markdown = renderAssessmentMarkdown({ ...publishedInput, profile: current }, [welsh]);
    expect(markdown).toContain(reviewWelsh);
    expect(markdown).not.toContain(note);
  });

  it('says so beside the organisation’s name in the annual and Board reports too', () => {
    const annual = renderAnnualReportMarkdown(buildAnnualReport({ ...annualInput, profile }), profile, [
      welsh,
    ]);
    expect(annual).toContain(`Cafcass Cymru (${note})`);
    expect(renderAnnualReportMarkdown(buildAnnualReport(annualInput), cafcassProfile, [welsh])).not.toContain(
      note,
    );
    const board = buildBoardReport({
      objectives: [],
      asOf: '2026-12-31',
      now: '2027-01-05T09:00:00Z',
      profile,
    });
    expect(renderBoardReportHtml(board, profile, [welsh])).toContain(`Cafcass Cymru (${note})`);
  });
});
