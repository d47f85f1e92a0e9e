import type { TDictItem } from '@kechuang/domain';
import type { DictItemRow, DictTypeRow } from './dict.repository';

/** Dictionary type row → API shape. */
export const presentDictType = (r: DictTypeRow) => ({
  code: r.code,
  name: r.name,
  builtin: r.builtin,
  remark: r.remark,
  version: r.version,
});

/** Dictionary item row → API shape. */
export const presentDictItem = (r: DictItemRow): TDictItem => ({
  id: r.id,
  typeCode: r.type_code,
  value: r.value,
  label: r.label,
  parentValue: r.parent_value,
  sort: r.sort,
  status: r.status,
  version: r.version,
});
