import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { AppError } from '../errors';
import { getIntParam } from '../params/params.repository';

/** Reads the one .xlsx of a multipart upload (field `file`) within system.upload_max_mb; refusals name the file in Chinese. */
export async function receiveXlsx(db: Kysely<DB>, req: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  const maxBytes = (await getIntParam(db, 'system.upload_max_mb')) * 1024 * 1024;
  const part = await req.file({ limits: { fileSize: maxBytes } });
  if (!part) throw new AppError('VALIDATION_FAILED', '请选择要上传的 Excel 文件（.xlsx）');
  if (!/\.xlsx$/i.test(part.filename)) {
    throw new AppError('VALIDATION_FAILED', `只接受 .xlsx 文件，“${part.filename}”不是`);
  }
  try {
    return { fileName: part.filename, content: await part.toBuffer() };
  } catch {
    throw new AppError('VALIDATION_FAILED', `文件超过大小上限 ${maxBytes / 1024 / 1024} MB`);
  }
}
