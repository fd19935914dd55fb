import type { CorpusCase } from './build.js';
import { englandCases } from './england.js';
import { northernIrelandCases } from './northern-ireland.js';
import { scotlandCases } from './scotland.js';
import { walesCases } from './wales.js';

export const corpus: readonly CorpusCase[] = [
  ...englandCases,
  ...walesCases,
  ...scotlandCases,
  ...northernIrelandCases,
];
