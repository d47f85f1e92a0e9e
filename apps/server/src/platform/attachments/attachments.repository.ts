import type { Kysely, Selectable } from 'kysely';
import type { AttachmentTable, DB } from '../db/schema';

export type AttachmentRow = Selectable<AttachmentTable>;

/** The attachments of some owners of one type, oldest first (for a module's own detail or facts). */
export async function attachmentsOf(db: Kysely<DB>, ownerType: string, ownerIds: readonly number[]) {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom('attachment')
    .selectAll()
    .where('owner_type', '=', ownerType)
    .where('owner_id', 'in', ownerIds)
    .orderBy('id')
    .execute();
}

/** How many files each owner holds, by owner id (owners with none are absent). */
export async function countAttachments(
  db: Kysely<DB>,
  ownerType: string,
  ownerIds: readonly number[],
  slot?: string,
): Promise<Map<number, number>> {
  if (ownerIds.length === 0) return new Map();
  let q = db
    .selectFrom('attachment')
    .select(['owner_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('owner_type', '=', ownerType)
    .where('owner_id', 'in', ownerIds)
    .groupBy('owner_id');
  if (slot) q = q.where('slot', '=', slot);
  return new Map((await q.execute()).map((r) => [r.owner_id, Number(r.n)]));
}

/** One attachment by id. */
export async function findAttachment(db: Kysely<DB>, id: number) {
  return db.selectFrom('attachment').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The row as an API answer (no storage key). */
export function presentAttachment(a: AttachmentRow) {
  return {
    id: a.id,
    ownerType: a.owner_type,
    ownerId: a.owner_id,
    slot: a.slot,
    fileName: a.file_name,
    mimeType: a.mime_type,
    sizeBytes: a.size_bytes,
    createdAt: a.created_at.toISOString(),
  };
}
