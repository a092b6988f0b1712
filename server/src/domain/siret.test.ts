import { describe, expect, it } from 'vitest';
import { isValidSiren, isValidSiret, luhnComplete } from './siret.js';

describe('isValidSiren', () => {
  it('accepts a real SIREN whose Luhn sum is a multiple of 10', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('552100554')).toBe(true);
  });

  it('rejects a wrong check digit, a wrong length and non-digits', () => {
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('73282932')).toBe(false);
    expect(isValidSiren('7328293200')).toBe(false);
    expect(isValidSiren('73282932a')).toBe(false);
  });
});

describe('isValidSiret', () => {
  it('accepts a real SIRET and rejects it with one digit changed', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
  });

  it('rejects anything but 14 digits', () => {
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('732 829 320 00074')).toBe(false);
    expect(isValidSiret('')).toBe(false);
  });

  it('accepts La Poste establishments whose digits sum to a multiple of 5, even when Luhn fails', () => {
    // 3+5+6 + 0... + 1+0+2+3+5 = 25
    expect(isValidSiret('35600000010235')).toBe(true);
    expect(isValidSiret('35600000010235'.slice(0, 13) + '0')).toBe(true); // sum 20
  });

  it('checks the La Poste head office with Luhn like any other SIRET', () => {
    // Luhn-valid, though its digits sum to 26
    expect(isValidSiret('35600000000048')).toBe(true);
    expect(isValidSiret('35600000000049')).toBe(false);
  });

  it('rejects La Poste establishments whose digit sum is not a multiple of 5', () => {
    expect(isValidSiret('35600000010236')).toBe(false);
  });
});

describe('luhnComplete', () => {
  it('completes 8 digits into a valid SIREN and 13 into a valid SIRET', () => {
    expect(luhnComplete('73282932')).toBe('732829320');
    expect(luhnComplete('7328293200007')).toBe('73282932000074');
  });

  it('always yields a number the validators accept', () => {
    for (const prefix of ['12345678', '00000001', '99999999']) {
      expect(isValidSiren(luhnComplete(prefix))).toBe(true);
    }
    for (const prefix of ['1234567800012', '4000000000001', '9999999999999']) {
      expect(isValidSiret(luhnComplete(prefix))).toBe(true);
    }
  });

  it('refuses a prefix of another length', () => {
    expect(() => luhnComplete('123')).toThrow(RangeError);
  });
});
