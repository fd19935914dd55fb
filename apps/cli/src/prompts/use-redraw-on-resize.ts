import { useStdout } from 'ink';
import { useEffect } from 'react';

/** Erase the visible screen and put the cursor at its top left. */
const clearScreen = '\u001b[2J\u001b[H';

/** Resizing by dragging sends many sizes: redraw once the last has come. */
const settleMs = 80;

/**
 * A clean screen after a resize. A terminal rewraps what it shows when it is resized, so Ink, which
 * erases its last frame line by line, would leave parts of earlier frames (copies of the header) above
 * the new one. Once the size settles, clear the screen and have Ink draw the frame whole: Ink's own
 * `write` erases its frame, writes ours, then draws the frame again from scratch.
 */
export function useRedrawOnResize(): void {
  const { stdout, write } = useStdout();
  useEffect(() => {
    if (!stdout.isTTY) return;
    let timer: NodeJS.Timeout | undefined;
    const resized = () => {
      clearTimeout(timer);
      timer = setTimeout(() => write(clearScreen), settleMs);
    };
    stdout.on('resize', resized);
    return () => {
      clearTimeout(timer);
      stdout.off('resize', resized);
    };
  }, [stdout, write]);
}
