import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reviewedWelsh, welshMessages } from '../src/cy.js';
import {
  cafcassProfile,
  catalogue,
  defaultProfile,
  englishMessages,
  messageTexts,
  Policy,
  Profile,
  parseLocales,
  profileContentHash,
  publishingLanguages,
  reviewRows,
  schemaSaidIn,
  ValidationError,
  wording,
} from '../src/index.js';

const english = messageTexts(englishMessages);
const welsh = messageTexts(welshMessages);

describe('the Welsh catalogue', () => {
  it('has every message English has, and none English lacks', () => {
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
  });

  it('asks each Welsh message for the values its English asks for, in every area', () => {
    const values = (message = '') => [...new Set(message.match(/\{\w+\}/g))].sort();
    for (const [id, text] of Object.entries(welsh)) expect(values(text), id).toEqual(values(english[id]));
    const areas = new Set(Object.keys(english).map((id) => id.split('.')[0]));
    expect([...areas].sort()).toEqual(Object.keys(englishMessages).sort());
    expect(welsh['refusals.viewer']).toBe(
      'Darllenydd yw {actor}, ac ni chaiff wneud hyn ({doing}): gofynnwch i awdur, adolygydd neu weinyddwr.',
    );
  });

  it('leaves no Welsh message empty or still in English (bar names the same in both)', () => {
    const sameInBoth = new Set(['Data', 'Roma']);
    for (const [id, text] of Object.entries(welsh)) {
      expect(text.trim(), id).not.toBe('');
      if (!sameInBoth.has(text)) expect(text, id).not.toBe(english[id]);
    }
  });

  it('uses the official Welsh terms of the Equality Act', () => {
    expect(welsh['characteristics.disability.legalBasis']).toContain(
      'dyletswydd cydraddoldeb y sector cyhoeddus',
    );
    expect(welsh['aims.advanceEquality.text']).toContain('nodwedd warchodedig');
    expect(welsh['census.ethnic_group.groups.asian']).toBe('Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig');
  });

  it('marks every machine-drafted Welsh message as not yet reviewed, and a changed one as unreviewed again', () => {
    const rows = reviewRows(englishMessages, welshMessages, reviewedWelsh);
    expect(rows.length).toBe(Object.keys(english).length);
    expect(rows.filter((row) => row.reviewed)).toEqual([]);
    const id = 'values.labels.lifecycleState.draft';
    expect(
      reviewRows(englishMessages, welshMessages, { [id]: 'Drafft' }).find((row) => row.id === id)?.reviewed,
    ).toBe(true);
    expect(
      reviewRows(englishMessages, welshMessages, { [id]: 'Drafft hen' }).find((row) => row.id === id)
        ?.reviewed,
    ).toBe(false);
  });
});

describe('wording in a language', () => {
  const cy = wording(welshMessages);

  it('labels values, aims and impacts in Welsh', () => {
    expect(cy.label('lifecycleState', 'published')).toBe('Wedi’i gyhoeddi');
    expect(cy.impactLabel('negative', 'high')).toBe('Negyddol (uchel)');
    expect(cy.aimLabel('fosterGoodRelations')).toBe('(c) Meithrin cysylltiadau da');
  });

  it('translates the catalogue’s characteristics and census categories, and keeps a profile’s own', () => {
    const race = catalogue.find((definition) => definition.id === 'race');
    expect(race && cy.characteristic(race).label).toBe('Hil');
    const own = { ...catalogue[0]!, id: 'rurality', label: 'Rurality', census: [] };
    expect(cy.characteristic(own).label).toBe('Rurality');
    const census = race?.census[0];
    expect(census && cy.censusSet(census).categories.indian).toBe('Indiaidd');
  });
});

describe('the languages an organisation publishes in', () => {
  it('is English only for a profile that names none, which reads and hashes as it did', () => {
    expect(publishingLanguages(defaultProfile)).toEqual({ publishes: ['en'], default: 'en' });
    const read = Profile.parse(defaultProfile);
    expect('languages' in read).toBe(false);
    expect(profileContentHash(read)).toBe(profileContentHash(defaultProfile));
  });

  it('takes Welsh first for a Welsh body, and refuses a default it does not publish in', () => {
    const welshBody = { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } };
    expect(publishingLanguages(Profile.parse(welshBody))).toEqual({ publishes: ['cy', 'en'], default: 'cy' });
    const wrong = Profile.safeParse({ ...welshBody, languages: { publishes: ['en'], default: 'cy' } });
    expect(wrong.error?.issues[0]?.message).toMatch(/default language must be one/);
    const unknown = Profile.safeParse({ ...welshBody, languages: { publishes: ['fr'], default: 'fr' } });
    expect(unknown.error?.issues[0]?.message).toMatch(/en \(English\) or cy/);
  });

  it('parses languages as a user writes them, in their order, and names an unknown one', () => {
    expect(parseLocales('cy, EN')).toEqual({ locales: ['cy', 'en'] });
    expect(parseLocales('fr')).toEqual({
      error: expect.stringMatching(/"fr" is not a language.*cy,en/),
      told: { id: 'localeUnknown', values: { given: '"fr"' } },
    });
    expect(parseLocales(' ')).toEqual({
      error: expect.stringMatching(/no language given/),
      told: { id: 'localeNone', values: {} },
    });
  });
});

describe('what a schema says itself', () => {
  const issueOf = (result: { error?: { issues: readonly object[] } }) =>
    result.error?.issues[0] as Parameters<typeof schemaSaidIn>[0];

  it('comes from the catalogue, so Welsh has each message: no schema words one of its own', () => {
    const source = fileURLToPath(new URL('../src/', import.meta.url));
    const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    // A message is a text with a space in it, given after another argument or as `message`/`error`
    // (defaults and enum values have no space). What `parseWith` and `parseJson` name is the SDK's to word (its subjects).
    const literal = /(,\s*|\b(message|error): )(['"`])[^'"`\n]* [^'"`\n]*\3\s*,?\s*[)}]/;
    const own = files.filter((file) => {
      const text = readFileSync(`${source}${file}`, 'utf8');
      return text.includes("from 'zod/mini'") && literal.test(text.replace(/parse(With|Json)\([^)]*\)/g, ''));
    });
    expect(own).toEqual([]);
  });

  it('is worded again in Welsh, by its English or by the values it carries', () => {
    const untitled = issueOf(Policy.safeParse({ title: ' ' }));
    expect(untitled.message).toBe('give the policy a title');
    expect(schemaSaidIn(untitled, welshMessages.schema)).toBe('rhowch deitl i’r polisi');
    const twice = Profile.safeParse({
      ...cafcassProfile,
      audiences: [...cafcassProfile.audiences, cafcassProfile.audiences[0]],
    });
    const duplicate = twice.error?.issues.find((issue) => issue.path[0] === 'audiences');
    expect(duplicate?.message).toMatch(/^duplicate id "/);
    expect(schemaSaidIn(duplicate as Parameters<typeof schemaSaidIn>[0], welshMessages.schema)).toBe(
      `dynodydd dyblyg "${cafcassProfile.audiences[0]?.id}"`,
    );
    // zod's own words are not the schema's: the SDK words those.
    expect(schemaSaidIn(issueOf(Policy.safeParse({ title: 3 })), welshMessages.schema)).toBeUndefined();
  });

  it('names the whole input in the language of the list', () => {
    const issues = [{ path: '', message: welshMessages.schema.noSuchDay }];
    expect(
      new ValidationError('Nid yw’n ddilys:', issues, { root: welshMessages.schema.root }).message,
    ).toMatchInlineSnapshot(`
        "Nid yw’n ddilys:
          - (y cyfan): nid yw’r diwrnod hwnnw’n bod"
      `);
    expect(new ValidationError('Not valid:', issues).message).toContain('  - (root): ');
  });
});
