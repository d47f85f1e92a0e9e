import type { TParam } from '@kechuang/domain';
import type { ParamRow } from './param.repository';

/** Parameter row → API shape. */
export const presentParam = (r: ParamRow): TParam => ({
  key: r.key,
  name: r.name,
  value: r.value,
  category: r.category,
  valueType: r.value_type,
  minValue: r.min_value,
  maxValue: r.max_value,
  remark: r.remark,
  version: r.version,
});
