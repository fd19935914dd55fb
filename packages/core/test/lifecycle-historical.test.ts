import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type CreateEvent,
  createLifecycle,
  ForbiddenError,
  ValidationError,
} from '../src/index.js';
import { at, createEvent, people } from './fixtures/lifecycle.js';

const lifecycle = createLifecycle();
const signedOffOutside = { by: 'Director of Communities', role: 'Director', on: '2023-06-30', note: '' };

/** The create event of an import by `by`, at the instant its provenance names. */
function imported(by: Actor = people.equalityLead, historical = true): CreateEvent {
  const event = createEvent();
  return produce({ ...event, by }, (draft) => {
    draft.assessment.provenance = {
      source: 'library.docx',
      importedBy: by.id,
      importedAt: event.at,
      ...(historical && { signedOffOutside }),
    };
  });
}

describe('a historical record starts where it stood outside eqia, only through its import', () => {
  it('starts signed off, or published when it was published outside eqia', () => {
    expect(lifecycle.start(imported()).status).toEqual({ state: 'signed_off' });
    const published = produce(imported(), (draft) => {
      if (draft.assessment.provenance?.signedOffOutside)
        draft.assessment.provenance.signedOffOutside.published = {
          on: '2023-07-01',
          location: 'Council website',
        };
    });
    expect(lifecycle.start(published).status).toEqual({ state: 'published' });
    expect(lifecycle.start(imported(people.author, false)).status).toEqual({ state: 'draft' });
  });

  it('refuses a create event that is not the import its provenance names', () => {
    const later = { ...imported(), at: at(5) };
    expect(() => lifecycle.start(later)).toThrow(ValidationError);
    const someoneElse = { ...imported(), by: { id: 'ada', roles: ['equality_lead' as const] } };
    expect(() => lifecycle.start(someoneElse)).toThrow(/imported by julie/);
  });

  it('refuses approvals of eqia’s chain on a record signed off elsewhere', () => {
    const approved = produce(imported(), (draft) => {
      draft.assessment.review.approvals.push({
        stage: 'equality_review',
        decision: 'approved',
        by: 'sam',
        role: 'approver',
        at: at(0),
        attestation: 'I confirm',
        comment: '',
      });
    });
    expect(() => lifecycle.start(approved)).toThrow(/holds no approvals/);
  });

  it('is recorded by an equality lead or an admin, not by an author', () => {
    const admin: Actor = { id: 'ops', roles: ['admin'] };
    expect(lifecycle.start(imported(admin)).status).toEqual({ state: 'signed_off' });
    expect(() => lifecycle.start(imported(people.author))).toThrow(ForbiddenError);
    expect(() => lifecycle.start(imported(people.author))).toThrow(
      'amara may not import a record signed off outside eqia: only an equality lead or an admin may',
    );
  });
});
