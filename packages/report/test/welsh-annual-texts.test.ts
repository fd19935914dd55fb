import { type Assessment, cafcassProfile, englishFingerprint } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import {
  buildAnnualReport,
  english,
  renderAnnualReportHtml,
  renderAnnualReportMarkdown,
} from '../src/index.js';
import { annualEntries, annualInput, annualRecords } from './fixtures/annual.js';

// An assessment's own texts in a Welsh annual report: its Welsh where written for the English as it is
// now, else the English marked as English. The annual facts keep that Welsh (digest version 6).

const pilot = 'eqia-2026-007';
const written = (assessment: Assessment, key: string, text: string, english: string) => ({
  welsh: { ...assessment.welsh, [key]: text },
  welshOf: { ...assessment.welshOf, [key]: englishFingerprint(english) },
});
const records = annualRecords.map((record) => {
  if (record.assessment.id !== pilot) return record;
  let assessment = record.assessment;
  const action = (id: string) => assessment.actions.find((candidate) => candidate.id === id)!;
  assessment = {
    ...assessment,
    ...written(
      assessment,
      'policy/title',
      'Fideo yn ddiofyn ar gyfer apwyntiadau FHDRA',
      assessment.policy.title,
    ),
  };
  assessment = {
    ...assessment,
    ...written(
      assessment,
      'actions/act-tech-check/description',
      'Cynnal galwad i wirio’r dechnoleg gyda phob parti.',
      action('act-tech-check').description,
    ),
  };
  // Welsh written for an English since changed: out of date, so the English is shown.
  assessment = {
    ...assessment,
    ...written(
      assessment,
      'actions/act-opt-out/description',
      'Cynnig ffôn i bob parti.',
      'An older English.',
    ),
  };
  return { ...record, assessment };
});
const report = buildAnnualReport({ ...annualInput, assessments: annualEntries(records) });

describe('an assessment’s own texts in a Welsh annual report', () => {
  const markdown = renderAnnualReportMarkdown(report, cafcassProfile, [welsh]);

  it('shows its title and an action in Welsh where written, and does not mark them as English', () => {
    expect(markdown).toContain('| Fideo yn ddiofyn ar gyfer apwyntiadau FHDRA |');
    expect(markdown).not.toContain('Video by default for first hearing dispute resolution appointments');
    expect(markdown).toContain('| Cynnal galwad i wirio’r dechnoleg gyda phob parti. |');
    expect(markdown).not.toContain('Run a technology check call');
  });

  it('shows Welsh written for older English as the English, marked as English', () => {
    expect(markdown).not.toContain('Cynnig ffôn i bob parti.');
    expect(markdown).toContain(
      '<span lang="en-GB">Offer every party telephone or in-person attendance on request at allocation, recording the reason.</span>',
    );
  });

  it('keeps the English in an English report, and in the English half of a bilingual one', () => {
    expect(renderAnnualReportMarkdown(report, cafcassProfile)).toContain(
      'Video by default for first hearing dispute resolution appointments',
    );
    const both = renderAnnualReportHtml(report, cafcassProfile, [welsh, english]);
    expect(both).toContain('Fideo yn ddiofyn ar gyfer apwyntiadau FHDRA');
    expect(both).toContain('Video by default for first hearing dispute resolution appointments');
  });

  it('carries the Welsh in the report’s data once, by the English', () => {
    const listed = [...report.actions.longestOverdue, ...report.reviews.soonest, ...report.next.reviews];
    expect(listed.some((entry) => entry.assessmentId === pilot)).toBe(true);
    expect(listed.filter((entry) => 'welsh' in entry)).toEqual([]);
    expect(report.welsh).toEqual({
      'Video by default for first hearing dispute resolution appointments':
        'Fideo yn ddiofyn ar gyfer apwyntiadau FHDRA',
      'Run a technology check call with each party a week before the hearing.':
        'Cynnal galwad i wirio’r dechnoleg gyda phob parti.',
    });
  });
});

describe('texts that are the names of an object’s own properties', () => {
  it('are shown as written, in Welsh where they have it: a text is never looked up on a prototype', () => {
    const odd = annualRecords.map((record) => {
      if (record.assessment.id !== pilot) return record;
      const { assessment } = record;
      const [first, second, ...rest] = assessment.actions;
      const actions = [
        { ...first!, description: '__proto__' },
        { ...second!, description: 'constructor' },
        ...rest,
      ];
      const key = `actions/${first!.id}/description`;
      return {
        ...record,
        assessment: {
          ...assessment,
          actions,
          welsh: { [key]: 'Proto yn Gymraeg' },
          welshOf: { [key]: englishFingerprint('__proto__') },
        },
      };
    });
    const built = buildAnnualReport({ ...annualInput, assessments: annualEntries(odd) });
    expect(Object.hasOwn(built.welsh, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(built.welsh)).toBe(Object.prototype);
    const markdown = renderAnnualReportMarkdown(built, cafcassProfile, [welsh]);
    expect(markdown).toContain('| Proto yn Gymraeg |');
    expect(markdown).toContain('| <span lang="en-GB">constructor</span> |');
    expect(markdown).not.toContain('[native code]');
  });
});
