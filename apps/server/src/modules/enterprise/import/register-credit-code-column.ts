import type { ImportColumn } from '../../../platform/excel';

/** The column by which another module's import names a unit of the register: its credit code, as the register holds it. */
export const REGISTER_CREDIT_CODE_COLUMN: ImportColumn = {
  key: 'creditCode',
  header: '统一社会信用代码',
  required: true,
  kind: 'code',
  width: 22,
  note: '18 位，与企业名录一致',
  example: '91621122MA71ABCD8R',
};
