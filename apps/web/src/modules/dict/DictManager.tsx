import { useCallback, useEffect, useState } from 'react';
import { ProCard } from '@ant-design/pro-components';
import { Empty } from 'antd';
import type { TDictType } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { dictApi } from './dict.api';
import { DictItemTable } from './DictItemTable';
import { DictTypeList } from './DictTypeList';
import { DictTypeModal } from './DictTypeModal';

/** 字典管理: types on the left, the selected type's items on the right. */
export function DictManager() {
  const [types, setTypes] = useState<TDictType[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const load = useCallback(async (select?: string) => {
    try {
      const rows = await dictApi.types();
      setTypes(rows);
      setSelected((cur) => select ?? cur ?? rows[0]?.code ?? null);
    } catch (e) {
      showError(e);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const current = types.find((t) => t.code === selected) ?? null;
  return (
    <ProCard split="vertical" bordered>
      <ProCard title="字典类型" colSpan="300px" bodyStyle={{ paddingInline: 12 }}>
        <DictTypeList types={types} selected={selected} onSelect={setSelected} onAdd={() => setAdding(true)} />
      </ProCard>
      <ProCard bodyStyle={{ padding: 0 }}>
        {current ? (
          <DictItemTable key={current.code} type={current} />
        ) : (
          <Empty style={{ padding: 48 }} description="请在左侧选择字典类型" />
        )}
      </ProCard>
      {adding && (
        <DictTypeModal
          onClose={() => setAdding(false)}
          onSaved={(code) => {
            setAdding(false);
            void load(code);
          }}
        />
      )}
    </ProCard>
  );
}
