import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CliContext } from '../context.js';
import { settingsFile } from '../settings/location.js';
import type { Position } from './kept-answer.js';

type Positions = Record<string, Position>;

/**
 * Where each author stopped in each assessment, so `eqia edit` reopens at that question. Kept beside the
 * settings file (it is the author's place on this machine, not part of the record); with no home
 * directory nothing is remembered and the wizard opens where the work is.
 */
function positionsFile(ctx: CliContext): string | undefined {
  const settings = settingsFile(ctx.env, ctx.cwd);
  return settings && join(dirname(settings), 'wizard-positions.json');
}

const keyOf = (store: string, id: string) => `${store}#${id}`;

async function readPositions(file: string): Promise<Positions> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Positions) : {};
  } catch {
    return {};
  }
}

export async function stoppedPosition(
  ctx: CliContext,
  store: string,
  id: string,
): Promise<Position | undefined> {
  const file = positionsFile(ctx);
  if (!file) return undefined;
  const found = (await readPositions(file))[keyOf(store, id)];
  return typeof found?.step === 'string' && typeof found.question === 'string'
    ? { ...found, label: typeof found.label === 'string' ? found.label : found.question }
    : undefined;
}

/** Remember where the author stopped, or forget it (undefined) once they finish. Best effort: never fails. */
export async function rememberPosition(
  ctx: CliContext,
  store: string,
  id: string,
  position: Position | undefined,
): Promise<void> {
  const file = positionsFile(ctx);
  if (!file) return;
  try {
    const positions = await readPositions(file);
    if (position) positions[keyOf(store, id)] = position;
    else delete positions[keyOf(store, id)];
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(positions, null, 2)}\n`);
  } catch {
    // Not remembering the place costs a few keystrokes next time, never an answer.
  }
}
