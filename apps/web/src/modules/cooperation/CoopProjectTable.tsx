import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { COOP_PROJECT_STATE_LABELS, COOPERATION_DICTS, formatWanAmount, type TCoopProject } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { useDictItems } from '../dict/use-dict-items';
import { dictEnum, labelEnum, StatusTag } from './coop-ui';
import { coopProjectApi, PROJECT_FILTERS, PROJECT_SORTABLE } from './cooperation.api';
import { COOP_PROJECT_IMPORT } from './cooperation-import-source';
import { CoopProjectDetailDrawer } from './CoopProjectDetailDrawer';
import { CoopProjectFormDrawer } from './CoopProjectFormDrawer';
import { useListColumns } from '../../ui/list-columns';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; record: TCoopProject }
  | { kind: 'detail'; id: number }
  | { kind: 'import' }
  | null;

interface Props {
  /** Only these projects: a report fact links to its records as ?ids=1,2,3. */
  ids?: string;
  /** The enterprise user's own projects (the server scopes them; the page words it so). */
  mine?: boolean;
}

/** 合作项目: filters, sort and paging on the server; 登记 / 编辑 / 导入 for staff, 详情 for all, 导出 of what is shown. */
export function CoopProjectTable({ ids, mine }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCan('cooperation:write');
  const canImport = useCan('cooperation:import');
  const fields = useDictItems(COOPERATION_DICTS.field);

  const reload = () => actionRef.current?.reload();
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    reload();
  };

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await coopProjectApi.exportFile(filterRef.current), '合作项目.xlsx');
      showSuccess('已导出当前筛选的合作项目');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TCoopProject>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '项目名称' } },
    {
      title: '开始年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      fieldProps: { min: 2000, max: 2100, precision: 0 },
    },
    {
      title: '项目名称',
      dataIndex: 'name',
      search: false,
      sorter: true,
      width: 230,
      ellipsis: true,
      render: (_d, r) => (
        <Typography.Link onClick={() => setDialog({ kind: 'detail', id: r.id })}>{r.name}</Typography.Link>
      ),
    },
    { title: '合作企业', dataIndex: 'enterpriseName', search: false, width: 190, ellipsis: true },
    { title: '合作院所', dataIndex: 'partnerName', search: false, width: 160, ellipsis: true },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: labelEnum(COOP_PROJECT_STATE_LABELS),
      width: 80,
      render: (_d, r) => <StatusTag status={r.status} labels={COOP_PROJECT_STATE_LABELS} />,
    },
    { title: '合作领域', dataIndex: 'field', valueType: 'select', valueEnum: dictEnum(fields), width: 100 },
    {
      title: '起止日期',
      dataIndex: 'startOn',
      search: false,
      sorter: true,
      width: 200,
      render: (_d, r) => `${r.startOn} 至 ${r.endOn}`,
    },
    {
      title: '企业 / 院所投入（万元）',
      dataIndex: 'enterpriseAmount',
      search: false,
      align: 'right',
      width: 170,
      render: (_d, r) => `${formatWanAmount(r.enterpriseAmount)} / ${formatWanAmount(r.partnerAmount)}`,
    },
    {
      title: '操作',
      valueType: 'option',
      width: 110,
      fixed: 'right',
      render: (_d, r) => (
        <Space size={12}>
          <Typography.Link onClick={() => setDialog({ kind: 'detail', id: r.id })}>详情</Typography.Link>
          {canWrite && <Typography.Link onClick={() => setDialog({ kind: 'edit', record: r })}>编辑</Typography.Link>}
        </Space>
      ),
    },
  ];

  const listColumns = useListColumns('cooperation.projects', columns, { hidden: ['field', 'enterpriseAmount'] });

  return (
    <>
      <ProTable<TCoopProject>
        rowKey="id"
        headerTitle={ids ? '合作项目（报告引用的记录）' : mine ? '本单位合作项目' : '合作项目'}
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TCoopProject>(
          (query, filter) => {
            filterRef.current = filter;
            return coopProjectApi.list(query);
          },
          { filters: pickFilters(...PROJECT_FILTERS), sortable: PROJECT_SORTABLE },
        )}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'coop-project-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              登记合作项目
            </Button>
          ),
          canImport && (
            <Button key="import" icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
              导入
            </Button>
          ),
          <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
            导出
          </Button>,
        ]}
      />
      {dialog?.kind === 'create' && <CoopProjectFormDrawer record={null} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'edit' && (
        <CoopProjectFormDrawer key={dialog.record.id} record={dialog.record} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'detail' && <CoopProjectDetailDrawer id={dialog.id} onClose={close} onChanged={reload} />}
      {dialog?.kind === 'import' && <ImportWizard source={COOP_PROJECT_IMPORT} onClose={close} onImported={reload} />}
    </>
  );
}
