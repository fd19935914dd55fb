import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** The terminal's width, kept up to date as it is resized (80 when it is not a terminal). */
export function useColumns(): number {
  return useTerminalSize((stdout) => stdout.columns || 80);
}

/** The terminal's height, kept up to date as it is resized (24 when it is not a terminal). */
export function useRows(): number {
  return useTerminalSize((stdout) => stdout.rows || 24);
}

function useTerminalSize(read: (stdout: NodeJS.WriteStream) => number): number {
  const { stdout } = useStdout();
  const [size, setSize] = useState(read(stdout));
  useEffect(() => {
    const resized = () => setSize(read(stdout));
    stdout.on('resize', resized);
    return () => void stdout.off('resize', resized);
  }, [stdout, read]);
  return size;
}
