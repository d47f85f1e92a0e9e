import { createHash } from 'node:crypto';
import { ZRecordSet, ZRecordSetIds, ZRecordSetRequest } from '@kechuang/domain';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { AppError, notFound } from '../errors';
import { requireAuth, type App } from '../http/types';

const SET_PREFIX = 'set:';
const TOKEN = /^set:([0-9a-f]{32})$/;

/**
 * Record sets: a figure's records opened in their list when the ids are too many for an address (a province's
 * 10,950 R&D forms made a 65,714-character link, which the server refuses with 431). The web stores the ids once
 * (`POST /api/v1/record-sets`) and opens the list with `ids=set:<token>`; a hook puts the ids back before the list's
 * own validation, so every list that takes `ids` takes a set, and its row scope still applies. The token is the
 * hash of the ids, so the same records always get the same address. A set is a lookup key, not a record of the
 * bureau's work: like a session row it is not audited (an audit row would also renew every remembered figure).
 */
export async function recordSetRoutes(app: App): Promise<void> {
  app.post('/record-sets', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['报告事实'],
      summary: '保存一组记录编号，用于打开数字背后的记录（编号过多、放不进地址时）',
      body: ZRecordSetRequest,
      response: { 200: ZRecordSet },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const ids = [...new Set(req.body.ids)].sort((a, b) => a - b);
      const token = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 32);
      await app.db
        .insertInto('record_set')
        .values({ token, ids, created_by: auth.userId })
        .onConflict((oc) => oc.column('token').doNothing())
        .execute();
      return { token, idsParam: `${SET_PREFIX}${token}` };
    },
  });
}

/** A set's ids, for a page that needs one of them itself (the R&D review opens on the first form's task). */
export async function recordSetReadRoute(app: App): Promise<void> {
  app.get('/record-sets/:token', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['报告事实'],
      summary: '读取一组记录编号',
      params: z.object({ token: z.string().regex(/^[0-9a-f]{32}$/, '记录集编号须为 32 位十六进制') }),
      response: { 200: ZRecordSetIds },
    },
    handler: async (req) => {
      const row = await app.db
        .selectFrom('record_set')
        .select('ids')
        .where('token', '=', req.params.token)
        .executeTakeFirst();
      if (!row) throw notFound('记录集');
      return { token: req.params.token, ids: row.ids };
    },
  });
}

/** Puts a set's ids into `?ids=set:<token>` of any GET before its route validates the query. */
export function registerRecordSetExpansion(app: App, db: Kysely<DB>): void {
  app.addHook('preValidation', async (req) => {
    const query = req.query as Record<string, unknown> | undefined;
    const ids = query?.ids;
    if (req.method !== 'GET' || typeof ids !== 'string' || !ids.startsWith(SET_PREFIX)) return;
    const token = TOKEN.exec(ids)?.[1];
    const row = token
      ? await db.selectFrom('record_set').select('ids').where('token', '=', token).executeTakeFirst()
      : undefined;
    if (!row) throw new AppError('VALIDATION_FAILED', `查询参数 ids：记录集 ${ids} 不存在，请回到原页面重新打开`);
    query!.ids = row.ids.join(',');
  });
}
