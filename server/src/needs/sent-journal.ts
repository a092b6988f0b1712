/**
 * The ids of the mails the SMTP server accepted and the outbox has not yet marked sent, one
 * line each in a file, appended as each is accepted: a write the kernel keeps even when the
 * process is killed the next instant. The marks then go to the database in batches, and a
 * worker that starts marks what the file holds before it claims anything: a killed worker's
 * accepted mails are marked, not sent again, for a fraction of one UPDATE each.
 *
 * Only for a database this process alone writes (PGlite in the data dir), where nobody can
 * claim a dead worker's rows before it starts again and reads its journal. With several
 * workers on one PostgreSQL each mail is marked sent at once instead (outbox-worker.ts).
 */
import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface SentJournal {
  /** Notes an accepted message, durably against a crash of this process, before returning. */
  record(id: number): void;
  /** What the journal holds: accepted, maybe not marked yet. */
  recorded(): number[];
  /** Keeps only `ids` (the ones still to mark). */
  keep(ids: readonly number[]): void;
}

export function fileJournal(path: string): SentJournal {
  return {
    record: (id) => appendFileSync(path, `${id}\n`),
    recorded() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      // Only whole lines: what follows the last line break was cut by a crash mid-write, and
      // could read as another message's id ("4" of "413"). That message is sent again (in flight).
      return text.split('\n').slice(0, -1).filter((line) => /^\d+$/.test(line)).map(Number);
    },
    keep(ids) {
      // Written aside, then renamed over: a crash leaves the old list or the new, never half.
      writeFileSync(`${path}.next`, ids.map((id) => `${id}\n`).join(''));
      renameSync(`${path}.next`, path);
    },
  };
}
