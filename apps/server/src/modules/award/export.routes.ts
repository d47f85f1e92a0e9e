import { ZAwardNominationListQuery, ZCompetitionEntryListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { entryExportRows, nominationExportRows } from './award-export-rows';
import { awardScope } from './award.policy';
import { presentEntry, presentNomination } from './award.presenter';
import { listAllEntries } from './entry.repository';
import { listAllNominations } from './nomination.repository';

const EXPORT_CAP = 50_000;
// Persons' names and (masked) phones are personal data: the sheet says so (docs/rules.md §6.4).
const NOTICE = '含个人信息（联系电话已脱敏），仅限工作使用，请勿外传';

/** The exports of nominations and entries: the filtered list as the table shows it, stamped and audited. */
export async function awardExportRoutes(app: App): Promise<void> {
  app.get('/award/nominations/export', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['奖励与赛事'],
      summary: '导出当前筛选的推荐与获奖（留痕）',
      querystring: ZAwardNominationListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const scope = awardScope(requireAuth(req.auth));
      const found = (await listAllNominations(reader, scope, req.query, EXPORT_CAP)).map(presentNomination);
      return sendExport(app, req, reply, {
        fileName: '推荐与获奖',
        notice: NOTICE,
        audit: { action: 'award.nomination.export', details: { filter: req.query } },
        sheet: {
          sheetName: '推荐与获奖',
          title: '推荐与获奖',
          columns: [
            { key: 'programmeName', header: '评选', kind: 'text', width: 36 },
            { key: 'year', header: '年度', kind: 'integer' },
            { key: 'level', header: '级别', kind: 'text' },
            { key: 'category', header: '奖项类别', kind: 'text', width: 20 },
            { key: 'nomineeKind', header: '类型', kind: 'text' },
            { key: 'unitName', header: '单位名称', kind: 'text', width: 32 },
            { key: 'personName', header: '姓名', kind: 'text' },
            { key: 'contactPhone', header: '联系电话', kind: 'text', width: 16 },
            { key: 'title', header: '成果名称', kind: 'text', width: 32 },
            { key: 'nominatedOn', header: '推荐日期', kind: 'date' },
            { key: 'state', header: '评选结果', kind: 'text' },
            { key: 'grade', header: '获奖等级', kind: 'text' },
            { key: 'rank', header: '名次', kind: 'integer' },
            { key: 'announcedOn', header: '公布日期', kind: 'date' },
            { key: 'regionName', header: '所属县区', kind: 'text' },
          ],
          rows: await nominationExportRows(reader, found),
        },
      });
    },
  });

  app.get('/award/entries/export', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['奖励与赛事'],
      summary: '导出当前筛选的参赛记录（留痕）',
      querystring: ZCompetitionEntryListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const scope = awardScope(requireAuth(req.auth));
      const found = (await listAllEntries(reader, scope, req.query, EXPORT_CAP)).map(presentEntry);
      return sendExport(app, req, reply, {
        fileName: '参赛记录',
        notice: NOTICE,
        audit: { action: 'award.entry.export', details: { filter: req.query } },
        sheet: {
          sheetName: '参赛记录',
          title: '参赛记录',
          columns: [
            { key: 'competitionName', header: '大赛', kind: 'text', width: 40 },
            { key: 'year', header: '年度', kind: 'integer' },
            { key: 'level', header: '级别', kind: 'text' },
            { key: 'nomineeKind', header: '类型', kind: 'text' },
            { key: 'unitName', header: '单位名称', kind: 'text', width: 32 },
            { key: 'personName', header: '姓名', kind: 'text' },
            { key: 'contactPhone', header: '联系电话', kind: 'text', width: 16 },
            { key: 'projectTitle', header: '参赛项目', kind: 'text', width: 32 },
            { key: 'enteredOn', header: '报名日期', kind: 'date' },
            { key: 'stage', header: '所处阶段', kind: 'text' },
            { key: 'award', header: '所获奖项', kind: 'text' },
            { key: 'awardedOn', header: '获奖日期', kind: 'date' },
            { key: 'regionName', header: '所属县区', kind: 'text' },
          ],
          rows: await entryExportRows(reader, found),
        },
      });
    },
  });
}
