import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { showError } from '../../ui/feedback';
import { coopPartnerApi } from './cooperation.api';

interface Props {
  /** The form item's id (so its label names the select). */
  id?: string;
  value?: number | null;
  onChange?: (id: number | undefined) => void;
  placeholder?: string;
  /** The name shown before the options load (an edit opens with the stored partner). */
  initialName?: string | null;
}

/** Searches the partner register (合作单位名录) by name and picks one. */
export function PartnerPicker({ id, value, onChange, placeholder = '输入合作单位名称', initialName }: Props) {
  const [keyword, setKeyword] = useState('');
  const [options, setOptions] = useState<{ value: number; label: string }[]>(
    value && initialName ? [{ value, label: initialName }] : [],
  );
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      coopPartnerApi.list({ keyword: keyword.trim() || undefined, pageSize: 30 }).then(
        (res) => {
          if (!live) return;
          setOptions(res.data.map((p) => ({ value: p.id, label: `${p.name}（${p.kindLabel ?? p.kind}）` })));
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
    <Select
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      placeholder={placeholder}
      filterOption={false}
      onSearch={setKeyword}
      onChange={(v) => onChange?.(v as number | undefined)}
      loading={loading}
      options={options}
      notFoundContent={loading ? '加载中…' : '没有匹配的合作单位，请先在“合作单位”中登记'}
    />
  );
}
