import { execFileSync } from 'node:child_process';
import { vi } from 'vitest';

export const hasTmux = (() => {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** What a person did at the keyboard: questions answered, keys pressed and characters of text typed. */
export interface Tally {
  prompts: number;
  keys: number;
  characters: number;
}

/** A tmux session (80×24 unless told) running one command: a real pseudo-terminal, driven by keystrokes. */
export class TmuxSession {
  readonly tally: Tally = { prompts: 0, keys: 0, characters: 0 };

  private constructor(readonly name: string) {}

  static start(
    name: string,
    cwd: string,
    command: string,
    env: Record<string, string>,
    size = { columns: 80, rows: 24 },
  ): TmuxSession {
    const exports = Object.entries(env)
      .map(([key, value]) => `${key}='${value}'`)
      .join(' ');
    // `; sleep` keeps the pane open after the command exits, so its last words can be read.
    execFileSync('tmux', [
      'new-session',
      '-d',
      '-s',
      name,
      '-x',
      String(size.columns),
      '-y',
      String(size.rows),
      '-c',
      cwd,
      // CI=true as in CI: the CLI must still draw every frame for a person at a terminal (see bin.ts).
      `env CI=true ${exports} ${command}; echo "[exit $?]"; sleep 600`,
    ]);
    return new TmuxSession(name);
  }

  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name], { encoding: 'utf8' });
  }

  /**
   * Poll the screen until it shows `text` (no fixed sleeps). Before sending keys, wait for text only the
   * next prompt shows, so each answer goes to the question it is meant for.
   */
  // Generous: on a loaded two-core CI machine the first frame of a fresh node process can take many seconds.
  async waitFor(text: string, timeout = 60_000): Promise<void> {
    await vi.waitFor(
      () => {
        const screen = this.screen();
        if (!screen.includes(text)) throw new Error(`Waiting for "${text}" on:\n${screen}`);
      },
      { timeout, interval: 50 },
    );
  }

  /** Named keys, as tmux spells them: Enter, Down, Up, Space, C-c… */
  keys(...keys: string[]): void {
    this.tally.keys += keys.length;
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  type(text: string): void {
    this.tally.characters += [...text].length;
    execFileSync('tmux', ['send-keys', '-t', this.name, '-l', text]);
  }

  /** Wait for the prompt, then answer it with text and Enter; `replace` clears a pre-filled answer first. */
  async answer(prompt: string, text: string, options: { replace?: boolean } = {}): Promise<void> {
    await this.waitFor(prompt);
    this.tally.prompts++;
    if (options.replace) this.keys('C-u');
    if (text) this.type(text);
    this.keys('Enter');
  }

  /** Wait for the prompt, then answer it with keys. */
  async press(prompt: string, ...keys: string[]): Promise<void> {
    await this.waitFor(prompt);
    this.tally.prompts++;
    this.keys(...keys);
  }

  /** Wait for the prompt, then quit there with Ctrl+C (not an answer). */
  async quit(prompt: string): Promise<void> {
    await this.waitFor(prompt);
    execFileSync('tmux', ['send-keys', '-t', this.name, 'C-c']);
  }

  /** Resize the terminal, as dragging its window's edge does. */
  resize(columns: number, rows: number): void {
    execFileSync('tmux', ['resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows)]);
  }

  kill(): void {
    try {
      execFileSync('tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      // Already gone.
    }
  }
}
