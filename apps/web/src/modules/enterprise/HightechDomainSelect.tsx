import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useDictItems } from '../dict/use-dict-items';

interface Props {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
}

/** 国家重点支持的高新技术领域, from the hightech_domain dictionary (three levels: 08 → 0801 → 080101). */
export function HightechDomainSelect({ value, onChange, placeholder = '请选择高新技术领域' }: Props) {
  const items = useDictItems('hightech_domain');
  const treeData = useMemo(
    () => items.map((i) => ({ id: i.value, pId: i.parentValue, value: i.value, title: `${i.value} ${i.label}` })),
    [items],
  );
  return (
    <TreeSelect
      treeDataSimpleMode
      treeData={treeData}
      value={value ?? undefined}
      onChange={(v?: string) => onChange?.(v)}
      showSearch
      treeNodeFilterProp="title"
      allowClear
      placeholder={placeholder}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      listHeight={360}
      styles={{ popup: { root: { minWidth: 360 } } }}
    />
  );
}
