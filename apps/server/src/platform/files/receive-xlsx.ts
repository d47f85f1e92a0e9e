import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { readUpload } from '../attachments/read-upload';
import type { DB } from '../db/schema';
import { AppError } from '../errors';
import { getIntParam } from '../params/params.repository';

/** Reads the one .xlsx of a multipart upload (field `file`) within system.upload_max_mb; refusals name the file in Chinese. */
export async function receiveXlsx(db: Kysely<DB>, req: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  const maxBytes = (await getIntParam(db, 'system.upload_max_mb')) * 1024 * 1024;
  const { fileName, data } = await readUpload(req, maxBytes);
  if (!/\.xlsx$/i.test(fileName)) throw new AppError('VALIDATION_FAILED', `只接受 .xlsx 文件，“${fileName}”不是`);
  return { fileName, content: data };
}
