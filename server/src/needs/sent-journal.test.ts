import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileJournal } from './sent-journal.js';

const dirs: string[] = [];
const journalIn = () => {
  const dir = mkdtempSync(join(tmpdir(), 'achat-inclusif-journal-'));
  dirs.push(dir);
  return join(dir, 'outbox-sent.journal');
};

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the journal of accepted mails', () => {
  it('is empty before anything was recorded (no file yet)', () => {
    expect(fileJournal(journalIn()).recorded()).toEqual([]);
  });

  it('gives back the ids recorded, in order, and read by another journal on the same file (a restarted process)', () => {
    const path = journalIn();
    const journal = fileJournal(path);
    for (const id of [7, 3, 12]) journal.record(id);
    expect(fileJournal(path).recorded()).toEqual([7, 3, 12]);
  });

  it('keeps only the ids still to mark', () => {
    const path = journalIn();
    const journal = fileJournal(path);
    for (const id of [1, 2, 3]) journal.record(id);
    journal.keep([3]);
    journal.record(4);
    expect(journal.recorded()).toEqual([3, 4]);
    journal.keep([]);
    expect(journal.recorded()).toEqual([]);
  });

  it('ignores a line a crash cut mid-write, which could read as another id ("4" of "413"): that message counts as in flight', () => {
    const path = journalIn();
    fileJournal(path).record(41);
    appendFileSync(path, '4');
    expect(fileJournal(path).recorded()).toEqual([41]);
  });
});
