import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  SERVICE_EVENT_KIND_DICT,
  SERVICE_EVENT_STATE_LABELS,
  type ServiceEventState,
  type TServiceEvent,
} from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { saveFile } from '../../ui/save-file';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { dictValueEnum } from '../dict/dict-value-enum';
import { useDictItems } from '../dict/use-dict-items';
import { serviceEventApi, SERVICE_EVENT_FILTERS, SERVICE_EVENT_SORTABLE } from './service-event.api';
import { ServiceEventFormDrawer } from './ServiceEventFormDrawer';
import { useListColumns } from '../../ui/list-columns';

export const EVENT_STATE_COLORS: Record<ServiceEventState, string> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'default',
};

type Dialog = { kind: 'create' } | { kind: 'edit'; event: TServiceEvent } | null;

interface Props {
  /** Only these events: a report fact links to its records as ?ids=1,2,3. */
  ids?: string;
  /** Only the events a commissioner attended (the commissioner's page links here: 参加培训). */
  commissionerId?: string;
}

const dates = (e: TServiceEvent) => (e.endOn === e.startOn ? e.startOn : `${e.startOn} 至 ${e.endOn}`);

/** 科技服务活动: server-side filters, sort and paging, the counts of each event; 登记 / 编辑, 导出 of what is shown. */
export function ServiceEventTable({ ids, commissionerId }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCan('service-event:write');
  const kinds = useDictItems(SERVICE_EVENT_KIND_DICT);

  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    actionRef.current?.reload();
  };

  const exportList = async () => {
    setExporting(true);
    try {
      saveFile(await serviceEventApi.exportFile(filterRef.current), '科技服务活动.xlsx');
      showSuccess('已导出当前筛选的活动');
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<TServiceEvent>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '活动名称或主办单位' } },
    {
      title: '年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      fieldProps: { min: 2000, max: 2100, precision: 0 },
    },
    {
      title: '活动名称',
      dataIndex: 'title',
      search: false,
      sorter: true,
      width: 250,
      render: (_d, r) => <Link to={`/service-event/events/${r.id}`}>{r.title}</Link>,
    },
    {
      title: '类别',
      dataIndex: 'kind',
      valueType: 'select',
      valueEnum: dictValueEnum(kinds),
      width: 150,
      render: (_d, r) => r.kindLabel,
    },
    { title: '活动日期', dataIndex: 'startOn', search: false, sorter: true, width: 190, render: (_d, r) => dates(r) },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: Object.fromEntries(Object.entries(SERVICE_EVENT_STATE_LABELS).map(([k, v]) => [k, { text: v }])),
      width: 90,
      render: (_d, r) => <Tag color={EVENT_STATE_COLORS[r.status]}>{SERVICE_EVENT_STATE_LABELS[r.status]}</Tag>,
    },
    { title: '企业（家）', dataIndex: 'enterpriseCount', search: false, align: 'right', width: 90 },
    { title: '人数', dataIndex: 'personsReached', search: false, align: 'right', width: 70 },
    { title: '主办单位', dataIndex: 'organiser', search: false, width: 170, ellipsis: true },
    { title: '所属县区', dataIndex: 'regionName', search: false, width: 100 },
    {
      title: '操作',
      valueType: 'option',
      width: 80,
      fixed: 'right',
      render: (_d, r) =>
        canWrite && <Typography.Link onClick={() => setDialog({ kind: 'edit', event: r })}>编辑</Typography.Link>,
    },
  ];

  const listColumns = useListColumns('service-event.events', columns, { hidden: ['organiser', 'regionName'] });

  return (
    <>
      <ProTable<TServiceEvent>
        rowKey="id"
        headerTitle={
          ids ? '科技服务活动（报告引用的记录）' : commissionerId ? '该科技特派员参加的活动与培训' : '活动与培训'
        }
        actionRef={actionRef}
        params={{ ids, commissionerId }}
        // Every load remembers its filter, so 导出 exports exactly what the table shows.
        request={tableRequest<TServiceEvent>(
          (query, filter) => {
            filterRef.current = filter;
            return serviceEventApi.list(query);
          },
          { filters: pickFilters(...SERVICE_EVENT_FILTERS), sortable: SERVICE_EVENT_SORTABLE },
        )}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'service-event-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              登记活动
            </Button>
          ),
          <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
            导出
          </Button>,
        ]}
      />
      {dialog?.kind === 'create' && <ServiceEventFormDrawer event={null} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'edit' && (
        <ServiceEventFormDrawer key={dialog.event.id} event={dialog.event} onClose={close} onSaved={saved} />
      )}
    </>
  );
}
