import { describe, expect, it } from 'vitest';
import { assessmentFromRecord, parsePlainRecord } from '../src/exchange.js';
import { cafcassProfile, STANDARD_INPUT } from '../src/index.js';

// A record's source is recorded as given (standard input as its token); messages name it as told.

const record = parsePlainRecord(
  JSON.stringify({ policy: { title: 'Library hours', aims: 'Shorter hours.', audiences: ['staff'] } }),
  'The record',
);
const options = {
  id: 'lib',
  by: 'amara',
  at: '2026-01-01T00:00:00Z',
  approvalChain: cafcassProfile.approvalChain,
};

describe('the source of an imported record', () => {
  it('is recorded as given, standard input as its token', () => {
    const piped = assessmentFromRecord(record, {
      ...options,
      source: STANDARD_INPUT,
      named: 'standard input',
      historical: false,
    });
    expect(piped.provenance?.source).toBe('-');
    expect(
      assessmentFromRecord(record, { ...options, source: 'a.json', historical: false }).provenance?.source,
    ).toBe('a.json');
  });

  it('is named in messages as told, else as recorded', () => {
    expect(() =>
      assessmentFromRecord(record, { ...options, source: '-', named: 'mewnbwn safonol', historical: true }),
    ).toThrow(/^mewnbwn safonol is imported as historical/);
    expect(() => assessmentFromRecord(record, { ...options, source: 'a.json', historical: true })).toThrow(
      /^a\.json is imported as historical/,
    );
    const signed = parsePlainRecord(
      JSON.stringify({
        policy: { title: 'Library hours', aims: 'Shorter hours.', audiences: ['staff'] },
        signedOff: { by: 'Director', on: '2023-06-30' },
      }),
      'The record',
    );
    expect(() =>
      assessmentFromRecord(signed, { ...options, source: '-', named: 'standard input', historical: false }),
    ).toThrow(/^standard input says it was signed off outside eqia/);
  });
});
