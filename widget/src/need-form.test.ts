import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../sdk/src/index.js';
import type { Supplier } from '../../sdk/src/types.js';
import { draftFromSearch, errorsFromFailure, firstInvalid, limits, localDate, toNeedInput, validate, type NeedDraft } from './need-form.js';

const sectorsOf = (group: string) => (group === 'restauration' ? ['traiteur', 'restaurants-cantines'] : ['blanchisserie']);
const today = '2026-12-03';

/** A draft every check accepts. */
function complete(overrides: Partial<NeedDraft> = {}): NeedDraft {
  return {
    ...draftFromSearch({ request: { serves: ['commune:35238'], sectors: ['traiteur'] }, sectorsOf }),
    title: 'Plateaux-repas pour un séminaire',
    description: '80 plateaux-repas le 12 janvier, livrés à Rennes.',
    deadline: '2026-12-20',
    amount: '1-5K',
    buyer: { name: 'Camille Martin', organisation: 'Ville de Rennes', email: 'camille.martin@example.org', phone: '' },
    ...overrides,
  };
}

const badRequest = (parameter: string, message = 'Adresse invalide / invalid address') =>
  new ApiError(400, { error: { code: 'invalid_body', message, details: { parameter } }, requestId: 'r1' }, null);

describe('a need drafted from the search', () => {
  it('takes the place, sectors, kinds, service types and social clause the search has', () => {
    const draft = draftFromSearch({
      request: { serves: ['commune:35238'], sectors: ['traiteur'], kinds: ['EI', 'ESAT'], prestaTypes: ['PREST'], socialClause: true, q: 'repas' },
      sectorsOf,
    });
    expect(draft).toMatchObject({ place: 'commune:35238', sectors: ['traiteur'], kinds: ['EI', 'ESAT'], prestaTypes: ['PREST'], socialClause: true });
    expect(draft.supplierIds).toEqual([]);
  });

  it('takes the place chosen with a radius, which the search sends as a point', () => {
    const request = { near: { lat: 48.11, lng: -1.67, radiusKm: 30 } };
    expect(draftFromSearch({ request, sectorsOf, place: { id: 'commune:35238', name: 'Rennes' } }).place).toBe('commune:35238');
  });

  it('asks for every sector of the sector groups chosen when no sector is', () => {
    const draft = draftFromSearch({ request: { sectorGroups: ['restauration', 'entretien-du-linge'] }, sectorsOf });
    expect(draft.sectors).toEqual(['traiteur', 'restaurants-cantines', 'blanchisserie']);
    expect(draft.place).toBe('');
  });

  it('for a quote asked of one supplier, names it and drops the kinds and social clause of the search', () => {
    const supplier = { id: 's42' } as Supplier;
    const draft = draftFromSearch({ request: { serves: ['department:35'], kinds: ['EA'], socialClause: true }, sectorsOf, supplier });
    expect(draft).toMatchObject({ supplierIds: ['s42'], kinds: [], socialClause: false, place: 'department:35' });
  });
});

describe('validation', () => {
  it('accepts a complete draft', () => {
    expect(validate(complete(), today)).toEqual({});
  });

  it('names every required field left empty, and focus goes to the first in the form', () => {
    const empty = draftFromSearch({ request: {}, sectorsOf });
    const errors = validate(empty, today);
    expect(errors).toEqual({
      title: 'required',
      description: 'required',
      sectors: 'required',
      place: 'required',
      deadline: 'required',
      amount: 'required',
      'buyer.name': 'required',
      'buyer.organisation': 'required',
      'buyer.email': 'required',
    });
    expect(firstInvalid(errors)).toBe('title');
  });

  it('needs neither sector nor place for a quote asked of named suppliers', () => {
    expect(validate(complete({ sectors: [], place: '', supplierIds: ['s42'] }), today)).toEqual({});
  });

  it('refuses a text of only spaces, one too short and one past its limit', () => {
    const errors = validate(complete({ title: '   ', description: 'x'.repeat(limits.description.max + 1) }), today);
    expect(errors).toEqual({ title: 'required', description: 'tooLong' });
    expect(validate(complete({ title: ' Aide ' }), today)).toEqual({ title: 'tooShort' });
    expect(validate(complete({ description: 'x'.repeat(limits.description.max) }), today)).toEqual({});
  });

  it('refuses a malformed e-mail address, phone number and link', () => {
    const buyer = { name: 'C', organisation: 'O', email: 'camille@localhost', phone: '12' };
    expect(validate(complete({ buyer, externalLink: 'javascript:alert(1)' }), today)).toEqual({
      'buyer.email': 'email',
      'buyer.phone': 'phone',
      externalLink: 'url',
    });
    const fine = { ...buyer, email: 'c@example.fr', phone: '+33 2 99 00 00 00' };
    expect(validate(complete({ buyer: fine, externalLink: 'https://marches.example.org/avis/12' }), today)).toEqual({});
  });

  it('refuses a deadline in the past or not a date, accepts today; a start date comes after the deadline', () => {
    expect(validate(complete({ deadline: '2026-12-02' }), today)).toEqual({ deadline: 'past' });
    expect(validate(complete({ deadline: '2026-13-45' }), today)).toEqual({ deadline: 'date' });
    expect(validate(complete({ deadline: today }), today)).toEqual({});
    expect(validate(complete({ startDate: '2026-12-10' }), today)).toEqual({ startDate: 'startAfterDeadline' });
    expect(validate(complete({ startDate: '2027-01-12' }), today)).toEqual({});
  });
});

describe('the body posted', () => {
  it('is trimmed and leaves out the optional fields left empty', () => {
    const input = toNeedInput(complete({ title: '  Plateaux repas  ' }), 'fr');
    expect(input).toEqual({
      kind: 'QUOTE',
      title: 'Plateaux repas',
      description: '80 plateaux-repas le 12 janvier, livrés à Rennes.',
      sectors: ['traiteur'],
      places: ['commune:35238'],
      deadline: '2026-12-20',
      amount: '1-5K',
      buyer: { name: 'Camille Martin', organisation: 'Ville de Rennes', email: 'camille.martin@example.org' },
    });
  });

  it('says nationwide instead of places, and carries the options, the named suppliers, the honeypot and the language', () => {
    const draft = complete({
      place: 'nationwide',
      kinds: ['EA'],
      prestaTypes: ['DISP'],
      socialClause: true,
      supplierIds: ['s42'],
      startDate: '2027-01-12',
      reservedLot: true,
      acceptsCoContracting: true,
      externalLink: ' https://marches.example.org/avis/12 ',
      homepage: 'http://spam.example',
    });
    const input = toNeedInput({ ...draft, buyer: { ...draft.buyer, phone: '02 99 00 00 00' } }, 'en');
    expect(input).toMatchObject({
      nationwide: true,
      kinds: ['EA'],
      prestaTypes: ['DISP'],
      socialClause: true,
      supplierIds: ['s42'],
      startDate: '2027-01-12',
      reservedLot: true,
      acceptsCoContracting: true,
      externalLink: 'https://marches.example.org/avis/12',
      homepage: 'http://spam.example',
      buyer: { phone: '02 99 00 00 00' },
    });
    expect(input).not.toHaveProperty('places');
  });
});

describe('a failed post', () => {
  it('puts a 400 under the field it names, with the API message, whatever the path syntax', () => {
    for (const parameter of ['buyer.email', 'buyer/email', 'buyer[email]']) {
      expect(errorsFromFailure(badRequest(parameter))).toEqual({ errors: { 'buyer.email': { server: 'Adresse invalide / invalid address' } } });
    }
    expect(errorsFromFailure(badRequest('places.0', 'Lieu inconnu'))).toEqual({ errors: { place: { server: 'Lieu inconnu' } } });
    expect(errorsFromFailure(badRequest('nationwide', 'x')).errors).toHaveProperty('place');
  });

  it('puts a 403 for a field outside the key scope under that field', () => {
    const body = { error: { code: 'forbidden', message: 'A key bound to regions posts needs for its own places.', details: { parameter: 'nationwide' } }, requestId: 'r' };
    expect(errorsFromFailure(new ApiError(403, body, null))).toEqual({ errors: { place: { server: body.error.message } } });
  });

  it('is one message for the form when the field is not one of the form, the key is limited, or the network failed', () => {
    expect(errorsFromFailure(badRequest('homepage'))).toEqual({ errors: {}, form: 'invalid' });
    expect(errorsFromFailure(new ApiError(429, { error: { code: 'rate_limited', message: 'Trop' }, requestId: 'r' }, null)).form).toBe('rateLimited');
    expect(errorsFromFailure(new ApiError(500, undefined, null)).form).toBe('failed');
    expect(errorsFromFailure(new NetworkError('offline')).form).toBe('failed');
  });
});

it('the local date is the date a date input shows, not UTC', () => {
  expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
});
