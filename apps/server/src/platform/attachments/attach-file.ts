import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/audit.writer';
import type { DB } from '../db/schema';
import { AppError, notFound } from '../errors';
import type { AuthContext, UseCaseContext } from '../http/types';
import { getIntParam } from '../params/params.repository';
import { ALLOWED_UPLOADS, checkUpload, extensionOf } from '../storage/file-type';
import type { StorageAdapter } from '../storage/storage';
import type { AttachmentOwner, AttachmentOwners } from './attachment-owner';
import { findAttachment, type AttachmentRow } from './attachments.repository';
import type { ReadUpload } from './read-upload';

function ownerOf(owners: AttachmentOwners, type: string): AttachmentOwner {
  const owner = owners.get(type);
  if (!owner) throw notFound('附件所属记录类型');
  return owner;
}

const shown = ({ storage_key: _key, ...row }: AttachmentRow) => row;

/**
 * Attaches a file to an owner's slot: the owner's module decides access; the slot's types are checked by extension
 * and magic bytes, the size against `system.upload_max_mb`, the slot's count; the bytes go to storage under a random
 * key, the row and its audit row in one transaction (a failed one removes the stored bytes).
 */
export async function attachFile(
  db: Kysely<DB>,
  storage: StorageAdapter,
  owners: AttachmentOwners,
  { auth, actor }: UseCaseContext,
  input: { ownerType: string; ownerId: number; slot: string; read: ReadUpload },
): Promise<AttachmentRow> {
  const owner = ownerOf(owners, input.ownerType);
  const slot = owner.slots[input.slot];
  if (!slot) {
    const names = Object.values(owner.slots)
      .map((s) => s.label)
      .join('、');
    throw new AppError('VALIDATION_FAILED', `${owner.label}的附件类别只能是：${names}`, [
      { field: 'slot', message: '附件类别不存在' },
    ]);
  }
  const { regionCode } = await owner.read(db, auth, input.ownerId);
  const details = (await owner.assertCanChange(db, auth, input.ownerId, input.slot)) ?? undefined;
  const maxBytes = (await getIntParam(db, 'system.upload_max_mb')) * 1024 * 1024;
  const upload = await input.read(maxBytes);
  const fail = (message: string) => new AppError('VALIDATION_FAILED', message, [{ field: 'file', message }]);
  if (slot.kinds && !slot.kinds.includes(extensionOf(upload.fileName) as never)) {
    const allowed = slot.kinds.map((k) => ALLOWED_UPLOADS[k].label).join('、');
    throw fail(`“${slot.label}”只接受 ${allowed}，“${upload.fileName}”不是`);
  }
  const check = checkUpload(upload.fileName, upload.data, maxBytes);
  if (!check.ok) throw fail(check.message);
  const fileName = upload.fileName.split(/[\\/]/).pop()!.slice(-200);
  const sha256 = createHash('sha256').update(upload.data).digest('hex');
  const key = await storage.put(upload.data);
  try {
    return await db.transaction().execute(async (trx) => {
      if (slot.maxCount !== undefined) {
        const { n } = await trx
          .selectFrom('attachment')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('owner_type', '=', owner.type)
          .where('owner_id', '=', input.ownerId)
          .where('slot', '=', input.slot)
          .executeTakeFirstOrThrow();
        if (Number(n) >= slot.maxCount) throw fail(`“${slot.label}”最多 ${slot.maxCount} 个文件，已满`);
      }
      const row = await trx
        .insertInto('attachment')
        .values({
          owner_type: owner.type,
          owner_id: input.ownerId,
          slot: input.slot,
          region_code: regionCode,
          file_name: fileName,
          mime_type: check.mime,
          size_bytes: upload.data.length,
          sha256,
          storage_key: key,
          created_by: actor.id,
          updated_by: actor.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, actor, {
        action: 'attachment.upload',
        objectType: 'attachment',
        objectId: row.id,
        regionCode,
        after: shown(row),
        details,
      });
      return row;
    });
  } catch (err) {
    await storage.remove(key);
    throw err;
  }
}

/** An attachment the user may download: whoever may read its owner. */
export async function readAttachment(db: Kysely<DB>, owners: AttachmentOwners, auth: AuthContext, id: number) {
  const a = await findAttachment(db, id);
  if (!a) throw notFound('附件');
  await ownerOf(owners, a.owner_type).read(db, auth, a.owner_id);
  return a;
}

/** The attachments of one owner the user may read, oldest first. */
export async function listAttachments(
  db: Kysely<DB>,
  owners: AttachmentOwners,
  auth: AuthContext,
  ownerType: string,
  ownerId: number,
) {
  await ownerOf(owners, ownerType).read(db, auth, ownerId);
  return db
    .selectFrom('attachment')
    .selectAll()
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .orderBy('id')
    .execute();
}

/** Removes an attachment when the user may change its owner (audited; the bytes go after the commit). */
export async function removeAttachment(
  db: Kysely<DB>,
  storage: StorageAdapter,
  owners: AttachmentOwners,
  { auth, actor }: UseCaseContext,
  id: number,
): Promise<void> {
  const a = await readAttachment(db, owners, auth, id);
  const details = (await ownerOf(owners, a.owner_type).assertCanChange(db, auth, a.owner_id, a.slot)) ?? undefined;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('attachment').where('id', '=', id).execute();
    await writeAudit(trx, actor, {
      action: 'attachment.delete',
      objectType: 'attachment',
      objectId: id,
      regionCode: a.region_code,
      before: shown(a),
      details,
    });
  });
  await storage.remove(a.storage_key);
}
