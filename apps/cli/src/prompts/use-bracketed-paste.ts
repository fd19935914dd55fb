import { useStdout } from 'ink';
import { useEffect } from 'react';
import { bracketedPasteOff, bracketedPasteOn } from './typed-keys.js';

/** Bracketed paste while the prompts are on screen, and off again however the process ends. */
export function useBracketedPaste(): void {
  const { stdout } = useStdout();
  useEffect(() => {
    if (!stdout.isTTY) return;
    const off = () => void stdout.write(bracketedPasteOff);
    stdout.write(bracketedPasteOn);
    process.once('exit', off);
    return () => {
      process.off('exit', off);
      off();
    };
  }, [stdout]);
}
