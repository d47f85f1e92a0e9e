import { useRef } from 'react';
import { Link } from 'react-router-dom';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Popconfirm, Space, Typography } from 'antd';
import { formatYuanText, type TRdTask, type TRdUnitRow } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { pickFilters, tableRequest } from '../../../ui/table-request';
import { rdApi } from '../rd.api';
import { ReportStatusTag, reportStatusEnum } from '../rd-status';

/** A task's units: status, township, submitted figures; open the form to fill on behalf or review it. */
export function RdUnitTable({ task, onChanged }: { task: TRdTask; onChanged: () => void }) {
  const actionRef = useRef<ActionType>(undefined);
  const remove = async (u: TRdUnitRow) => {
    try {
      await rdApi.removeUnit(task.id, u.id, u.version);
      showSuccess(`已移除“${u.enterpriseName}”`);
      actionRef.current?.reload();
      onChanged();
    } catch (e) {
      handleMutationError(e, { reload: () => actionRef.current?.reload() });
    }
  };
  return (
    <ProTable<TRdUnitRow>
      rowKey="id"
      headerTitle="填报单位"
      actionRef={actionRef}
      request={tableRequest<TRdUnitRow>(`/rd/tasks/${task.id}/units`, { filters: pickFilters('keyword', 'status') })}
      search={{ labelWidth: 'auto' }}
      pagination={{ defaultPageSize: 20 }}
      scroll={{ x: 1100 }}
      columns={[
        { title: '单位名称', dataIndex: 'keyword', hideInTable: true },
        {
          title: '单位名称',
          dataIndex: 'enterpriseName',
          search: false,
          render: (_d, u) => <Link to={`/rd/units/${u.id}`}>{u.enterpriseName}</Link>,
        },
        { title: '乡镇', dataIndex: 'townshipName', search: false, width: 110 },
        {
          title: '状态',
          dataIndex: 'status',
          valueType: 'select',
          valueEnum: reportStatusEnum,
          width: 90,
          render: (_d, u) => <ReportStatusTag status={u.status} />,
        },
        {
          title: '内部支出合计',
          dataIndex: 'internalTotal',
          search: false,
          width: 170,
          align: 'right',
          render: (_d, u) => formatYuanText(u.internalTotal),
        },
        {
          title: '其中政府资金',
          dataIndex: 'fundsGovernment',
          search: false,
          width: 150,
          align: 'right',
          render: (_d, u) => formatYuanText(u.fundsGovernment),
        },
        {
          title: '外部支出',
          dataIndex: 'external',
          search: false,
          width: 140,
          align: 'right',
          render: (_d, u) => formatYuanText(u.external),
        },
        {
          title: '代填',
          dataIndex: 'filledByStaff',
          search: false,
          width: 60,
          render: (_d, u) => (u.filledByStaff ? '是' : ''),
        },
        {
          title: '操作',
          valueType: 'option',
          width: 150,
          render: (_d, u) => (
            <Space>
              <Link to={`/rd/units/${u.id}`}>
                {u.status === 'submitted'
                  ? '审核'
                  : ['not_filled', 'saved', 'returned'].includes(u.status)
                    ? '代填'
                    : '查看'}
              </Link>
              {u.status === 'not_filled' && task.status !== 'closed' && (
                <Popconfirm title={`从任务中移除“${u.enterpriseName}”？`} onConfirm={() => remove(u)}>
                  <Typography.Link type="danger">移除</Typography.Link>
                </Popconfirm>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
