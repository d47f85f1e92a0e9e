import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { AttachmentTable, DB } from '../db/schema';
import { ALLOWED_UPLOADS, extensionOf, type UploadKind } from '../storage/file-type';
import type { StorageAdapter } from '../storage/storage';

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

/**
 * Stores bytes the product itself supplies (demo data, generated documents) as an owner's attachment, inside the
 * caller's transaction and without an audit row of its own (the caller's write is the audited act). Uploads go
 * through `attachFile`, which checks and audits them.
 */
export async function insertAttachment(
  trx: Kysely<DB>,
  storage: StorageAdapter,
  f: {
    ownerType: string;
    ownerId: number;
    slot: string;
    regionCode: string;
    fileName: string;
    data: Buffer;
    actorId: number | null;
    createdAt?: Date;
  },
): Promise<number> {
  const kind = extensionOf(f.fileName) as UploadKind;
  if (!(kind in ALLOWED_UPLOADS)) throw new Error(`insertAttachment: unsupported file ${f.fileName}`);
  const row = await trx
    .insertInto('attachment')
    .values({
      owner_type: f.ownerType,
      owner_id: f.ownerId,
      slot: f.slot,
      region_code: f.regionCode,
      file_name: f.fileName,
      mime_type: ALLOWED_UPLOADS[kind].mime,
      size_bytes: f.data.length,
      sha256: createHash('sha256').update(f.data).digest('hex'),
      storage_key: await storage.put(f.data),
      created_by: f.actorId,
      updated_by: f.actorId,
      ...(f.createdAt ? { created_at: f.createdAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
