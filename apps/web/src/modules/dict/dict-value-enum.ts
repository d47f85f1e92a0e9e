import type { TDictItem } from '@kechuang/domain';

type Status = 'Success' | 'Error' | 'Processing' | 'Warning' | 'Default';

/** Dictionary items → ProTable `valueEnum`; `statusOf` lets a column render badges (e.g. 正常/停用). */
export function dictValueEnum(items: TDictItem[], statusOf?: (value: string) => Status) {
  return Object.fromEntries(items.map((it) => [it.value, { text: it.label, status: statusOf?.(it.value) }]));
}
