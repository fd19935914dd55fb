import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../src/context.js';
import { formatTable } from '../src/output/table.js';
import { asRead, markdownAsText } from '../src/output/terminal-text.js';
import { TypedKeys } from '../src/prompts/typed-keys.js';

const plain = { return: false, ctrl: false, meta: false } as Key;
const texts = (keys: [string, Key][]) => keys.map(([input, key]) => (key.return ? '⏎' : input));

describe('keys as a person pressed them', () => {
  it('splits keys typed ahead at each Enter, so each answers its own question', () => {
    expect(texts(new TypedKeys().split('Board\rDirector\r', plain))).toEqual(['Board', '⏎', 'Director', '⏎']);
  });

  it('keeps a bracketed paste as one piece of text, line breaks and all', () => {
    const typed = new TypedKeys();
    expect(typed.split('[200~', plain)).toEqual([]);
    expect(texts(typed.split('line one\rline two', plain))).toEqual(['line one\rline two']);
    expect(typed.split('[201~', plain)).toEqual([]);
    expect(texts(typed.split('\r', { ...plain, return: true }))).toEqual(['⏎']);
  });
});

describe('text for a terminal', () => {
  it('wraps a table’s last column under itself, never splitting a word or cutting it', () => {
    const table = formatTable(
      ['ID', 'TITLE'],
      [['a-1', 'Closing two of five walk-in offices and moving to phone']],
      40,
    );
    expect(table.split('\n').every((line) => line.length < 40)).toBe(true);
    expect(table.replace(/\s+/g, ' ')).toContain('Closing two of five walk-in offices and moving to phone');
    expect(table).not.toContain('…');
  });

  it('stacks a table too wide for the terminal, one block per row, as many cells to a line as fit', () => {
    const rows = [
      [
        'fhdra-video',
        'in review at Equality lead review',
        'Amara Okafor',
        '2027-11-29',
        'Video by default for first hearing dispute resolution appointments',
      ],
    ];
    const table = formatTable(['ID', 'STATE', 'OWNER', 'REVIEW', 'TITLE'], rows, 60);
    expect(table.split('\n').every((line) => line.length < 60)).toBe(true);
    expect(table).toMatchInlineSnapshot(`
      "ID           STATE                 OWNER         REVIEW
        TITLE
      fhdra-video  in review at          Amara Okafor  2027-11-29
                   Equality lead review
        Video by default for first hearing dispute resolution
          appointments"
    `);
  });

  it('puts the last column under each row when only it lacks room, the other columns still aligned', () => {
    const rows = [
      [
        'fhdra-video',
        'in review at Equality lead review',
        'Amara Okafor',
        '2027-11-29',
        'Video by default for first hearing dispute resolution appointments in the Pathfinder courts',
      ],
      ['hybrid-working', 'draft', 'Ben Hughes', '', 'Hybrid working for Family Court Advisers'],
    ];
    const table = formatTable(['ID', 'STATE', 'OWNER', 'REVIEW', 'TITLE'], rows, 80);
    expect(table.split('\n').every((line) => line.length < 80)).toBe(true);
    expect(table).toMatchInlineSnapshot(`
      "ID              STATE                              OWNER         REVIEW
        TITLE
      fhdra-video     in review at Equality lead review  Amara Okafor  2027-11-29
        Video by default for first hearing dispute resolution appointments in the
          Pathfinder courts
      hybrid-working  draft                              Ben Hughes
        Hybrid working for Family Court Advisers"
    `);
  });

  it('wraps the widest column onto a second line when the columns but the last are a little too wide', () => {
    const rows = [
      ['fhdra-pathfinder-r2', 'draft', 'Amara Okafor', '2027-10-14', 'Video by default for FHDRAs'],
      ['fhdra-video', 'in review at Equality lead review', 'Amara Okafor', '2027-12-01', 'Video hearings'],
      ['stationery-contract', 'screened out, awaiting review', 'Ben Hughes', '', 'Stationery supply'],
    ];
    const table = formatTable(['ID', 'STATE', 'OWNER', 'REVIEW', 'TITLE'], rows, 80);
    expect(table).toMatchInlineSnapshot(`
      "ID                   STATE                          OWNER         REVIEW
        TITLE
      fhdra-pathfinder-r2  draft                          Amara Okafor  2027-10-14
        Video by default for FHDRAs
      fhdra-video          in review at Equality lead     Amara Okafor  2027-12-01
                           review
        Video hearings
      stationery-contract  screened out, awaiting review  Ben Hughes
        Stationery supply"
    `);
    // Narrower, the state would take three lines: a block a row reads better.
    expect(formatTable(['ID', 'STATE', 'OWNER', 'REVIEW', 'TITLE'], rows, 60)).toMatch(
      /^fhdra-pathfinder-r2\n {2}State: draft/,
    );
  });

  it('stacks a table too wide whose last column is short, rather than put a date under each row', () => {
    const table = formatTable(
      ['Assessment', 'Signed off', 'Published'],
      [['Video FHDRA pilot in three designated family judge areas', '8 November 2025', 'Not yet']],
      80,
    );
    expect(table).toMatchInlineSnapshot(`
      "Video FHDRA pilot in three designated family judge areas
        Signed off: 8 November 2025 · Published: Not yet"
    `);
  });

  it('lays every stacked row out alike: a field on a line of its own in one row is so in all', () => {
    const rows = [
      ['Better data', 'Green (on track), reported for 3 September 2026', '0 of 2'],
      ['Skilled practitioners', 'Amber (at risk)', '0 of 1'],
    ];
    expect(formatTable(['Objective', 'Progress', 'Measures'], rows, 50)).toMatchInlineSnapshot(`
      "Better data
        Progress: Green (on track), reported for 3
          September 2026
        Measures: 0 of 2
      Skilled practitioners
        Progress: Amber (at risk)
        Measures: 0 of 1"
    `);
  });

  it('stacks the columns of a group on a line of their own, the group named once', () => {
    const headers = [
      'Ethnic group',
      'caseload: count',
      'caseload: share',
      'census: count',
      'census: share',
      'Ratio',
    ];
    const rows = [['White', '908', '75.4%', '196,300', '76.4%', '0.99']];
    expect(formatTable(headers, rows, 40)).toMatchInlineSnapshot(`
      "White
        Caseload count: 908 · share: 75.4%
        Census count: 196,300 · share: 76.4%
        Ratio: 0.99"
    `);
  });

  it('prints Markdown as text: no marks, tables aligned, <br> as a comma', () => {
    const text = markdownAsText(
      '# Report\n\n**Bold** words\n\n| State | N |\n| --- | --- |\n| Draft<br>new | 2 |\n',
      undefined,
    );
    expect(text).toBe('Report\n\nBold words\n\nState       N\nDraft, new  2\n');
  });

  it('reads as text at the terminal’s width: no escapes, links within the page as their words', () => {
    const text = markdownAsText(
      [
        '1. [Our equality objectives](#our-equality-objectives)',
        '',
        '- Latest: 8\\.5% \\! done [site](https://example.org)',
        '',
        '| What | Note |',
        '| --- | --- |',
        '| a \\| b | c |',
        '',
        'Increase the proportion of children, families and employees for whom we hold information about them.',
      ].join('\n'),
      60,
    );
    expect(text).toContain('1. Our equality objectives\n');
    expect(text).toContain('- Latest: 8.5% ! done site (https://example.org)');
    expect(text).toContain('a | b');
    expect(text).not.toContain('\\');
    for (const line of text.split('\n')) expect(line.length).toBeLessThan(60);
    expect(text.replace(/\s+/g, ' ')).toContain('families and employees for whom we hold');
  });

  it('wraps a paragraph flush left and a list item under its text', () => {
    const text = markdownAsText(
      [
        'Each objective is owned by a member of the senior leadership team and reported to the Board.',
        '',
        '- Organisation: Cafcass (Children and Family Court Advisory and Support Service)',
        '10. Contact, other formats and accessibility of this report',
      ].join('\n'),
      40,
    );
    expect(text).toMatchInlineSnapshot(`
      "Each objective is owned by a member of
      the senior leadership team and reported
      to the Board.

      - Organisation: Cafcass (Children and
        Family Court Advisory and Support
        Service)
      10. Contact, other formats and
          accessibility of this report
      "
    `);
  });

  it('leaves out the marks of a part in another language, which a Welsh report’s Markdown holds', () => {
    const text = markdownAsText(
      [
        '<div lang="cy">',
        '',
        '# Adroddiad',
        '',
        '| Asesiad | Cymeradwywyd |',
        '| --- | --- |',
        '| <span lang="en-GB">Video pilot</span> | 8 Tachwedd 2025 |',
        '',
        '<span lang="en-GB">A small gap \\<5%.</span>',
        '',
        '</div>',
      ].join('\n'),
      80,
    );
    expect(text).toBe(
      'Adroddiad\n\nAsesiad      Cymeradwywyd\nVideo pilot  8 Tachwedd 2025\n\nA small gap <5%.\n',
    );
  });

  it('prints a report as text only when a person reads it in a terminal, as Markdown otherwise', () => {
    const report = '# Progress\n\n**Green** (on track)\n';
    const at = (columns: number | undefined) => ({ columns: () => columns }) as CliContext;
    expect(asRead(at(80), {}, report)).toBe('Progress\n\nGreen (on track)\n');
    expect(asRead(at(undefined), {}, report)).toBe(report);
    expect(asRead(at(80), { format: 'md' }, report)).toBe(report);
    expect(asRead(at(80), { out: '-' }, report)).toBe(report);
  });
});
