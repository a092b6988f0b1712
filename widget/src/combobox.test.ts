import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../sdk/src/types.js';
import { comboboxKey, moveActive, orderSuggestions } from './combobox.js';

describe('combobox keys', () => {
  it('arrows move through the options and wrap around', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });

  it('an arrow on a closed list opens it on the first or the last option', () => {
    expect(comboboxKey('ArrowDown', { open: false, active: -1 }, 3)).toEqual({ open: true, active: 0 });
    expect(comboboxKey('ArrowUp', { open: false, active: -1 }, 3)).toEqual({ open: true, active: 2 });
  });

  it('Enter chooses the active option, or only closes the list', () => {
    expect(comboboxKey('Enter', { open: true, active: 1 }, 3)).toEqual({ open: false, active: -1, choose: 1 });
    expect(comboboxKey('Enter', { open: true, active: -1 }, 3)).toEqual({ open: false, active: -1 });
  });

  it('Escape closes an open list, and clears the text once closed', () => {
    expect(comboboxKey('Escape', { open: true, active: 0 }, 3)).toEqual({ open: false, active: -1 });
    expect(comboboxKey('Escape', { open: false, active: -1 }, 3)).toEqual({ open: false, active: -1, clear: true });
  });

  it("leaves other keys to the input", () => {
    expect(comboboxKey('a', { open: true, active: 0 }, 3)).toBeUndefined();
    expect(comboboxKey('Home', { open: true, active: 0 }, 3)).toBeUndefined();
  });
});

it('groups suggestions by type, in the order the API ranked their first member', () => {
  const place: Suggestion = { type: 'place', place: { id: 'region:84', type: 'region', code: '84', name: 'Auvergne-Rhône-Alpes' } };
  const sector: Suggestion = { type: 'sector', value: 'traiteur', label: 'Traiteur', group: 'restauration' };
  const supplier: Suggestion = { type: 'supplier', id: 's1', label: 'Atelier', kind: 'EA', city: 'Lyon' };
  expect(orderSuggestions([place, sector, place, supplier, sector])).toEqual([place, place, sector, sector, supplier]);
});
