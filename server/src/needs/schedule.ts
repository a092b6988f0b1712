/**
 * What runs on a clock: asking buyers whether a contract was signed (after the
 * deadline plus a delay), and erasing personal data past its retention.
 */
import type { Database } from '../storage/database.js';
import { buyerOutcomeMail } from './mails.js';
import { enqueue } from './outbox.js';
import { eraseExpired } from './personal-data.js';
import type { NeedsService } from './service.js';
import { findNeed } from './store.js';

export interface ScheduleOptions {
  db: Database;
  service: NeedsService;
  /** Days after the deadline before the buyer is asked about the outcome. Default 7. */
  outcomeDelayDays?: number;
  /** Days the buyer's data is kept after the need closes. Default 365. */
  retentionDays?: number;
  now?: () => number;
}

export function createNeedsSchedule(options: ScheduleOptions) {
  const { db, service, outcomeDelayDays = 7, retentionDays = 365 } = options;
  const now = () => new Date((options.now ?? Date.now)());

  /** Enqueues the outcome question of every need that is due; how many. */
  async function askOutcomes(): Promise<number> {
    const at = now();
    const due = await db.query<{ id: string }>(
      `SELECT id FROM needs
       WHERE status IN ('sent', 'closed') AND outcome_asked_at IS NULL AND contract_signed IS NULL AND buyer_email IS NOT NULL
         AND deadline::timestamptz + make_interval(days => $2) <= $1`,
      [at, outcomeDelayDays],
    );
    for (const { id } of due) {
      await db.transaction(async (tx) => {
        const need = await findNeed(tx, id, true);
        if (!need?.buyer) return;
        const payload = buyerOutcomeMail(need, service.sign('outcome', id), service.mail);
        await enqueue(tx, [{ needId: id, channel: 'mail', purpose: 'buyer_outcome', dedupeKey: `outcome:${id}`, payload }], at);
        await tx.query('UPDATE needs SET outcome_asked_at = $2 WHERE id = $1', [id, at]);
      });
    }
    return due.length;
  }

  async function run(): Promise<{ outcomesAsked: number; erased: number }> {
    return { outcomesAsked: await askOutcomes(), erased: await eraseExpired(db, retentionDays, now()) };
  }

  return { askOutcomes, run };
}
