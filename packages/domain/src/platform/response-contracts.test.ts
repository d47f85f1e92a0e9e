import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ZAssessmentPrefill,
  ZEnterpriseDeadline,
  ZNotice,
  ZPoolResponse,
  ZPublicNotice,
} from '../enterprise/enterprise-responses.contract';
import { ZFundingPage, ZProjectDeadline } from '../project/project-responses.contract';
import { ZRdUnitsAdded } from '../rd/rd-responses.contract';
import { ZImportJobResult, ZMessagePage, ZVerifyStatus } from './platform-responses.contract';

const notice = {
  id: 1,
  title: '2026 年第一批高新技术企业拟认定名单公示',
  kind: 'qualification',
  basis: '根据《高新技术企业认定管理办法》……',
  startDate: '2026-12-01',
  workingDays: 5,
  endDate: '2026-12-07',
  endDateWarning: null,
  status: 'publicizing' as const,
  contact: null,
  supervisionPhone: '0931-1234567',
  issuer: '永登县科学技术局',
  items: [
    { enterpriseName: '甲公司', creditCode: '91620121MA00000001', tier: 'high_tech', batch: null, stage: 'certified' },
  ],
  version: 2,
};

// What the server sends today, one example per contract: each must encode unchanged (no transforms), so a route
// can declare it as its `response:` schema.
const examples: [string, z.ZodType, unknown][] = [
  ['notice', ZNotice, notice],
  ['public notice', ZPublicNotice, { ...notice, version: undefined, endDateWarning: undefined }],
  [
    'deadline',
    ZEnterpriseDeadline,
    {
      enterpriseId: 3,
      enterpriseName: '甲公司',
      regionCode: '620121',
      kind: 'annual-report',
      title: '高企年度发展情况报表',
      due: '2027-05-31',
      daysLeft: 176,
      consequence: '累计两年未报将被取消资格',
    },
  ],
  [
    'prefill from a register with odd figures (more tech staff than staff, an unknown domain code)',
    ZAssessmentPrefill,
    {
      year: 2025,
      techSme: {
        staffTotal: 10,
        techStaff: 12,
        revenue: '107040261.50',
        rdExpense: '0',
        costTotal: '0',
        totalAssets: '0',
        ipClassI: 0,
        ipClassII: 0,
        residentEnterprise: true,
        auditAccounting: true,
        industryCode: '7590',
        restrictedIndustry: false,
        majorIncident: false,
        abnormalList: false,
        validHighTech: false,
      },
      highTech: null,
      assumptions: ['会计核算健全、实行查账征收（请核实）'],
    },
  ],
  ['empty pool', ZPoolResponse, { target: 'tech_sme', assumptions: [], data: [] }],
  [
    'project deadline',
    ZProjectDeadline,
    {
      kind: 'midterm-due',
      title: '中期检查：智能化改造',
      due: '2026-12-20',
      daysLeft: 14,
      regionCode: '620121',
      callId: 4,
      applicationId: 9,
      enterpriseId: 3,
      enterpriseName: '甲公司',
    },
  ],
  [
    'funding page',
    ZFundingPage,
    {
      data: [],
      total: 1,
      success: true,
      kindTotals: [
        {
          kind: 'grant',
          label: '下达资金',
          amount: '2000000.00',
          count: 1,
          bySource: [{ sourceLevel: 'provincial', label: '省级', amount: '2000000.00', count: 1 }],
        },
      ],
    },
  ],
  ['message page', ZMessagePage, { data: [], total: 0, success: true, unread: 0 }],
  ['verification running', ZVerifyStatus, { status: 'running', progress: 40, result: null }],
  [
    'import job result after commit',
    ZImportJobResult.catchall(z.unknown()),
    {
      stage: 'committed',
      fileName: '企业.xlsx',
      totalRows: 2,
      validRows: 2,
      failedRows: 0,
      summary: '共 2 行，失败 0 行',
      problems: [],
      errorReportFileId: null,
      toCreate: 1,
      toUpdate: 1,
      sample: [{ row: 2, name: '甲公司' }],
      created: 1,
      updated: 1,
    },
  ],
];

describe('response contracts the web reads', () => {
  it.each(examples)('%s: parses and encodes unchanged', (_, schema, value) => {
    const clean = JSON.parse(JSON.stringify(value)) as unknown;
    expect(schema.parse(clean)).toEqual(clean);
    expect(z.encode(schema, clean as never)).toEqual(clean);
  });

  it('refuses a shape the web would misread: a notice status it does not know, units added without the task', () => {
    expect(ZNotice.safeParse({ ...notice, status: 'archived' }).success).toBe(false);
    expect(ZRdUnitsAdded.safeParse({ added: 1, skipped: [] }).success).toBe(false);
  });
});
