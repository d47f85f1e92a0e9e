import { useEffect, useRef, useState } from 'react';
import { TreeSelect } from 'antd';
import { showError } from '../../ui/feedback';
import { industryApi, type TIndustry } from './industry.api';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
}

// Sections (A–T) are grouping only: the register stores digit codes, so a section cannot be a filter prefix.
const toNode = (i: TIndustry): Node => ({
  id: i.code,
  pId: i.parentCode,
  value: i.code,
  title: `${i.code} ${i.name}`,
  isLeaf: i.level >= 4,
  selectable: i.level > 1,
});

interface Props {
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
}

/** 行业 (GB/T 4754): a lazy tree by section, or a flat list of matches while the user types a name or code. */
export function IndustryTreeSelect({ value, onChange, placeholder = '选择或搜索行业' }: Props) {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [search, setSearch] = useState('');
  const [hits, setHits] = useState<Node[]>([]);
  const labelled = useRef(new Set<string>());

  useEffect(() => {
    // Merged, not replaced: the stored value's label may have arrived first.
    industryApi
      .children()
      .then(
        (rows) => setNodes((prev) => [...rows.map(toNode).filter((n) => !prev.some((p) => p.id === n.id)), ...prev]),
        showError,
      );
  }, []);

  // A stored value (e.g. 3021 when editing) is not in the lazily loaded tree yet: fetch its label once.
  useEffect(() => {
    if (!value || labelled.current.has(value) || nodes.some((n) => n.value === value)) return;
    labelled.current.add(value);
    let live = true;
    industryApi.search(value).then((rows) => {
      const own = rows.find((r) => r.code === value);
      if (live && own) {
        setNodes((prev) => (prev.some((n) => n.value === value) ? prev : [...prev, { ...toNode(own), pId: null }]));
      }
    }, showError);
    return () => {
      live = false;
    };
  }, [value, nodes]);

  useEffect(() => {
    const kw = search.trim();
    if (!kw) return setHits([]);
    let live = true;
    const timer = setTimeout(() => {
      industryApi
        .search(kw)
        .then((rows) => live && setHits(rows.map((r) => ({ ...toNode(r), pId: null, isLeaf: true }))), showError);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search]);

  const loadData = async ({ value: parent }: { value?: string | number }) => {
    const code = String(parent);
    if (nodes.some((n) => n.pId === code)) return;
    try {
      const kids = await industryApi.children(code);
      setNodes((prev) => [...prev, ...kids.filter((k) => !prev.some((p) => p.id === k.code)).map(toNode)]);
    } catch (e) {
      showError(e);
    }
  };

  return (
    <TreeSelect
      treeDataSimpleMode
      treeData={search.trim() ? hits : nodes}
      loadData={search.trim() ? undefined : loadData}
      value={value}
      onChange={(v?: string) => onChange?.(v)}
      showSearch
      searchValue={search}
      onSearch={setSearch}
      filterTreeNode={false}
      placeholder={placeholder}
      allowClear
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      listHeight={360}
      styles={{ popup: { root: { minWidth: 340 } } }}
    />
  );
}
