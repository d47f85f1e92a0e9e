import { useCallback, useEffect, useState } from 'react';
import { ProTable } from '@ant-design/pro-components';
import { Input, Space, Switch, Typography } from 'antd';
import type { TRegion } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { useCan } from '../auth/use-can';
import { useSession } from '../auth/use-session';
import { regionColumns } from './region-columns';
import { setChildren, toRow, type RegionRow } from './region-tree';
import { RegionCreateModal } from './RegionCreateModal';
import { RegionEditModal } from './RegionEditModal';
import { regionAncestors, regionsApi } from './regions.api';

type Dialog = { kind: 'add' | 'edit'; region: RegionRow } | null;

/** 区划管理: province → city → county → township, loaded level by level; opens on the user's own region. */
export function RegionTreeTable() {
  const { user } = useSession();
  const canEdit = useCan('system:region:manage');
  const [rows, setRows] = useState<RegionRow[]>([]);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [includeExpired, setIncludeExpired] = useState(false);
  const [keyword, setKeyword] = useState('');
  const [loading, setLoading] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);

  const loadTree = useCallback(async () => {
    setLoading(true);
    try {
      const path = user ? regionAncestors(user.regionCode) : [];
      const [roots, ...levels] = await Promise.all([
        regionsApi.children(undefined, includeExpired),
        ...path.map((p) => regionsApi.children(p, includeExpired)),
      ]);
      let tree = roots.map(toRow);
      path.forEach((p, i) => (tree = setChildren(tree, p, levels[i])));
      setRows(tree);
      setExpanded(path);
    } catch (e) {
      showError(e);
    } finally {
      setLoading(false);
    }
  }, [user, includeExpired]);

  const search = useCallback(
    async (kw: string) => {
      setLoading(true);
      try {
        // Search results are a flat list; children load on expand as in the tree.
        setRows((await regionsApi.search(kw, includeExpired)).map(toRow));
        setExpanded([]);
      } catch (e) {
        showError(e);
      } finally {
        setLoading(false);
      }
    },
    [includeExpired],
  );

  useEffect(() => void (keyword ? search(keyword) : loadTree()), [keyword, search, loadTree]);

  const reloadChildren = async (parent: string | null) => {
    if (!parent) return loadTree();
    try {
      const kids = await regionsApi.children(parent, includeExpired);
      setRows((prev) => setChildren(prev, parent, kids));
      setExpanded((prev) => (prev.includes(parent) ? prev : [...prev, parent]));
    } catch (e) {
      showError(e);
    }
  };

  const onExpand = (open: boolean, r: RegionRow) => {
    setExpanded((prev) => (open ? [...prev, r.code] : prev.filter((k) => k !== r.code)));
    if (open && r.children && r.children.length === 0) void reloadChildren(r.code);
  };

  const saved = (r: TRegion, parent: string | null) => {
    setDialog(null);
    void reloadChildren(parent ?? r.parentCode);
  };

  return (
    <>
      <ProTable<RegionRow>
        rowKey="code"
        headerTitle="行政区划"
        loading={loading}
        dataSource={rows}
        columns={regionColumns({
          canEdit,
          ownCode: user?.regionCode,
          addTownship: (r) => setDialog({ kind: 'add', region: r }),
          edit: (r) => setDialog({ kind: 'edit', region: r }),
        })}
        search={false}
        pagination={false}
        expandable={{ expandedRowKeys: expanded, onExpand, indentSize: 20 }}
        options={{ reload: () => (keyword ? void search(keyword) : void loadTree()), density: false, setting: false }}
        toolBarRender={() => [
          <Space key="tools" size={16}>
            <Input.Search
              placeholder="按名称或代码搜索"
              allowClear
              onSearch={(v) => setKeyword(v.trim())}
              style={{ width: 240 }}
            />
            <Space size={6}>
              <Switch size="small" checked={includeExpired} onChange={setIncludeExpired} />
              <Typography.Text>显示已失效</Typography.Text>
            </Space>
          </Space>,
        ]}
      />
      {dialog?.kind === 'add' && (
        <RegionCreateModal
          parent={dialog.region}
          onClose={() => setDialog(null)}
          onSaved={(r) => saved(r, dialog.region.code)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <RegionEditModal
          region={dialog.region}
          onClose={() => setDialog(null)}
          onSaved={(r) => saved(r, r.parentCode)}
        />
      )}
    </>
  );
}
