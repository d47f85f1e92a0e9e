import { useEffect, useState } from 'react';
import { TreeSelect } from 'antd';
import type { TRegion } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { regionAncestors, regionsApi } from './regions.api';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
}

interface Props {
  value?: string;
  onChange?: (code: string) => void;
  /** Region the tree opens on (usually the signed-in user's own), so the common choice is one click away. */
  focusCode?: string;
  /** Accounts belong to county-level regions or above; townships are shown but not pickable. */
  selectableLevels?: TRegion['level'][];
  placeholder?: string;
}

const toNode = (r: TRegion, selectableLevels?: TRegion['level'][]): Node => ({
  id: r.code,
  pId: r.parentCode,
  value: r.code,
  title: `${r.name}（${r.code}）`,
  isLeaf: !r.hasChildren || (!!selectableLevels && r.level === 'county' && !selectableLevels.includes('township')),
  selectable: !selectableLevels || selectableLevels.includes(r.level),
});

/** Lazy region tree (`GET /regions?parent=`), opened along the path to `focusCode`. */
export function RegionTreeSelect({
  value,
  onChange,
  focusCode,
  selectableLevels,
  placeholder = '请选择所属区划',
}: Props) {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [expanded, setExpanded] = useState<string[]>([]);
  // Keyed by content, not identity: call sites pass a fresh array literal on every render.
  const levelsKey = selectableLevels?.join(',') ?? '';

  useEffect(() => {
    let live = true;
    const path = focusCode ? regionAncestors(focusCode) : [];
    Promise.all([regionsApi.children(), ...path.map((p) => regionsApi.children(p))])
      .then((levels) => {
        if (!live) return;
        setNodes(
          levels.flat().map((r) => toNode(r, levelsKey ? (levelsKey.split(',') as TRegion['level'][]) : undefined)),
        );
        setExpanded(path);
      })
      .catch(showError);
    return () => {
      live = false;
    };
  }, [focusCode, levelsKey]);

  const loadData = async ({ value: parent }: { value?: string | number }) => {
    const code = String(parent);
    if (nodes.some((n) => n.pId === code)) return;
    try {
      const kids = await regionsApi.children(code);
      setNodes((prev) => [
        ...prev,
        ...kids.filter((k) => !prev.some((p) => p.id === k.code)).map((r) => toNode(r, selectableLevels)),
      ]);
    } catch (e) {
      showError(e);
    }
  };

  return (
    <TreeSelect
      treeDataSimpleMode
      treeData={nodes}
      loadData={loadData}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      treeExpandedKeys={expanded}
      onTreeExpand={(keys) => setExpanded(keys as string[])}
      placeholder={placeholder}
      showSearch
      treeNodeFilterProp="title"
      allowClear
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      listHeight={360}
      styles={{ popup: { root: { minWidth: 320 } } }}
    />
  );
}
