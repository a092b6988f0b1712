import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

describe('progressBar', () => {
  it('shows the share done, rows per second and the time left, redrawn at most every 100 ms', () => {
    const written: string[] = [];
    let now = 0;
    const bar = progressBar({ write: (text) => written.push(text), columns: 200 }, () => now);
    bar.update({ phase: 'read', rows: 0, bytes: 0, totalBytes: 1000 });
    now = 2000;
    bar.update({ phase: 'read', rows: 5000, bytes: 500, totalBytes: 1000 });
    now = 2050;
    bar.update({ phase: 'read', rows: 5100, bytes: 510, totalBytes: 1000 });
    expect(written).toHaveLength(2);
    expect(written[1]).toContain('[############------------] 50 %');
    expect(written[1]).toMatch(/ 2\s500\/s /);
    expect(written[1]).toContain('reste/left 2 s');
    bar.finish();
    expect(written.at(-1)).toBe('\n');
  });
});
