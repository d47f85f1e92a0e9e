import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { showError } from '../../../ui/feedback';
import { enterpriseApi } from '../../enterprise/enterprise.api';

interface Props {
  value?: number[];
  onChange?: (ids: number[]) => void;
}

/** Picks several enterprises from the register by name, pinyin initials or credit code. */
export function EnterpriseMultiPicker({ value, onChange }: Props) {
  const [keyword, setKeyword] = useState('');
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      enterpriseApi.search(keyword.trim()).then((res) => {
        if (!live) return;
        // Keep the chosen ones so their names stay visible when the search moves on.
        setOptions((prev) => [
          ...prev.filter((o) => value?.includes(o.value)),
          ...res.data.filter((e) => !value?.includes(e.id)).map((e) => ({ value: e.id, label: e.name })),
        ]);
      }, showError);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [keyword, value]);
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      options={options}
      filterOption={false}
      onSearch={setKeyword}
      placeholder="输入企业名称、拼音首字母或信用代码"
    />
  );
}
