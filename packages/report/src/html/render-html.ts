import {
  type Block,
  type Cell,
  contentsOf,
  type Fact,
  headerCells,
  type Inline,
  isLink,
  linkable,
  type ReportDocument,
  type Section,
} from '../document/blocks.js';
import { escapeHtml, textHtml } from '../escape-html.js';
import { renderInsightHtml } from '../insight-html.js';
import { assessmentEnglish } from '../language/english-assessment.js';
import type { AssessmentLanguage } from '../language/report-language.js';
import { pageStyles } from './styles.js';

function inline(content: Inline): string {
  if (typeof content === 'string') return textHtml(content);
  if (!isLink(content)) return `<span lang="${escapeHtml(content.lang)}">${textHtml(content.text)}</span>`;
  if (!linkable(content.href)) return textHtml(content.text);
  return `<a href="${escapeHtml(content.href)}">${textHtml(content.text)}</a>`;
}

const inlines = (content: Inline | Inline[]) =>
  (Array.isArray(content) ? content : [content]).map(inline).join('');

const headingHtml = (section: Section) => inlines(section.heading);

/** Line breaks in a cell or fact are kept by CSS (`pre-line`), so the text needs no markup. */
function cellHtml(tag: 'th' | 'td', value: Cell, scope?: 'row' | 'col'): string {
  const tone = value.tone ? `tone-${value.tone}` : '';
  const lines = value.text.includes('\n') ? 'lines' : '';
  const classes = tone && lines ? `${tone} ${lines}` : tone || lines;
  const attributes = `${scope ? ` scope="${scope}"` : ''}${classes ? ` class="${classes}"` : ''}${value.lang ? ` lang="${escapeHtml(value.lang)}"` : ''}`;
  const links = (value.links ?? []).map((link) => inline(link));
  const text = value.parts ? inlines(value.parts) : textHtml(value.text);
  const content = [value.text ? text : '', ...links].filter(Boolean).join('<br>');
  return `<${tag}${attributes}>${content}</${tag}>`;
}

function proseHtml(
  text: string,
  empty: string | undefined,
  lang: AssessmentLanguage,
  textLang?: string,
): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length === 0)
    return `<p class="empty">${escapeHtml(empty ?? lang.words.document.notRecordedSentence)}</p>`;
  const open = textLang ? `<p lang="${escapeHtml(textLang)}">` : '<p>';
  return paragraphs.map((paragraph) => `${open}${textHtml(paragraph).replace(/\n/g, '<br>')}</p>`).join('\n');
}

const factsHtml = (facts: Fact[], className: string) =>
  `<dl class="${className}">${facts.map((fact) => `<div><dt>${escapeHtml(fact.term)}</dt><dd>${inlines(fact.value)}</dd></div>`).join('')}</dl>`;

class HtmlWriter {
  /** The language of the document being written: the words of its frame. */
  lang: AssessmentLanguage = assessmentEnglish;
  /** Ids come partly from user data (impact ids): duplicates get a suffix so every anchor is unique. */
  private readonly ids = new Set<string>();
  /** The id each top-level section got, for the contents list to link to. */
  readonly anchors = new Map<Section, string>();

  uniqueId(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.ids.has(id); n++) id = `${wanted}-${n}`;
    this.ids.add(id);
    return id;
  }

  block(block: Block, depth: number): string {
    switch (block.kind) {
      case 'section':
        return this.section(block, depth + 1);
      case 'paragraph':
        return `<p${block.tone ? ` class="tone-${block.tone}"` : ''}>${inlines(block.content)}</p>`;
      case 'prose':
        return proseHtml(block.text, block.empty, this.lang, block.lang);
      case 'facts':
        return factsHtml(block.facts, 'facts');
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        return `<${tag}>${block.items.map((item) => `<li>${inlines(item)}</li>`).join('')}</${tag}>`;
      }
      case 'disparity':
        return renderInsightHtml(block.analysis, {
          headingLevel: Math.min(depth + 1, 6),
          idPrefix: this.uniqueId(block.id.replace(/[^A-Za-z0-9_-]/g, '-')),
          region: false,
          lang: this.lang,
        });
      case 'quote':
        return `<figure><blockquote>${proseHtml(block.text, this.lang.words.document.noAttestation, this.lang, block.lang)}</blockquote><figcaption>${textHtml(block.cite)}</figcaption></figure>`;
      case 'table': {
        if (block.rows.length === 0) {
          return `<p class="empty"><strong>${escapeHtml(block.caption)}:</strong> ${escapeHtml(block.empty)}</p>`;
        }
        const id = this.uniqueId('table');
        const head = headerCells(block)
          .map((column) => cellHtml('th', column, 'col'))
          .join('');
        const body = block.rows
          .map(
            (row) =>
              `<tr>${row.map((value, index) => (block.rowHeaders && index === 0 ? cellHtml('th', value, 'row') : cellHtml('td', value))).join('')}</tr>`,
          )
          .join('\n');
        // A table wider than a phone scrolls inside its own box, which a keyboard can reach and scroll.
        return `<div class="table-scroll" role="group" aria-labelledby="${id}-caption" tabindex="0">\n<table>\n<caption id="${id}-caption">${escapeHtml(block.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n</div>`;
      }
    }
  }

  /**
   * Depth 2 is a top-level section (h2), a landmark named by its heading; deeper sections take the next
   * heading level, up to h6, and are not landmarks, so a screen reader's list of landmarks stays short.
   */
  section(section: Section, depth: number): string {
    const id = this.uniqueId(section.id);
    if (depth === 2) this.anchors.set(section, id);
    const level = Math.min(depth, 6);
    const classes = section.banner ? ` class="banner banner-${section.banner}"` : '';
    const named = depth === 2 ? ` aria-labelledby="${escapeHtml(id)}-heading"` : '';
    const heading = `<h${level} id="${escapeHtml(id)}-heading">${headingHtml(section)}</h${level}>`;
    const body = section.blocks.map((block) => this.block(block, depth)).join('\n');
    return `<section id="${escapeHtml(id)}"${named}${classes}>\n${heading}\n${body}\n</section>`;
  }

  contents(id: string, sections: Section[]): string {
    const items = sections.map(
      (section) =>
        `<li><a href="#${escapeHtml(this.anchors.get(section) ?? section.id)}">${headingHtml(section)}</a></li>`,
    );
    return `<nav class="contents" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${escapeHtml(this.lang.words.document.contents)}</h2>\n<ol>${items.join('')}</ol>\n</nav>`;
  }

  /** The title, the lead, the contents and the body of one document (one language's version). */
  parts(document: ReportDocument): { header: string; main: string } {
    this.lang = document.lang;
    const contentsId = this.uniqueId('contents');
    const listed = contentsOf(document);
    // The lead and body are written first so the contents can link to the ids they were given.
    const lead = document.lead.map((section) => this.section(section, 2)).join('\n');
    const body = listed.map((section) => this.section(section, 2)).join('\n');
    const contents = this.contents(contentsId, listed);
    const header = `<h1>${document.heading ? inlines(document.heading) : textHtml(document.title)}</h1>\n${factsHtml(document.subtitle, 'subtitle')}`;
    return { header, main: `${lead}\n${contents}\n${body}` };
  }
}

const languageOf = (document: ReportDocument) => document.lang;

/**
 * A whole, self-contained page: inline CSS, no script, no external resource. Given documents in several
 * languages (a bilingual report), each is a whole version in an article marked with its `lang`, the first
 * first, so that a screen reader reads each in its own voice; the page's own `lang` is the first's.
 */
export function renderHtmlDocument(...[first, ...others]: [ReportDocument, ...ReportDocument[]]): string {
  const writer = new HtmlWriter();
  const documents = [first, ...others];
  const versions = documents.map((document) => ({ document, ...writer.parts(document) }));
  const body =
    versions.length === 1
      ? `<header>\n${versions[0]?.header}\n</header>\n<main>\n${versions[0]?.main}\n</main>`
      : `<main>\n${versions
          .map(
            ({ document, header, main }) =>
              `<article lang="${languageOf(document).tag}">\n<header>\n${header}\n</header>\n${main}\n</article>`,
          )
          .join('\n')}\n</main>`;
  const footer = documents
    .map((document) => {
      const lang = languageOf(document);
      const marked = versions.length === 1 ? '' : ` lang="${lang.tag}"`;
      return `<p${marked}>${escapeHtml(lang.words.document.footer)}</p>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${languageOf(first).tag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(documents.map((document) => document.title).join(' | '))}</title>
<style>
${pageStyles(first)}
</style>
</head>
<body>
${body}
<footer>
${footer}
</footer>
</body>
</html>
`;
}
