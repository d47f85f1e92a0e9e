import { z } from 'zod';
import { ZOk, ZSession } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { listOnlineSessions } from './list-online-sessions';
import { revokeUserSession } from './revoke-user-session';
import { presentSession } from './session.presenter';

const tags = ['在线用户'];

/** 在线用户: live sessions in scope, and 强制下线. */
export async function sessionRoutes(app: App): Promise<void> {
  app.get('/sessions', {
    config: { access: 'security:session:list' },
    schema: { tags, summary: '在线会话（未过期、未注销）', response: { 200: z.array(ZSession) } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      return (await listOnlineSessions(app.db, auth)).map((s) => presentSession(s, auth.sessionId));
    },
  });

  app.delete('/sessions/:id', {
    config: { access: 'security:session:revoke' },
    schema: {
      tags,
      summary: '强制下线',
      params: z.object({ id: z.uuid('会话编号格式不正确') }),
      response: { 200: ZOk },
    },
    handler: async (req) => {
      await revokeUserSession(app.db, contextOf(req), req.params.id);
      return { ok: true as const };
    },
  });
}
