import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import type { ImportSpec } from '../../../platform/excel';
import { getIntParam } from '../../../platform/params/params.repository';
import { codeStartsWith } from '../../../platform/db/code-prefix';

/** The import sheet, built from the schema and the dictionaries in the user's scope (townships, 高新领域). */
export async function enterpriseImportSpec(db: Kysely<DB>, scopePrefix: string): Promise<ImportSpec> {
  const [townships, domains, maxRows, maxMb] = await Promise.all([
    db
      .selectFrom('region')
      .select(['code', 'name', 'parent_code'])
      .where('level', '=', 'township')
      .where(codeStartsWith('code', scopePrefix))
      .where('valid_to', 'is', null)
      .orderBy('code')
      .execute(),
    db
      .selectFrom('dict_item')
      .select(['value', 'label'])
      .where('type_code', '=', 'hightech_domain')
      .where('parent_value', 'is', null)
      .orderBy('sort')
      .execute(),
    getIntParam(db, 'system.import_max_rows'),
    getIntParam(db, 'system.upload_max_mb'),
  ]);
  return {
    title: '企业信息导入模板',
    sheetName: '企业信息',
    maxRows,
    maxBytes: maxMb * 1024 * 1024,
    instructions: [
      '按统一社会信用代码导入：代码已在名录中的企业更新其信息，未登记的新增。',
      '带 * 的列必填；统一社会信用代码、电话等列已设为文本格式，请勿改为数字格式。',
      '乡镇、单位类型、高新技术领域请从下拉列表选择。',
      '信用代码校验位不符但证照确为此代码时，请在“信用代码校验例外原因”中说明，否则该行不能导入。',
      '同一行可附带一个年度的企业数据（数据年度、职工总数、科技人员数、销售收入、研发费用），金额单位为元。',
      '整个文件在同一事务中导入：有任何错误行时一行也不写入，请按错误报告修改后重新上传。',
    ],
    columns: [
      { key: 'name', header: '企业名称', required: true, kind: 'text', width: 32, example: '陇西某某科技有限公司' },
      {
        key: 'creditCode',
        header: '统一社会信用代码',
        required: true,
        kind: 'code',
        width: 22,
        note: '18 位，数字与大写字母（不含 I、O、S、V、Z）',
        example: '91621122MA71ABCD8R',
      },
      { key: 'creditCodeOverride', header: '信用代码校验例外原因', required: false, kind: 'text', width: 20 },
      {
        key: 'unitKind',
        header: '单位类型',
        required: false,
        kind: 'dict',
        options: [
          { value: 'enterprise', label: '企业' },
          { value: 'institution', label: '事业单位' },
          { value: 'school', label: '学校' },
        ],
      },
      {
        key: 'townshipCode',
        header: '所属乡镇',
        required: false,
        kind: 'dict',
        width: 14,
        options: townships.map((t) => ({ value: t.code, label: t.name })),
      },
      {
        key: 'industryCode',
        header: '行业代码',
        required: false,
        kind: 'code',
        note: 'GB/T 4754-2017 小类或大类代码，如 2730',
        example: '2730',
      },
      {
        key: 'hightechDomain',
        header: '高新技术领域',
        required: false,
        kind: 'dict',
        width: 16,
        options: domains.map((d) => ({ value: d.value, label: d.label })),
      },
      { key: 'foundedOn', header: '成立日期', required: false, kind: 'date', example: '2016-04-12' },
      { key: 'address', header: '地址', required: false, kind: 'text', width: 30 },
      { key: 'contactName', header: '联系人', required: false, kind: 'text' },
      { key: 'contactPhone', header: '联系电话', required: false, kind: 'code', example: '13912345678' },
      { key: 'tags', header: '标签', required: false, kind: 'text', note: '多个标签用顿号分隔，如 规上企业、马铃薯' },
      { key: 'year', header: '数据年度', required: false, kind: 'integer', example: '2021' },
      { key: 'staffTotal', header: '职工总数', required: false, kind: 'integer' },
      { key: 'techStaff', header: '科技人员数', required: false, kind: 'integer' },
      { key: 'revenue', header: '销售收入（元）', required: false, kind: 'decimal' },
      { key: 'rdExpense', header: '研发费用（元）', required: false, kind: 'decimal' },
    ],
  };
}
