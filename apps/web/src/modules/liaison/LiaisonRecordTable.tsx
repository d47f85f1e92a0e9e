import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { formatWanAmount, type TLiaisonRecord } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { liaisonApi, LIAISON_FILTERS, LIAISON_SORTABLE } from './liaison.api';
import { LIAISON_IMPORT } from './liaison-import-source';
import { LiaisonRecordFormDrawer } from './LiaisonRecordFormDrawer';

type Dialog = { kind: 'create' } | { kind: 'edit'; record: TLiaisonRecord } | { kind: 'import' } | null;

interface Props {
  /** Only these records: a report fact links to its records as ?ids=1,2,3. */
  ids?: string;
}

/** 干部包企业: server-side filters, sort and paging; 新增 / 编辑 / 导入 for those allowed, 导出 of what is shown. */
export function LiaisonRecordTable({ ids }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCan('liaison:write');
  const canImport = useCan('liaison:import');

  const reload = () => actionRef.current?.reload();
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    reload();
  };

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await liaisonApi.exportFile(filterRef.current), '干部包企业.xlsx');
      showSuccess('已导出当前筛选的记录');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TLiaisonRecord>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '名称' } },
    {
      title: '年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      fieldProps: { min: 2000, max: 2100, precision: 0 },
    },
    { title: '名称', dataIndex: 'name', search: false, sorter: true, width: 260 },
    { title: '所属县区', dataIndex: 'regionName', search: false, width: 110 },
    { title: '登记日期', dataIndex: 'recordedOn', search: false, sorter: true, width: 120 },
    {
      title: '金额（万元）',
      dataIndex: 'amount',
      search: false,
      align: 'right',
      width: 140,
      render: (_d, r) => formatWanAmount(r.amount),
    },
    { title: '备注', dataIndex: 'remark', search: false, ellipsis: true },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      search: false,
      sorter: true,
      width: 150,
      render: (_d, r) => formatDateTime(r.updatedAt),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 80,
      fixed: 'right',
      render: (_d, r) =>
        canWrite && <Typography.Link onClick={() => setDialog({ kind: 'edit', record: r })}>编辑</Typography.Link>,
    },
  ];

  return (
    <>
      <ProTable<TLiaisonRecord>
        rowKey="id"
        headerTitle={ids ? '干部包企业（报告引用的记录）' : '干部包企业'}
        actionRef={actionRef}
        params={{ ids }}
        // Every load remembers its filter, so 导出 exports exactly what the table shows.
        request={tableRequest<TLiaisonRecord>(
          (query, filter) => {
            filterRef.current = filter;
            return liaisonApi.list(query);
          },
          { filters: pickFilters(...LIAISON_FILTERS), sortable: LIAISON_SORTABLE },
        )}
        columns={columns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'liaison-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 1000 }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              新增记录
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
      {dialog?.kind === 'create' && <LiaisonRecordFormDrawer record={null} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'edit' && (
        <LiaisonRecordFormDrawer key={dialog.record.id} record={dialog.record} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'import' && <ImportWizard source={LIAISON_IMPORT} onClose={close} onImported={reload} />}
    </>
  );
}
