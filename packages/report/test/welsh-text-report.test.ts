import { englishFingerprint } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import {
  english,
  renderAssessmentDocx,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
} from '../src/index.js';
import { publishedInput } from './fixtures/worked-example.js';
import { unzip } from './support/zip.js';

const { assessment } = publishedInput;
const action = assessment.actions[0]!;
const welshAims = 'Cynnal gwrandawiadau cyntaf drwy fideo oni bai bod angen i barti fod yn bresennol.';
const welshTitle = 'Gwrandawiadau cyntaf drwy fideo';
/** Welsh for the title and the aims only: the scope and the first action stay in English. */
const input = {
  ...publishedInput,
  assessment: { ...assessment, welsh: { 'policy/title': welshTitle, 'policy/aims': welshAims } },
};

describe('an assessment’s text in a Welsh report', () => {
  const html = renderAssessmentHtml(input, [welsh]);

  it('shows the Welsh version of each text that has one, in the page’s language', () => {
    expect(html).toContain(`<h1>Asesiad effaith cydraddoldeb: ${welshTitle}</h1>`);
    expect(html).toContain(`<p>${welshAims}</p>`);
    expect(html).not.toContain(assessment.policy.aims);
  });

  it('shows the English of a text with no Welsh version, marked as English, never nothing', () => {
    expect(html).toContain(`<p lang="en-GB">${assessment.policy.scope}</p>`);
    expect(html).toMatch(new RegExp(`<th[^>]* lang="en-GB">${action.description}</th>`));
  });

  it('leaves the English report as it was', () => {
    const englishHtml = renderAssessmentHtml(input, [english]);
    expect(englishHtml).toContain(`<p>${assessment.policy.aims}</p>`);
    expect(englishHtml).not.toContain(welshAims);
    expect(englishHtml).not.toMatch(/<(p|td|th) [^>]*lang=/);
  });

  it('gives each version of a bilingual report its own language’s text', () => {
    const both = renderAssessmentHtml(input, [welsh, english]);
    expect(both.indexOf(welshAims)).toBeGreaterThan(-1);
    expect(both.indexOf(`<p>${assessment.policy.aims}</p>`)).toBeGreaterThan(both.indexOf(welshAims));
  });

  it('in Markdown, puts an English text in its own lang', () => {
    const markdown = renderAssessmentMarkdown(input, [welsh]);
    expect(markdown).toContain(welshAims);
    expect(markdown).toContain(`<div lang="en-GB">\n\n${assessment.policy.scope}\n\n</div>`);
  });

  it('in Word, marks an English text’s runs as English in a Welsh document', async () => {
    const body = unzip(await renderAssessmentDocx(input, [welsh])).get('word/document.xml') ?? '';
    expect(body).toContain(welshAims);
    const scopeRun = body.match(
      new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t[^>]*>${assessment.policy.scope.slice(0, 30)}`),
    );
    expect(scopeRun?.[0]).toContain('<w:lang w:val="en-GB"/>');
  });
});

describe('a Welsh text written for English that has changed since', () => {
  const actionKey = `actions/${action.id}/description`;
  const welshAction = 'Cynnig opsiwn papur ar gais';
  const stale = {
    ...publishedInput,
    assessment: {
      ...assessment,
      welsh: { 'policy/aims': welshAims, [actionKey]: welshAction },
      // The aims' Welsh was written for an older English; the action's for the English as it is.
      welshOf: {
        'policy/aims': englishFingerprint('Hold first hearings by video.'),
        [actionKey]: englishFingerprint('An older description.'),
      },
    },
  };
  const note = welsh.words.assessment.staleWelsh;

  it('is shown in Welsh with a note in words beside it, in HTML, Markdown and Word', async () => {
    const html = renderAssessmentHtml(stale, [welsh]);
    expect(html).toContain(`<p>${welshAims}</p>\n<p class="tone-warning">${note}</p>`);
    expect(html).toMatch(new RegExp(`<th[^>]*>${welshAction}\\n\\(${note}\\)</th>`));
    const markdown = renderAssessmentMarkdown(stale, [welsh]);
    expect(markdown).toContain(`${welshAims}\n\n${note}`);
    const body = unzip(await renderAssessmentDocx(stale, [welsh])).get('word/document.xml') ?? '';
    expect(body.indexOf(note)).toBeGreaterThan(body.indexOf(welshAims));
  });

  it('is not marked when current, nor in the English report, and the note is in both languages', () => {
    const current = {
      ...stale,
      assessment: {
        ...stale.assessment,
        welshOf: { 'policy/aims': englishFingerprint(assessment.policy.aims) },
      },
    };
    expect(renderAssessmentHtml(current, [welsh])).not.toContain(note);
    expect(renderAssessmentHtml(stale, [english])).not.toContain(english.words.assessment.staleWelsh);
    expect(english.words.assessment.staleWelsh).toMatch(/^Out of date: this Welsh/);
  });
});
