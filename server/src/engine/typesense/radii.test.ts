import { describe, expect, it } from 'vitest';
import { customRadii } from './radii.js';

/** A collection's radii as a facet would answer them, counting the reads. */
function collection(initial: number[]) {
  const state = { radii: initial, reads: 0 };
  const read = async () => {
    state.reads++;
    return [...state.radii];
  };
  return { state, read };
}

describe('the distinct CUSTOM radii the engine compiles with', () => {
  it('reads them from Typesense at the first search, sorted, then trusts them until the refresh delay', async () => {
    const { state, read } = collection([30, 10]);
    let now = 0;
    const radii = customRadii(read, 60_000, () => now);
    expect(await radii.current()).toEqual([10, 30]);
    state.radii = [10, 30, 45];
    now = 59_999;
    expect(await radii.current()).toEqual([10, 30]);
    now = 60_000;
    expect(await radii.current()).toEqual([10, 30, 45]);
    expect(state.reads).toBe(2);
  });

  it('counts the radii of what it writes at once, and a reindex replaces them all', async () => {
    const { state, read } = collection([10]);
    const radii = customRadii(read, 60_000, () => 0);
    expect(await radii.current()).toEqual([10]);
    radii.learn([25, 10]);
    expect(await radii.current()).toEqual([10, 25]);
    radii.replace([5]);
    expect(await radii.current()).toEqual([5]);
    expect(state.reads).toBe(1);
  });

  it('keeps a radius written while a read was in flight, and shares one read between concurrent searches', async () => {
    let answer: (radii: number[]) => void = () => undefined;
    let reads = 0;
    const radii = customRadii(() => {
      reads++;
      return new Promise((resolve) => (answer = resolve));
    }, 60_000, () => 0);
    const first = radii.current();
    const second = radii.current();
    radii.learn([70]);
    answer([10]);
    expect(await first).toEqual([10, 70]);
    expect(await second).toEqual([10, 70]);
    expect(reads).toBe(1);
  });
});
