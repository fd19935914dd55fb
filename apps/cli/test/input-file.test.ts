import { describe, expect, it } from 'vitest';
import { readInputText } from '../src/input-file.js';

describe('a file named on the command line', () => {
  it('that never ends is refused as usage (exit 2), naming it, not as a bug', async () => {
    await expect(readInputText('/', '/dev/full')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[UsageError: /dev/full is too large to read, or never ends: give the file itself.]`,
    );
  });
});
