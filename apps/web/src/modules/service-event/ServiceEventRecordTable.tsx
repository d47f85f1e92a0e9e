import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { formatWanAmount, type TServiceEventRecord } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { serviceEventApi, SERVICE_EVENT_FILTERS, SERVICE_EVENT_SORTABLE } from './service-event.api';
import { SERVICE_EVENT_IMPORT } from './service-event-import-source';
import { ServiceEventRecordFormDrawer } from './ServiceEventRecordFormDrawer';

type Dialog = { kind: 'create' } | { kind: 'edit'; record: TServiceEventRecord } | { kind: 'import' } | null;

interface Props {
  /** Only these records: a report fact links to its records as ?ids=1,2,3. */
  ids?: string;
}

/** 科技服务活动: server-side filters, sort and paging; 新增 / 编辑 / 导入 for those allowed, 导出 of what is shown. */
export function ServiceEventRecordTable({ ids }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCan('service-event:write');
  const canImport = useCan('service-event:import');

  const reload = () => actionRef.current?.reload();
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    reload();
  };

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await serviceEventApi.exportFile(filterRef.current), '科技服务活动.xlsx');
      showSuccess('已导出当前筛选的记录');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TServiceEventRecord>[] = [
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
      <ProTable<TServiceEventRecord>
        rowKey="id"
        headerTitle={ids ? '科技服务活动（报告引用的记录）' : '科技服务活动'}
        actionRef={actionRef}
        params={{ ids }}
        // Every load remembers its filter, so 导出 exports exactly what the table shows.
        request={tableRequest<TServiceEventRecord>(
          (query, filter) => {
            filterRef.current = filter;
            return serviceEventApi.list(query);
          },
          { filters: pickFilters(...SERVICE_EVENT_FILTERS), sortable: SERVICE_EVENT_SORTABLE },
        )}
        columns={columns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'service-event-search' }}
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
      {dialog?.kind === 'create' && <ServiceEventRecordFormDrawer record={null} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'edit' && (
        <ServiceEventRecordFormDrawer key={dialog.record.id} record={dialog.record} onClose={close} onSaved={saved} />
      )}
      {dialog?.kind === 'import' && <ImportWizard source={SERVICE_EVENT_IMPORT} onClose={close} onImported={reload} />}
    </>
  );
}
