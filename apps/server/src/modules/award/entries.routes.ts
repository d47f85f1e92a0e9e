import { z } from 'zod';
import {
  ZAdvanceEntryRequest,
  ZAwardHistoryEntry,
  ZCompetitionEntry,
  ZCompetitionEntryInput,
  ZCompetitionEntryListQuery,
  ZEntryAwardRequest,
  ZIdParam,
  ZUpdateCompetitionEntryRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { advanceEntry } from './advance-entry';
import { awardEntry } from './award-entry';
import { awardScope } from './award.policy';
import { presentEntry, presentHistory } from './award.presenter';
import { createEntry } from './create-entry';
import { listEntries } from './entry.repository';
import { readAwardHistory } from './read-award-history';
import { readEntry } from './read-award-rows';
import { updateEntry } from './update-entry';

const tags = ['奖励与赛事'];

/** Competition entries: list (an enterprise user sees its own), detail, history, create, edit, advance, award. */
export async function entryRoutes(app: App): Promise<void> {
  app.get('/award/entries', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '参赛记录列表（大赛、年度、阶段、是否获奖、类型、记录编号筛选；企业用户仅见本单位）',
      querystring: ZCompetitionEntryListQuery,
      response: { 200: zPage(ZCompetitionEntry) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = awardScope(requireAuth(req.auth));
      const { rows, total } = await listEntries(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentEntry), total, success: true as const };
    },
  });

  app.get('/award/entries/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '参赛记录详情', params: ZIdParam, response: { 200: ZCompetitionEntry } },
    handler: async (req) => presentEntry(await readEntry(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.get('/award/entries/:id/history', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '参赛记录的阶段与获奖记录',
      params: ZIdParam,
      response: { 200: z.array(ZAwardHistoryEntry) },
    },
    handler: async (req) =>
      (await readAwardHistory(app.db, requireAuth(req.auth), 'entry', req.params.id)).map(presentHistory),
  });

  app.post('/award/entries', {
    config: { access: 'award:write' },
    schema: { tags, summary: '登记参赛（留痕）', body: ZCompetitionEntryInput, response: { 200: ZCompetitionEntry } },
    handler: async (req) => presentEntry(await createEntry(app.db, contextOf(req), req.body)),
  });

  app.put('/award/entries/:id', {
    config: { access: 'award:write' },
    schema: {
      tags,
      summary: '修改参赛信息（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateCompetitionEntryRequest,
      response: { 200: ZCompetitionEntry },
    },
    handler: async (req) => presentEntry(await updateEntry(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.post('/award/entries/:id/advance', {
    config: { access: 'award:write' },
    schema: {
      tags,
      summary: '登记晋级（报名 → 初赛 → 复赛 → 决赛，逐级，留痕）',
      params: ZIdParam,
      body: ZAdvanceEntryRequest,
      response: { 200: ZCompetitionEntry },
    },
    handler: async (req) => presentEntry(await advanceEntry(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.post('/award/entries/:id/award', {
    config: { access: 'award:write' },
    schema: {
      tags,
      summary: '登记所获奖项（留痕）',
      params: ZIdParam,
      body: ZEntryAwardRequest,
      response: { 200: ZCompetitionEntry },
    },
    handler: async (req) => presentEntry(await awardEntry(app.db, contextOf(req), req.params.id, req.body)),
  });
}
