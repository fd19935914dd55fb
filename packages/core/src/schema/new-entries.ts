import type * as z from 'zod/mini';
import { parseWith } from '../validation.js';
import { Action } from './action.js';
import { CharacteristicAnalysis } from './analysis.js';
import { DataGap, EvidenceItem } from './evidence.js';
import { Impact } from './impact.js';

// What a UI or a script writes when it adds an entry to a section: the input shape of each schema, where
// every field with a default may be left out, and a factory that fills the defaults and validates it
// (a ValidationError naming each bad path), so the result goes straight into an edit's recipe.

export type EvidenceItemInput = z.input<typeof EvidenceItem>;
export type DataGapInput = z.input<typeof DataGap>;
export type ImpactInput = z.input<typeof Impact>;
export type ActionInput = z.input<typeof Action>;
export type CharacteristicAnalysisInput = z.input<typeof CharacteristicAnalysis>;

export const newEvidenceItem = (input: EvidenceItemInput): EvidenceItem =>
  parseWith(EvidenceItem, input, 'The evidence item');
export const newDataGap = (input: DataGapInput): DataGap => parseWith(DataGap, input, 'The data gap');
export const newImpact = (input: ImpactInput): Impact => parseWith(Impact, input, 'The impact');
export const newAction = (input: ActionInput): Action => parseWith(Action, input, 'The action');
export const newCharacteristicAnalysis = (input: CharacteristicAnalysisInput): CharacteristicAnalysis =>
  parseWith(CharacteristicAnalysis, input, 'The analysis of a characteristic');
