import type { ReportDocument } from '../document/blocks.js';

/**
 * The one stylesheet, inlined into every HTML report. Meaning never rests on colour alone (every tone
 * has words, and a border or weight that survives greyscale printing); colours keep 4.5:1 contrast.
 * Nothing is wider than a phone: long words and addresses break, label/value lists stack below 40em,
 * and a wide table scrolls inside its own box.
 */
export const reportStyles = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #505a5f; --rule: #b1b4b6; --accent: #1d4f91; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; overflow-wrap: anywhere; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 4px solid var(--accent); }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .75rem; }
h2 { font-size: 1.45rem; margin: 2rem 0 .75rem; padding-top: .5rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h4, h5, h6 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
p { margin: 0 0 .75rem; max-width: 48rem; }
a { color: var(--accent); }
.muted, .empty { color: var(--muted); }
.subtitle { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: 0 0 1rem; }
.subtitle div { display: flex; flex-wrap: wrap; gap: 0 .4rem; }
.subtitle dt { color: var(--muted); }
.subtitle dd { margin: 0; font-weight: 600; }
.contents ol { margin: 0 0 1rem; padding-left: 1.5rem; columns: 2 18rem; }
.contents li { margin: 0 0 .25rem; break-inside: avoid; }
dl.facts { display: grid; grid-template-columns: minmax(10rem, 16rem) minmax(0, 1fr); gap: .35rem 1rem; margin: 0 0 1rem; }
dl.facts div { display: contents; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; white-space: pre-line; }
@media (max-width: 40em) {
  dl.facts { display: block; }
  dl.facts div { display: block; margin: 0 0 .6rem; }
  h1 { font-size: 1.6rem; }
  header, main, footer { padding: 0 .75rem; }
}
.table-scroll { max-width: 100%; overflow-x: auto; margin: 0 0 1.25rem; }
.table-scroll:focus { outline: 3px solid #fd0; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: 0; font-size: .9rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0 .5rem; }
th, td { border: 1px solid var(--rule); padding: .4rem .5rem; vertical-align: top; text-align: left; min-width: 6.5em; }
thead th { background: #f3f2f1; }
tbody th { font-weight: 600; }
blockquote { margin: 0; padding: .5rem 1rem; border-left: 5px solid var(--accent); background: #f3f2f1; }
blockquote p:last-child { margin: 0; }
figure { margin: 0 0 1rem; }
figcaption { color: var(--muted); font-size: .9rem; padding: .25rem 0 0 1.3rem; }
.banner { margin: 1.5rem 0; padding: 0 1.25rem .5rem; border: 4px solid var(--accent); }
.banner h2 { border: 0; margin-top: 1rem; }
.banner-draft { border-style: dashed; border-color: #a35200; background: #fff7e6; }
.banner-draft h2 { color: #7a3e00; letter-spacing: .02em; }
.banner-warning { border-color: #b10e1e; background: #fdf0f0; }
.tone-negative-high { background: #f9dede; font-weight: 700; box-shadow: inset 4px 0 #b10e1e; }
.tone-negative { background: #fcecec; box-shadow: inset 4px 0 #d4351c; }
.tone-positive { background: #e7f4ea; }
.tone-unknown, .tone-warning { background: #fff4d6; font-style: italic; }
.tone-neutral { background: #fff; }
.tone-muted { color: var(--muted); }
td.lines, th.lines { white-space: pre-line; }
.eqia-insight svg { max-width: 100%; height: auto; }
footer { margin-top: 2rem; padding: 1rem 1.25rem 2rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .9rem; }
@media print {
  body { font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  h2, h3, h4, h5, h6, caption { break-after: avoid; break-inside: avoid; }
  h2 + *, h3 + *, h4 + * { break-before: avoid; }
  tr, figure, blockquote, dl.facts div, li { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-scroll { overflow: visible; }
  .contents { break-after: page; }
  #analysis, #actions { break-before: page; }
  .banner { background: none; }
  .tone-negative-high, .tone-negative, .tone-positive, .tone-unknown, .tone-warning { background: none; }
  a[href^="http"]::after, a[href^="mailto"]::after { content: " (" attr(href) ")"; font-size: .85em; }
}
`
  .trim()
  .replace(/\n\s*/g, '\n');

/**
 * A CSS string holding any text: everything but plain letters, digits and a little punctuation is a
 * hexadecimal escape, so no title can close the string, the rule or the style element.
 */
export function cssString(text: string): string {
  const escaped = [...text]
    .map((char) =>
      /[A-Za-z0-9 ,.:;!?-]/.test(char) ? char : `\\${char.codePointAt(0)?.toString(16) ?? 'fffd'} `,
    )
    .join('');
  return `"${escaped}"`;
}

/**
 * The stylesheet with the page furniture of print: the running title at the top of every page, page
 * numbers at the foot, and, for a draft, DRAFT on every page (not only the first).
 */
export function pageStyles(document: Pick<ReportDocument, 'title' | 'draft' | 'lang'>): string {
  const words = document.lang.words.document;
  const margin = (box: string, content: string, extra = '') =>
    `@${box} { content: ${content}; font: 8pt system-ui, Arial, sans-serif; color: #505a5f;${extra} }`;
  const boxes = [
    margin('top-left', cssString(document.title)),
    margin(
      'bottom-right',
      `${cssString(words.page.before)} counter(page) ${cssString(words.page.between)} counter(pages)`,
    ),
    ...(document.draft
      ? [
          margin(
            'top-right',
            cssString(words.draftMark),
            ' color: #7a3e00; font-weight: bold; font-size: 10pt;',
          ),
        ]
      : []),
  ];
  return `${reportStyles}\n@page {\nsize: A4;\nmargin: 18mm 14mm;\n${boxes.join('\n')}\n}`;
}
