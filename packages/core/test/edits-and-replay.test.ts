import { describe, expect, it } from 'vitest';
import {
  type AssessmentEvent,
  applySectionPatches,
  foldEvents,
  type LifecycleSteps,
  type Patch,
  recordWording,
  type Told,
  ValidationError,
} from '../src/index.js';
import { welshRecordWords } from '../src/labels/cy/records.js';
import { at, createEvent, people, startingAssessment } from './fixtures/lifecycle.js';

// The patches an edit event carries come from a log, an import or another client: any of them may be wrong.

const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'accepted';
};

describe('applying an edit’s patches', () => {
  const before = startingAssessment();

  it('refuses patches immer cannot apply, saying so', () => {
    const patches: Patch[] = [{ op: 'replace', path: ['policy', 'nothing', 'here'], value: 1 }];
    expect(message(() => applySectionPatches(before, 'policy', patches))).toMatch(
      /^ValidationError: The edit of "policy" cannot be applied: ./,
    );
  });

  it('names the section itself when the whole section is invalid', () => {
    const patches: Patch[] = [{ op: 'replace', path: ['policy'], value: 5 }];
    let error: unknown;
    try {
      applySectionPatches(before, 'policy', patches);
    } catch (caught) {
      error = caught;
    }
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual(['policy']);
  });

  it('keeps the section as the schema reads it, defaults filled in, and frozen', () => {
    const action = { id: 'act-2', description: 'Publish an easy-read version' };
    const after = applySectionPatches(before, 'actions', [
      { op: 'add', path: ['actions', 1], value: action },
    ]);
    expect(after.actions[1]).toEqual({
      ...action,
      impactIds: [],
      gapIds: [],
      owner: '',
      measure: '',
      status: 'open',
      updates: [],
    });
    expect(Object.isFrozen(after.actions[1])).toBe(true);
    expect(after.policy).toBe(before.policy);
  });
});

describe('replaying a log', () => {
  const steps: LifecycleSteps = {
    start: (event) => ({ snapshotVersion: 2, status: { state: 'draft' }, assessment: event.assessment }),
    apply: (_snapshot, event) => {
      if (event.type === 'withdraw') throw new TypeError('a bug in a step');
      throw new ValidationError('refused');
    },
  };
  const withdraw: AssessmentEvent = { type: 'withdraw', by: people.author, at: at(1), reason: 'Abandoned' };
  const submit: AssessmentEvent = { type: 'submit', by: people.author, at: at(1) };

  it('needs a log that starts with create, and says what it starts with', () => {
    expect(message(() => foldEvents(steps, []))).toBe(
      'ValidationError: A log must start with a create event; this one starts with nothing.',
    );
    expect(message(() => foldEvents(steps, [submit]))).toBe(
      'ValidationError: A log must start with a create event; this one starts with submit.',
    );
    expect(foldEvents(steps, [createEvent()]).status).toEqual({ state: 'draft' });
    const told = (events: AssessmentEvent[]) => {
      try {
        foldEvents(steps, events);
      } catch (error) {
        return recordWording(welshRecordWords, (error as ValidationError).told as Told);
      }
    };
    expect(told([])).toMatchInlineSnapshot(
      `"Rhaid i log ddechrau â digwyddiad create; nid oes digwyddiadau yn yr un hwn."`,
    );
    expect(told([submit])).toMatchInlineSnapshot(
      `"Rhaid i log ddechrau â digwyddiad create; mae’r un hwn yn dechrau â: submit."`,
    );
  });

  it('names the entry a refusal stops at and keeps the refusal, but lets a bug through as it is', () => {
    let error: unknown;
    try {
      foldEvents(steps, [createEvent(), submit]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe('Log entry 2 (submit) cannot be replayed: refused');
    expect((error as ValidationError).issues).toEqual([]);
    expect(((error as Error).cause as Error).message).toBe('refused');
    const { told } = error as ValidationError;
    expect(told).toEqual({ id: 'cannotReplay', values: { seq: '2', type: 'submit', refusal: 'refused' } });
    expect(recordWording(welshRecordWords, told as Told)).toMatchInlineSnapshot(
      `"Ni ellir ail-chwarae cofnod 2 o’r log (submit): refused"`,
    );
    expect(() => foldEvents(steps, [createEvent(), withdraw])).toThrow(TypeError);
  });
});
