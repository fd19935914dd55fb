import fc from 'fast-check';

/** Fragments that would become markup, formulas or broken structure if any renderer forgot to escape. */
export const hostileFragments = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</td></tr></table>',
  '<!--',
  '&amp;',
  '&lt;b&gt;',
  '=HYPERLINK("http://evil.example","x")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '\n# Heading\n',
  '\n\n* item\n',
  '\n1. item\n',
  '\n2) item\n',
  '\n---\n',
  '\n===\n',
  '| a | b |',
  '[link](javascript:alert(1))',
  '![image](http://x/y.png)',
  '<br>',
  '**bold**',
  '_em_',
  '~~strike~~',
  '`code`',
  '\n```\nfenced\n```\n',
  '\n    indented code\n',
  '\n> quote\n',
  '\\',
  '\\\n',
  '  \n',
  '\u0000',
  '\u001b[31m',
  '\u007f',
  '\u2028',
  'http://example.org/a_b*c',
  '"',
  "'",
  ',',
];

/** Arbitrary text mixed with hostile fragments; never blank, so every field is shown rather than a fallback. */
export const hostileText = fc
  .array(fc.oneof(fc.string(), fc.constantFrom(...hostileFragments)), { maxLength: 6 })
  .map((parts) => `a${parts.join('')}`);
