import { useRef, useState } from 'react';
import { ModalForm, ProFormTextArea, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Drawer, Descriptions, Popconfirm, Space, Tag, Typography } from 'antd';
import { SERVICE_LOG_STATE_LABELS, type TServiceLog } from '@kechuang/domain';
import { AttachmentPanel } from '../../../ui/attachments/AttachmentPanel';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { pickFilters, tableRequest } from '../../../ui/table-request';
import { useCan } from '../../auth/use-can';
import { SERVICE_LOG_STATE_COLORS } from './MyServiceLogs';
import { SERVICE_LOG_FILTERS, SERVICE_LOG_OWNER, SERVICE_LOG_SORTABLE, serviceLogApi } from './service-log.api';
import { useListColumns } from '../../../ui/list-columns';

interface Props {
  /** Only these logs: a report fact links to its records as ?ids=1,2,3. */
  ids?: string;
  commissionerId?: string;
}

/** 服务日志审核: the region's logs, 待确认 first by default; staff confirm or return with a reason (§5.1.1). */
export function ServiceLogReviewTable({ ids, commissionerId }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const [returning, setReturning] = useState<TServiceLog | null>(null);
  const [viewing, setViewing] = useState<TServiceLog | null>(null);
  const canConfirm = useCan('commissioner:confirm');
  const reload = () => actionRef.current?.reload();

  const confirm = async (l: TServiceLog) => {
    try {
      await serviceLogApi.review(l.id, { to: 'confirmed', version: l.version });
      showSuccess(`已确认 ${l.commissionerName} ${l.servedOn} 的服务`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };

  const columns: ProColumns<TServiceLog>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '特派员、服务对象或地点' } },
    {
      title: '年度',
      dataIndex: 'year',
      valueType: 'digit',
      hideInTable: true,
      fieldProps: { min: 2000, max: 2100, precision: 0 },
    },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: SERVICE_LOG_STATE_LABELS,
      initialValue: ids || commissionerId ? undefined : 'pending',
      render: (_d, l) => <Tag color={SERVICE_LOG_STATE_COLORS[l.status]}>{l.statusLabel}</Tag>,
      width: 90,
    },
    { title: '科技特派员', dataIndex: 'commissionerName', search: false, width: 100 },
    { title: '服务日期', dataIndex: 'servedOn', search: false, sorter: true, width: 110 },
    { title: '天数', dataIndex: 'days', search: false, width: 60, align: 'right' },
    { title: '服务对象', dataIndex: 'objectName', search: false, ellipsis: true, width: 200 },
    { title: '服务地点', dataIndex: 'place', search: false, ellipsis: true, width: 160 },
    { title: '服务内容', dataIndex: 'content', search: false, ellipsis: true },
    { title: '培训人数', dataIndex: 'trainedCount', search: false, width: 90, align: 'right' },
    { title: '照片', dataIndex: 'photos', search: false, width: 60, align: 'right' },
    {
      title: '操作',
      valueType: 'option',
      width: 150,
      fixed: 'right',
      render: (_d, l) => (
        <Space size={12}>
          <Typography.Link onClick={() => setViewing(l)}>查看</Typography.Link>
          {canConfirm && l.status === 'pending' && (
            <>
              <Popconfirm title={`确认 ${l.servedOn} 的服务，计 ${l.days} 天？`} onConfirm={() => confirm(l)}>
                <Typography.Link data-testid={`confirm-${l.id}`}>确认</Typography.Link>
              </Popconfirm>
              <Typography.Link type="danger" onClick={() => setReturning(l)}>
                退回
              </Typography.Link>
            </>
          )}
        </Space>
      ),
    },
  ];

  const listColumns = useListColumns('commissioner.service-logs', columns, { hidden: ['trainedCount', 'photos'] });

  return (
    <>
      <ProTable<TServiceLog>
        rowKey="id"
        headerTitle={ids ? '服务日志（报告引用的记录）' : '服务日志'}
        actionRef={actionRef}
        params={{ ids, commissionerId }}
        request={tableRequest<TServiceLog>((query) => serviceLogApi.list(query), {
          filters: pickFilters(...SERVICE_LOG_FILTERS),
          sortable: SERVICE_LOG_SORTABLE,
        })}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'service-log-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      />
      <ModalForm<{ reason: string }>
        title={returning ? `退回 ${returning.commissionerName} ${returning.servedOn} 的服务日志` : ''}
        open={!!returning}
        modalProps={{ onCancel: () => setReturning(null), destroyOnHidden: true }}
        onFinish={async ({ reason }) => {
          try {
            await serviceLogApi.review(returning!.id, { to: 'returned', reason, version: returning!.version });
            showSuccess('已退回，科技特派员修改后可重新提交');
            setReturning(null);
            reload();
            return true;
          } catch (e) {
            handleMutationError(e, { reload });
            return false;
          }
        }}
      >
        <ProFormTextArea name="reason" label="退回原因" rules={[{ required: true, message: '请填写退回原因' }]} />
      </ModalForm>
      <Drawer
        open={!!viewing}
        width={560}
        title={viewing ? `${viewing.commissionerName} · ${viewing.servedOn}` : ''}
        onClose={() => setViewing(null)}
        destroyOnHidden
      >
        {viewing && (
          <>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="状态">{viewing.statusLabel}</Descriptions.Item>
              <Descriptions.Item label="服务对象">{viewing.objectName}</Descriptions.Item>
              <Descriptions.Item label="服务地点">{viewing.place}</Descriptions.Item>
              <Descriptions.Item label="服务内容">{viewing.content}</Descriptions.Item>
              <Descriptions.Item label="解决的问题">{viewing.problemsSolved ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="培训人数">{viewing.trainedCount}</Descriptions.Item>
              <Descriptions.Item label="服务天数">{viewing.days}</Descriptions.Item>
              <Descriptions.Item label="定位">
                {viewing.latitude !== null ? `${viewing.latitude}, ${viewing.longitude}` : '未记录'}
              </Descriptions.Item>
              {viewing.returnReason && <Descriptions.Item label="退回原因">{viewing.returnReason}</Descriptions.Item>}
            </Descriptions>
            <div style={{ marginTop: 16 }}>
              <AttachmentPanel
                ownerType={SERVICE_LOG_OWNER}
                ownerId={viewing.id}
                slots={{ photo: { label: '现场照片', photo: true } }}
                canEdit={false}
              />
            </div>
          </>
        )}
      </Drawer>
    </>
  );
}
