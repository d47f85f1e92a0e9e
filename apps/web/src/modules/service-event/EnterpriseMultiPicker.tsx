import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { showError } from '../../ui/feedback';
import { enterpriseApi } from '../enterprise/enterprise.api';

export interface PickedEnterprise {
  value: number;
  label: string;
}

interface Props {
  value?: PickedEnterprise[];
  onChange?: (v: PickedEnterprise[]) => void;
}

/** Searches the register (name, pinyin initials or credit code) and picks several enterprises at once. */
export function EnterpriseMultiPicker({ value = [], onChange }: Props) {
  const [keyword, setKeyword] = useState('');
  const [options, setOptions] = useState<PickedEnterprise[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      enterpriseApi.search(keyword.trim()).then(
        (res) => {
          if (!live) return;
          setOptions(res.data.map((e) => ({ value: e.id, label: e.name })));
          setLoading(false);
        },
        (e: unknown) => {
          if (live) setLoading(false);
          showError(e);
        },
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [keyword]);

  return (
    <Select<PickedEnterprise[]>
      mode="multiple"
      labelInValue
      showSearch
      value={value}
      onChange={(v) => onChange?.(v)}
      onSearch={setKeyword}
      filterOption={false}
      options={options}
      loading={loading}
      placeholder="输入企业名称、拼音首字母或信用代码，可多选"
      notFoundContent={loading ? '查找中…' : '没有匹配的企业'}
      style={{ width: '100%' }}
    />
  );
}
