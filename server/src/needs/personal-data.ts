/**
 * The buyer's personal data (name, organisation, e-mail, phone) is kept a configured
 * time after the need closes (closed by the buyer, else its deadline), then erased by
 * a scheduled job; an admin can export or erase one buyer's data at any time. Mail
 * already rendered for the buyer goes too: the outbox holds their address.
 */
import type { Queryable } from '../storage/database.js';

export interface BuyerExport {
  email: string;
  needs: {
    id: string;
    title: string;
    createdAt: string;
    status: string;
    buyer: { name: string; organisation: string; email: string; phone?: string };
  }[];
}

export async function exportBuyer(db: Queryable, email: string): Promise<BuyerExport> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT id, title, created_at, status, buyer_name, buyer_organisation, buyer_email, buyer_phone
     FROM needs WHERE lower(buyer_email) = lower($1) ORDER BY created_at`,
    [email],
  );
  return {
    email,
    needs: rows.map((row) => ({
      id: row.id as string,
      title: row.title as string,
      createdAt: (row.created_at as Date).toISOString(),
      status: row.status as string,
      buyer: {
        name: row.buyer_name as string,
        organisation: row.buyer_organisation as string,
        email: row.buyer_email as string,
        ...(row.buyer_phone !== null ? { phone: row.buyer_phone as string } : {}),
      },
    })),
  };
}

/** Erases the buyer data of the needs `where` selects (a SQL condition on `needs`); how many. */
async function erase(db: Queryable, where: string, params: unknown[], at: Date): Promise<number> {
  const erased = await db.query<{ id: string }>(
    `UPDATE needs SET buyer_name = NULL, buyer_organisation = NULL, buyer_email = NULL, buyer_phone = NULL, erased_at = $1
     WHERE erased_at IS NULL AND (${where}) RETURNING id`,
    [at, ...params],
  );
  if (erased.length) {
    await db.query(`DELETE FROM outbox WHERE purpose LIKE 'buyer_%' AND need_id IN (SELECT jsonb_array_elements_text($1::jsonb))`, [
      JSON.stringify(erased.map((row) => row.id)),
    ]);
  }
  return erased.length;
}

export function eraseBuyer(db: Queryable, email: string, at: Date): Promise<number> {
  return erase(db, 'lower(buyer_email) = lower($2)', [email], at);
}

/** The scheduled erasure: needs closed (or past their deadline) more than `retentionDays` ago. */
export function eraseExpired(db: Queryable, retentionDays: number, at: Date): Promise<number> {
  const limit = new Date(at.getTime() - retentionDays * 86_400_000);
  return erase(db, `COALESCE(closed_at, deadline::timestamptz) < $2`, [limit], at);
}
