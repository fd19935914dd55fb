import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AssessmentEvent, createLifecycle } from '@eqia/core';
import { parseExportDocument, serializeExport, toExportDocument } from '@eqia/core/exchange';
import { beforeAll, describe, expect, it } from 'vitest';
import { eqia, tempDir } from './support/cli.js';

// A published copy carries the head hash of the log it was made from: `verify --document` checks the
// store against it, which catches what the chain alone cannot (a log cut short and replayed).
describe('eqia verify --document', () => {
  let cwd: string;
  let env: Record<string, string>;
  const run = (argv: string[]) => eqia(cwd, argv, env);
  beforeAll(async () => {
    cwd = await tempDir();
    env = { HOME: join(cwd, 'home') };
    expect((await run(['demo'])).code).toBe(0);
    for (const out of ['pilot.html', 'pilot.md', 'pilot.json', 'pilot.docx', 'video.html'])
      expect(
        (await run(['export', out.startsWith('pilot') ? 'fhdra-pilot' : 'fhdra-video', '--out', out])).code,
      ).toBe(0);
  }, 60_000);

  it('every published format carries the verification reference', () => {
    for (const file of ['pilot.html', 'pilot.md']) {
      expect(readFileSync(join(cwd, file), 'utf8')).toMatch(/eqia-verify:fhdra-pilot:16:[0-9a-f]{64}/);
    }
  });

  it('says a copy matches the store, and names what was recorded since', async () => {
    for (const file of ['pilot.html', 'pilot.md', 'pilot.json', 'pilot.docx']) {
      const same = await run(['verify', '--document', file]);
      expect(same.stdout).toContain('matches the store');
      expect(same.code).toBe(0);
    }
    expect((await run(['--user', 'julie', 'approve', 'fhdra-video', '--attest'])).code).toBe(0);
    const later = await run(['verify', '--document', 'video.html']);
    expect(later.code).toBe(0);
    expect(later.stdout).toMatch(/recorded since:\n {2}15. approve by julie/);
  });

  it('catches a log cut short and replayed, which the chain alone passes', async () => {
    // Someone drops the final approval, replays the shorter log and puts it in a store in its place.
    const exported = parseExportDocument(readFileSync(join(cwd, 'pilot.json'), 'utf8'));
    const events = exported.events.slice(0, -1);
    const snapshot = createLifecycle().replay(events.map((entry) => entry.event as AssessmentEvent));
    writeFileSync(join(cwd, 'cut.json'), serializeExport(toExportDocument(snapshot, events)));
    expect((await run(['profile', 'show', '--json'])).stdout).toContain('"keys"');
    writeFileSync(join(cwd, 'profile.json'), (await run(['profile', 'show', '--json'])).stdout);
    expect((await run(['init', '--store', 'other', '--profile', 'profile.json'])).code).toBe(0);
    expect((await run(['--store', 'other', '--user', 'ops', 'import', 'cut.json'])).code).toBe(0);

    expect((await run(['--store', 'other', 'verify', 'fhdra-pilot'])).code).toBe(0);
    const checked = await run(['--store', 'other', 'verify', '--document', 'pilot.html']);
    expect(checked.code).toBe(10);
    expect(checked.stdout).toContain('1 entry was removed from the end of its log');
  });

  it('reads the reference inside a Word document, and says what to give when it cannot', async () => {
    const docx = readFileSync(join(cwd, 'pilot.docx'));
    // The document's words are compressed inside the zip: read as text, it holds no reference.
    expect(docx.toString('utf8')).not.toContain('eqia-verify:');
    writeFileSync(join(cwd, 'cut.docx'), docx.subarray(0, docx.length / 2));
    const cut = await run(['verify', '--document', 'cut.docx']);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toContain('cut.docx is a zip file but not a readable Word document');
    const missing = await run(['verify', '--document', 'nowhere.docx']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('nowhere.docx');
  });
});
