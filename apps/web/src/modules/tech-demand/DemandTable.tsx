import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  DEMAND_STATE_LABELS,
  TECH_DEMAND_FIELD_DICT,
  formatWanAmount,
  type DemandState,
  type TTechDemand,
} from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { dictValueEnum } from '../dict/dict-value-enum';
import { useDictItems } from '../dict/use-dict-items';
import { DEMAND_STATE_COLORS } from './demand-labels';
import { DemandDetailDrawer } from './DemandDetailDrawer';
import { DemandFormDrawer } from './DemandFormDrawer';
import { DemandMoveModal } from './DemandMoveModal';
import { DEMAND_FILTERS, DEMAND_SORTABLE, techDemandApi } from './tech-demand.api';

/** Who looks: staff (the region's pool, 代填, 退回), the enterprise (its own, 填报 and 提交). */
export type DemandTableMode = 'staff' | 'enterprise' | 'leader';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; demand: TTechDemand }
  | { kind: 'move'; demand: TTechDemand; to: DemandState }
  | { kind: 'detail'; id: number }
  | null;

/** 需求库 / 我的需求 (docs/rules.md §5.2): one list, each part with its own moves. */
export function DemandTable({ mode, ids }: { mode: DemandTableMode; ids?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const fields = useDictItems(TECH_DEMAND_FIELD_DICT);
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    actionRef.current?.reload();
  };

  const actions = (d: TTechDemand) => {
    const links: [string, () => void][] = [['详情', () => setDialog({ kind: 'detail', id: d.id })]];
    if (mode !== 'leader' && d.state === 'draft') {
      links.push(['修改', () => setDialog({ kind: 'edit', demand: d })]);
      links.push(['提交', () => setDialog({ kind: 'move', demand: d, to: 'submitted' })]);
    }
    if (mode === 'staff' && d.state === 'submitted') {
      links.push(['退回', () => setDialog({ kind: 'move', demand: d, to: 'draft' })]);
    }
    return (
      <Space size={8}>
        {links.map(([text, onClick]) => (
          <Typography.Link key={text} onClick={onClick}>
            {text}
          </Typography.Link>
        ))}
      </Space>
    );
  };

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await techDemandApi.exportFile(filterRef.current), '揭榜挂帅技术需求.xlsx');
      showSuccess('已导出当前筛选的需求');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TTechDemand>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '需求名称、企业、难题' } },
    {
      title: '需求名称',
      dataIndex: 'title',
      search: false,
      sorter: true,
      ellipsis: true,
      render: (_d, r) => (
        <Space direction="vertical" size={0} style={{ width: '100%' }}>
          <Typography.Text ellipsis={{ tooltip: r.title }}>{r.title}</Typography.Text>
          {mode !== 'enterprise' && (
            <Typography.Text type="secondary" ellipsis>
              {r.enterpriseName}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: '技术领域',
      dataIndex: 'field',
      valueType: 'select',
      valueEnum: dictValueEnum(fields),
      width: 100,
    },
    {
      title: '拟投入（万元）',
      dataIndex: 'budget',
      search: false,
      sorter: true,
      align: 'right',
      width: 120,
      render: (_d, r) => formatWanAmount(r.budget),
    },
    { title: '榜单批次', dataIndex: 'callTitle', search: false, width: 170, ellipsis: true },
    {
      title: '论证得分',
      dataIndex: 'reviewScore',
      search: false,
      sorter: true,
      width: 90,
      align: 'right',
      render: (_d, r) => r.reviewScore ?? '-',
    },
    {
      title: '状态',
      dataIndex: 'state',
      valueType: 'select',
      valueEnum: Object.fromEntries(Object.entries(DEMAND_STATE_LABELS).map(([k, v]) => [k, { text: v }])),
      width: 96,
      render: (_d, r) => <Tag color={DEMAND_STATE_COLORS[r.state]}>{DEMAND_STATE_LABELS[r.state]}</Tag>,
    },
    { title: '操作', valueType: 'option', width: 130, fixed: 'right', render: (_d, r) => actions(r) },
  ];

  const title = ids ? '技术需求（报告引用的记录）' : mode === 'enterprise' ? '我的需求' : '需求库';
  return (
    <>
      <ProTable<TTechDemand>
        rowKey="id"
        headerTitle={title}
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TTechDemand>(
          (query, filter) => {
            filterRef.current = filter;
            return techDemandApi.list(query);
          },
          { filters: pickFilters(...DEMAND_FILTERS), sortable: DEMAND_SORTABLE },
        )}
        columns={columns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: `tech-demand-search-${mode}` }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 900 }}
        toolBarRender={() => [
          mode !== 'leader' && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              {mode === 'staff' ? '代企业填报需求' : '填报技术需求'}
            </Button>
          ),
          mode !== 'enterprise' && (
            <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
              导出
            </Button>
          ),
        ]}
      />
      {dialog?.kind === 'create' && (
        <DemandFormDrawer demand={null} forEnterprise={mode === 'staff'} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'edit' && (
        <DemandFormDrawer
          key={dialog.demand.id}
          demand={dialog.demand}
          forEnterprise={false}
          onClose={close}
          onSaved={saved}
        />
      )}
      {dialog?.kind === 'move' && (
        <DemandMoveModal demand={dialog.demand} to={dialog.to} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'detail' && <DemandDetailDrawer id={dialog.id} onClose={close} />}
    </>
  );
}
