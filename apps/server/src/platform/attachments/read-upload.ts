import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/** Reads an upload on demand, once its size limit is known. */
export type ReadUpload = (maxBytes: number) => Promise<{ fileName: string; data: Buffer }>;

/** The longest file name kept (the file tables' column and what a download header carries). */
export const MAX_FILE_NAME = 100;

/** What is wrong with an uploaded file's name, or null: control characters (a NUL) or a name past the limit. */
export function fileNameProblem(name: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return '文件名不能包含控制字符';
  if ([...name].length > MAX_FILE_NAME) return `文件名不能超过 ${MAX_FILE_NAME} 个字符，请改短后再上传`;
  return null;
}

/** Reads the one file (field `file`) of a multipart request, capped at `maxBytes`; Chinese refusals name the file. */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<{ fileName: string; data: Buffer }> {
  let part: MultipartFile | undefined;
  try {
    part = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: 5 } });
  } catch {
    throw new AppError('VALIDATION_FAILED', '请以 multipart/form-data 方式上传文件（字段名 file）');
  }
  if (!part) throw new AppError('VALIDATION_FAILED', '请选择要上传的文件', [{ field: 'file', message: '未收到文件' }]);
  const nameProblem = fileNameProblem(part.filename);
  if (nameProblem) throw new AppError('VALIDATION_FAILED', nameProblem, [{ field: 'file', message: nameProblem }]);
  try {
    return { fileName: part.filename, data: await part.toBuffer() };
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      const message = `文件“${part.filename}”超过上传大小上限 ${Math.round(maxBytes / 1048576)} MB`;
      throw new AppError('VALIDATION_FAILED', message, [{ field: 'file', message: '文件过大' }]);
    }
    throw err;
  }
}
