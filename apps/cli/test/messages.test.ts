import { messageTexts, reviewRows } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { welsh } from '../src/messages/cy.js';
import { english } from '../src/messages/en.js';
import { reviewedCliWelsh } from '../src/messages/reviewed.js';

const en = messageTexts(english);
const cy = messageTexts(welsh);

describe("the CLI's message catalogue", () => {
  it('has every message in English and in Welsh, by message id', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
    for (const [id, text] of Object.entries({ ...en, ...cy })) expect(text.trim(), id).not.toBe('');
  });

  it('has Welsh that is not the English left untranslated, beyond names, codes and commands', () => {
    // Identical only where nothing is words: a column heading such as ID, or only the values given.
    const words = (text: string) => /[a-z]{3}/.test(text.replace(/\{\w+\}/g, ''));
    const same = Object.keys(en).filter((id) => en[id] === cy[id] && words(en[id] ?? ''));
    expect(same).toEqual([]);
  });

  it('asks for the same values in both languages', () => {
    const values = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
    for (const id of Object.keys(en)) expect(values(cy[id] ?? ''), id).toEqual(values(en[id] ?? ''));
  });

  it('marks every Welsh message unreviewed until a Welsh speaker records it in reviewed.ts', () => {
    const rows = reviewRows(english, welsh, reviewedCliWelsh, 'cli');
    expect(rows.length).toBe(Object.keys(en).length);
    expect(rows.filter((row) => row.reviewed).map((row) => row.id)).toEqual(Object.keys(reviewedCliWelsh));
  });
});
