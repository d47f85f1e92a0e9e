import { useEffect, useState, type CSSProperties } from 'react';
import { Select } from 'antd';
import { showError } from '../../ui/feedback';
import { enterpriseApi } from './enterprise.api';

interface Option {
  value: number;
  label: string;
}

interface Props {
  value?: number;
  onChange?: (id: number | undefined) => void;
  style?: CSSProperties;
  placeholder?: string;
}

/** Searches the register (name, pinyin initials such as qlgy, or credit code) and picks one enterprise. */
export function EnterprisePicker({
  value,
  onChange,
  style,
  placeholder = '输入企业名称、拼音首字母或信用代码',
}: Props) {
  const [keyword, setKeyword] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
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

  // The chosen enterprise may not be among the current matches (opened from a link): load its name once.
  useEffect(() => {
    if (value === undefined || options.some((o) => o.value === value)) return;
    let live = true;
    enterpriseApi
      .get(value)
      .then(
        (e) => live && setOptions((prev) => [{ value: e.id, label: e.name }, ...prev.filter((o) => o.value !== e.id)]),
        showError,
      );
    return () => {
      live = false;
    };
  }, [value, options]);

  return (
    <Select<number>
      showSearch
      value={value}
      onChange={(v) => onChange?.(v)}
      onSearch={setKeyword}
      filterOption={false}
      options={options}
      loading={loading}
      placeholder={placeholder}
      notFoundContent={loading ? '查找中…' : '没有匹配的企业'}
      style={{ width: '100%', ...style }}
    />
  );
}
