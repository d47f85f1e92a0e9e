import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { showError } from '../../ui/feedback';

export interface RefOption {
  value: number;
  label: string;
}

interface Props {
  value?: number[];
  onChange?: (ids: number[]) => void;
  /** Loads the options matching a keyword (the server searches). */
  search: (keyword: string) => Promise<RefOption[]>;
  /** Options already chosen (an edit), shown by name before any search. */
  initial?: RefOption[];
  placeholder?: string;
  id?: string;
}

/** Picks several records of a register by searching it on the server (enterprises, experts). */
export function RefMultiSelect({ value, onChange, search, initial = [], placeholder, id }: Props) {
  const [keyword, setKeyword] = useState('');
  const [options, setOptions] = useState<RefOption[]>(initial);
  const [known, setKnown] = useState<RefOption[]>(initial);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      search(keyword.trim()).then(
        (rows) => {
          if (!live) return;
          setOptions(rows);
          setKnown((prev) => [...prev, ...rows.filter((r) => !prev.some((p) => p.value === r.value))]);
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
  }, [keyword, search]);

  // The chosen ones stay listed (by name) whatever the current search shows.
  const chosen = known.filter((k) => value?.includes(k.value) && !options.some((o) => o.value === k.value));
  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      showSearch
      value={value}
      onChange={(v) => onChange?.(v)}
      onSearch={setKeyword}
      filterOption={false}
      options={[...chosen, ...options]}
      loading={loading}
      placeholder={placeholder}
      notFoundContent={loading ? '查找中…' : '没有匹配的记录'}
      style={{ width: '100%' }}
    />
  );
}
