import { z } from 'zod';
import { forbidden, notFound } from '../errors';
import { requireAuth, type App } from '../http/types';
import { loadFile } from './stored-file';

/** Downloads of generated files (error reports, exports): only for the user who caused them. */
export async function fileRoutes(app: App): Promise<void> {
  app.get('/files/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['文件'],
      summary: '下载本人生成的文件（导入错误报告、导出）',
      params: z.object({ id: z.uuid('文件编号格式不正确') }),
    },
    handler: async (req, reply) => {
      const auth = requireAuth(req.auth);
      const f = await loadFile(app.db, req.params.id);
      if (!f) throw notFound('文件');
      if (f.created_by !== auth.userId) throw forbidden('只能下载本人生成的文件');
      return reply
        .header('content-type', f.content_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.file_name)}`)
        .header('x-content-type-options', 'nosniff')
        .send(f.content);
    },
  });
}
