import { z } from 'zod';
import { STAGE_LABELS, TIER_LABELS, ZEnterpriseListQuery, type Stage, type Tier } from '@kechuang/domain';
import { writeAuditAlone } from '../../../platform/audit/audit.writer';
import { buildTemplate, exportRows } from '../../../platform/excel';
import { receiveXlsx } from '../../../platform/files/receive-xlsx';
import { storeFile, XLSX_TYPE } from '../../../platform/files/stored-file';
import { actorOf, requireAuth, type App } from '../../../platform/http/types';
import { confirmableImport } from '../../../platform/jobs/confirmable-import';
import { enterpriseScope } from '../enterprise.policy';
import { listAllEnterprises } from '../enterprise.repository';
import { presentEnterprise } from '../enterprise.presenter';
import { enterpriseImportSpec } from './enterprise-import.spec';
import { runEnterpriseImport, type ImportJobPayload } from './import.jobs';

const tags = ['企业导入导出'];
const EXPORT_CAP = 50_000;
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Excel template, upload → validate → preview → confirm (one transaction, as jobs), and export of any filtered list. */
export async function enterpriseImportRoutes(app: App): Promise<void> {
  app.jobs.register<ImportJobPayload>('enterprise.import', runEnterpriseImport);

  app.get('/enterprises/import-template', {
    config: { access: 'enterprise:import' },
    schema: { tags, summary: '下载企业导入模板（由字段定义生成，含下拉与填写说明）' },
    handler: async (req, reply) => {
      const auth = requireAuth(req.auth);
      const buf = await buildTemplate(await enterpriseImportSpec(app.db, auth.scopePrefix));
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment('企业信息导入模板.xlsx'))
        .send(buf);
    },
  });

  app.post('/enterprises/import', {
    config: { access: 'enterprise:import' },
    schema: {
      tags,
      summary: '上传导入文件（multipart，字段 file）：后台校验每一行，返回任务编号',
      response: { 200: z.object({ jobId: z.number().int() }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { fileName, content } = await receiveXlsx(app.db, req);
      const stored = await storeFile(app.db, {
        purpose: 'enterprise-import',
        fileName,
        contentType: XLSX_TYPE,
        content,
        createdBy: auth.userId,
        regionCode: auth.regionCode,
      });
      await writeAuditAlone(app.db, actorOf(req), {
        action: 'enterprise.import-upload',
        objectType: 'stored_file',
        objectId: stored.id,
        regionCode: auth.regionCode,
        details: { file: fileName, size: content.length, sha256: stored.sha256 },
      });
      const payload: ImportJobPayload = {
        fileId: stored.id,
        stage: 'validate',
        user: {
          id: auth.userId,
          username: auth.username,
          ip: req.ip,
          regionCode: auth.regionCode,
          scopePrefix: auth.scopePrefix,
        },
      };
      return {
        jobId: await app.jobs.enqueue({
          type: 'enterprise.import',
          title: `企业导入校验：${fileName}`,
          payload,
          createdBy: auth.userId,
          regionCode: auth.regionCode,
        }),
      };
    },
  });

  app.post('/enterprises/import/:jobId/confirm', {
    config: { access: 'enterprise:import' },
    schema: {
      tags,
      summary: '确认导入：在一个事务中写入全部行（有错误行时拒绝）',
      params: z.object({ jobId: z.coerce.number().int() }),
      response: { 200: z.object({ jobId: z.number().int() }) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const job = await confirmableImport<ImportJobPayload>(app.db, {
        type: 'enterprise.import',
        jobId: req.params.jobId,
        userId: auth.userId,
      });
      const payload = job.payload;
      const jobId = await app.jobs.enqueue({
        type: 'enterprise.import',
        title: `企业导入写入：${job.title.replace(/^企业导入校验：/, '')}`,
        payload: { ...payload, stage: 'commit' },
        createdBy: auth.userId,
        regionCode: auth.regionCode,
      });
      return { jobId };
    },
  });

  app.get('/enterprises/export', {
    config: { access: 'enterprise:read' },
    schema: {
      tags,
      summary: '导出当前筛选的企业名录（电话打码，留痕）',
      querystring: ZEnterpriseListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const auth = requireAuth(req.auth);
      const rows = (await listAllEnterprises(app.db, enterpriseScope(auth), req.query, EXPORT_CAP)).map(
        presentEnterprise,
      );
      const buf = await exportRows({
        sheetName: '企业名录',
        title: '企业名录',
        stamp: {
          user: `${auth.displayName}（${auth.username}）`,
          at: new Date(),
          notice: '含联系人信息，仅限工作使用，请勿外传',
        },
        columns: [
          { key: 'name', header: '企业名称', kind: 'text', width: 32 },
          { key: 'creditCode', header: '统一社会信用代码', kind: 'code', width: 22 },
          { key: 'townshipName', header: '乡镇', kind: 'text' },
          { key: 'industryCode', header: '行业代码', kind: 'code' },
          { key: 'industryName', header: '行业', kind: 'text', width: 20 },
          { key: 'tierText', header: '培育梯度', kind: 'text', width: 30 },
          { key: 'contactName', header: '联系人', kind: 'text' },
          { key: 'contactPhone', header: '联系电话', kind: 'code' },
          { key: 'tagText', header: '标签', kind: 'text' },
        ],
        rows: rows.map((e) => ({
          ...e,
          tierText: e.tiers
            .map((t) => `${TIER_LABELS[t.tier as Tier]}·${STAGE_LABELS[t.stage as Stage]}（${t.year}）`)
            .join('；'),
          tagText: e.tags.join('、'),
        })),
      });
      const stored = await storeFile(app.db, {
        purpose: 'export',
        fileName: '企业名录.xlsx',
        contentType: XLSX_TYPE,
        content: buf,
        createdBy: auth.userId,
        regionCode: auth.regionCode,
      });
      await writeAuditAlone(app.db, actorOf(req), {
        action: 'enterprise.export',
        objectType: 'stored_file',
        objectId: stored.id,
        regionCode: auth.regionCode,
        details: { rows: rows.length, filter: req.query },
      });
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment('企业名录.xlsx'))
        .send(buf);
    },
  });
}
