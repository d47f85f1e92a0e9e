import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { evidenceKindsOf, EVIDENCE_KIND_LABELS, type AchievementCategory, type EvidenceKind } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { AuthContext, UseCaseContext } from '../../platform/http/types';
import { getIntParam } from '../../platform/params/params.repository';
import { checkUpload } from '../../platform/storage/file-type';
import type { StorageAdapter } from '../../platform/storage/storage';
import { applicantActor } from './achievement.policy';
import { findAchievementFile } from './achievement.repository';
import { readAchievement } from './read-achievement';
import { assertEditable } from './update-achievement';

/** Reads the uploaded file, refusing one over `maxBytes`; called only once the upload is allowed. */
import type { ReadUpload } from '../../platform/attachments/read-upload';

/** The upload size limit in bytes, from the `system.upload_max_mb` parameter. */
export async function uploadLimitBytes(db: Kysely<DB>): Promise<number> {
  return (await getIntParam(db, 'system.upload_max_mb')) * 1024 * 1024;
}

/** Refuses an evidence kind the registration's 类别 does not take (400 naming the kind). */
function assertKindFits(category: AchievementCategory, kind: EvidenceKind): void {
  if (evidenceKindsOf(category).includes(kind)) return;
  const message = `该类别的成果登记不需要“${EVIDENCE_KIND_LABELS[kind]}”`;
  throw new AppError('VALIDATION_FAILED', message, [{ field: 'kind', message }]);
}

/**
 * The unit (or staff on its behalf) attaches one piece of evidence to a draft or returned registration: the file
 * is checked (allow-listed type by extension and content, size), stored under a random key and recorded with its
 * audit row in one transaction; a failed transaction removes the stored file. Returns the file's id.
 */
export async function attachAchievementFile(
  db: Kysely<DB>,
  storage: StorageAdapter,
  { auth, actor }: UseCaseContext,
  input: { achievementId: number; kind: EvidenceKind; read: ReadUpload },
): Promise<number> {
  const a = await readAchievement(db, auth, input.achievementId);
  const { onBehalf } = applicantActor(auth, a);
  assertEditable(a.status);
  assertKindFits(a.category as AchievementCategory, input.kind);
  const maxBytes = await uploadLimitBytes(db);
  const { fileName: sent, data } = await input.read(maxBytes);
  const check = checkUpload(sent, data, maxBytes);
  if (!check.ok) throw new AppError('VALIDATION_FAILED', check.message, [{ field: 'file', message: check.message }]);
  // Only the last path component of what the browser sent is kept, and only as a label.
  const fileName = sent.split(/[\\/]/).pop()!.slice(-200);
  const key = await storage.put(data);
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('achievement_file')
        .values({
          region_code: a.region_code,
          achievement_id: a.id,
          kind: input.kind,
          file_name: fileName,
          mime_type: check.mime,
          size_bytes: data.length,
          sha256: createHash('sha256').update(data).digest('hex'),
          storage_key: key,
          created_by: actor.id,
          updated_by: actor.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const { storage_key: _key, ...shown } = row;
      await writeAudit(trx, actor, {
        action: 'achievement.file.upload',
        objectType: 'achievement_file',
        objectId: row.id,
        regionCode: a.region_code,
        after: shown,
        details: { achievementId: a.id, onBehalf },
      });
      return row.id;
    });
  } catch (err) {
    await storage.remove(key);
    throw err;
  }
}

/** One evidence file, if the user may read its registration (404 / 403). */
export async function readAchievementFile(db: Kysely<DB>, auth: AuthContext, id: number) {
  const f = await findAchievementFile(db, id);
  if (!f) throw notFound('证明材料');
  await readAchievement(db, auth, f.achievement_id);
  return f;
}

/** Removes a piece of evidence from a draft or returned registration (audited); the stored bytes go after COMMIT. */
export async function deleteAchievementFile(
  db: Kysely<DB>,
  storage: StorageAdapter,
  { auth, actor }: UseCaseContext,
  id: number,
): Promise<void> {
  const f = await readAchievementFile(db, auth, id);
  const a = await readAchievement(db, auth, f.achievement_id);
  applicantActor(auth, a);
  assertEditable(a.status);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('achievement_file').where('id', '=', id).execute();
    const { storage_key: _key, ...shown } = f;
    await writeAudit(trx, actor, {
      action: 'achievement.file.delete',
      objectType: 'achievement_file',
      objectId: id,
      regionCode: f.region_code,
      before: shown,
      details: { achievementId: f.achievement_id },
    });
  });
  await storage.remove(f.storage_key);
}
