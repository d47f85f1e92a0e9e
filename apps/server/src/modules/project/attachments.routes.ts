import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ZAttachment, ZIdParam, ZOk, type TFormField } from '@kechuang/domain';
import { AppError, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App, type AuthContext } from '../../platform/http/types';
import type { StorageAdapter } from '../../platform/storage/storage';
import { findApplication } from './application.repository';
import { filesOf, findCall } from './call.repository';
import {
  applicantActor,
  assertCanReadApplication,
  assertStaffRegion,
  canSeeCall,
  projectScope,
} from './project.policy';
import { presentAttachment } from './project.presenter';
import { assertEditable } from './save-application';
import { deleteAttachment, saveAttachment, uploadLimitBytes } from './save-attachment';

const tags = ['项目附件'];
const ZSlotQuery = z.object({ slot: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, '附件栏目标识格式不正确') });

/** Reads the one file of a multipart request, capped at the upload limit. */
async function readUpload(req: FastifyRequest, maxBytes: number): Promise<{ fileName: string; data: Buffer }> {
  let part: MultipartFile | undefined;
  try {
    part = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: 5 } });
  } catch {
    throw new AppError('VALIDATION_FAILED', '请以 multipart/form-data 方式上传文件（字段名 file）');
  }
  if (!part) throw new AppError('VALIDATION_FAILED', '请选择要上传的文件', [{ field: 'file', message: '未收到文件' }]);
  try {
    return { fileName: part.filename, data: await part.toBuffer() };
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(
        'VALIDATION_FAILED',
        `文件“${part.filename}”超过上传大小上限 ${Math.round(maxBytes / 1048576)} MB`,
        [{ field: 'file', message: '文件过大' }],
      );
    }
    throw err;
  }
}

/** Attachments of applications (by form slot) and of calls (guides); stored by random key, downloaded through access checks. */
export function attachmentRoutes(storage: StorageAdapter) {
  return async (app: App): Promise<void> => {
    app.post('/applications/:id/attachments', {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          '上传申报附件（multipart 字段 file；slot 为申报表中的附件栏目；仅 PDF/DOCX/XLSX/JPG/PNG，按扩展名与文件头校验，大小受参数限制）',
        params: ZIdParam,
        querystring: ZSlotQuery,
        consumes: ['multipart/form-data'],
        response: { 200: ZAttachment },
      },
      handler: async (req) => {
        const auth = requireAuth(req.auth);
        const a = await findApplication(app.db, req.params.id);
        if (!a) throw notFound('申报书');
        await assertCanReadApplication(app.db, projectScope(auth), a);
        const { onBehalf } = applicantActor(auth, a);
        assertEditable(a.state);
        const slot = ((a.form ?? []) as TFormField[]).find((f) => f.key === req.query.slot && f.type === 'file');
        if (!slot) {
          throw new AppError('VALIDATION_FAILED', `申报表中没有附件栏目“${req.query.slot}”`, [
            { field: 'slot', message: '附件栏目不存在' },
          ]);
        }
        const maxBytes = await uploadLimitBytes(app.db);
        const file = await readUpload(req, maxBytes);
        const id = await saveAttachment(app.db, storage, actorOf(req), {
          owner: {
            type: 'application',
            id: a.id,
            regionCode: a.region_code,
            enterpriseId: a.enterprise_id,
            title: a.title,
          },
          slot: slot.key,
          ...file,
          maxBytes,
          onBehalf,
        });
        return presentAttachment((await filesOf(app.db, 'application', [a.id])).find((f) => f.id === id)!);
      },
    });

    app.post('/calls/:id/attachments', {
      config: { access: 'project:write' },
      schema: {
        tags,
        summary: '上传批次附件（申报指南、通知文件等；multipart 字段 file）',
        params: ZIdParam,
        querystring: ZSlotQuery.partial(),
        consumes: ['multipart/form-data'],
        response: { 200: ZAttachment },
      },
      handler: async (req) => {
        const auth = requireAuth(req.auth);
        const c = await findCall(app.db, req.params.id);
        if (!c) throw notFound('项目批次');
        assertStaffRegion(auth, c.region_code);
        const maxBytes = await uploadLimitBytes(app.db);
        const file = await readUpload(req, maxBytes);
        const id = await saveAttachment(app.db, storage, actorOf(req), {
          owner: { type: 'call', id: c.id, regionCode: c.region_code, title: c.title },
          slot: req.query.slot ?? 'guide',
          ...file,
          maxBytes,
        });
        return presentAttachment((await filesOf(app.db, 'call', [c.id])).find((f) => f.id === id)!);
      },
    });

    const accessible = async (auth: AuthContext, id: number, write: boolean) => {
      const f = await app.db.selectFrom('project_file').selectAll().where('id', '=', id).executeTakeFirst();
      if (!f) throw notFound('附件');
      if (f.owner_type === 'application') {
        const a = (await findApplication(app.db, f.owner_id))!;
        await assertCanReadApplication(app.db, projectScope(auth), a);
        if (write) {
          applicantActor(auth, a);
          assertEditable(a.state);
        }
      } else {
        const c = (await findCall(app.db, f.owner_id))!;
        if (write) assertStaffRegion(auth, c.region_code);
        else if (!canSeeCall(auth, c)) throw notFound('附件');
      }
      return f;
    };

    app.get('/attachments/:id', {
      config: { access: 'signed-in' },
      schema: { tags, summary: '下载附件（按申报书或批次的查看权限）', params: ZIdParam },
      handler: async (req, reply) => {
        const f = await accessible(requireAuth(req.auth), req.params.id, false);
        const data = await storage.get(f.storage_key);
        return reply
          .header('content-type', f.mime_type)
          .header(
            'content-disposition',
            `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(f.file_name)}`,
          )
          .header('x-content-type-options', 'nosniff')
          .send(data);
      },
    });

    app.delete('/attachments/:id', {
      config: { access: 'signed-in' },
      schema: { tags, summary: '删除附件（申报书仅草稿或退回修改时可删）', params: ZIdParam, response: { 200: ZOk } },
      handler: async (req) => {
        const f = await accessible(requireAuth(req.auth), req.params.id, true);
        await deleteAttachment(app.db, storage, actorOf(req), f);
        return { ok: true as const };
      },
    });
  };
}
