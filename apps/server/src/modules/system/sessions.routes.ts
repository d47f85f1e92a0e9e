import { z } from 'zod';
import { sql } from 'kysely';
import { ZOk, ZSession } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { getSecurityPolicy } from '../../platform/params/params.repository';
import { notFound, outOfScope } from '../../platform/errors';
import { inScope } from '../../platform/auth/region-scope';
import { revokeSession } from '../../platform/auth/session.store';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { codeStartsWith } from '../../platform/db/code-prefix';

const tags = ['在线用户'];

/** 在线用户: live sessions in scope, and 强制下线. */
export async function sessionRoutes(app: App): Promise<void> {
  app.get('/sessions', {
    config: { access: 'security:session:list' },
    schema: { tags, summary: '在线会话（未过期、未注销）', response: { 200: z.array(ZSession) } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const policy = await getSecurityPolicy(app.db);
      const rows = await app.db
        .selectFrom('user_session as s')
        .innerJoin('app_user as u', 'u.id', 's.user_id')
        .select([
          's.id',
          's.user_id',
          'u.username',
          'u.display_name',
          's.ip',
          's.user_agent',
          's.created_at',
          's.last_seen_at',
        ])
        .where('s.revoked_at', 'is', null)
        .where('s.expires_at', '>', new Date())
        .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${policy.idleTimeoutMinutes})`)
        .where(codeStartsWith('u.region_code', auth.scopePrefix))
        .orderBy('s.last_seen_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        userId: r.user_id,
        username: r.username,
        displayName: r.display_name,
        ip: r.ip,
        userAgent: r.user_agent,
        createdAt: r.created_at.toISOString(),
        lastSeenAt: r.last_seen_at.toISOString(),
        current: r.id === auth.sessionId,
      }));
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
      const auth = requireAuth(req.auth);
      const s = await app.db
        .selectFrom('user_session as s')
        .innerJoin('app_user as u', 'u.id', 's.user_id')
        .select(['s.id', 's.user_id', 'u.username', 'u.region_code'])
        .where('s.id', '=', req.params.id)
        .where('s.revoked_at', 'is', null)
        .executeTakeFirst();
      if (!s) throw notFound('会话');
      if (!inScope(auth.scopePrefix, s.region_code)) throw outOfScope();
      await app.db.transaction().execute(async (trx) => {
        await revokeSession(trx, s.id, auth.userId);
        await writeAudit(trx, actorOf(req), {
          action: 'session.revoke',
          objectType: 'user',
          objectId: s.user_id,
          regionCode: s.region_code,
          details: { sessionId: s.id, username: s.username },
        });
      });
      return { ok: true as const };
    },
  });
}
