import { Link } from 'react-router-dom';
import { ProTable } from '@ant-design/pro-components';
import type { TRdTask, TRdUnitRow } from '@kechuang/domain';
import { tableRequest } from '../../../ui/table-request';
import { rdApi } from '../rd.api';
import { ReportStatusTag, reportStatusEnum } from '../rd-status';

/** 待审核: a task's submitted forms, each a link to review it; with `ids`, exactly those units whatever their state. */
export function RdReviewQueue({ task, ids }: { task: TRdTask; ids?: string }) {
  return (
    <ProTable<TRdUnitRow>
      rowKey="id"
      headerTitle={ids ? '填报单位（报告引用的记录）' : '待审核'}
      search={false}
      options={false}
      pagination={{ defaultPageSize: 10 }}
      params={{ ids }}
      request={tableRequest<TRdUnitRow>((q) =>
        rdApi.units(task.id, ids ? { ...q, ids } : { ...q, status: 'submitted' }),
      )}
      columns={[
        {
          title: '单位名称',
          dataIndex: 'enterpriseName',
          render: (_d, u) => <Link to={`/rd/units/${u.id}`}>{u.enterpriseName}</Link>,
        },
        { title: '乡镇', dataIndex: 'townshipName', width: 120 },
        {
          title: '状态',
          dataIndex: 'status',
          width: 90,
          valueEnum: reportStatusEnum,
          render: (_d, u) => <ReportStatusTag status={u.status} />,
        },
        { title: '提交时间', dataIndex: 'submittedAt', valueType: 'dateTime', width: 180 },
        {
          title: '操作',
          valueType: 'option',
          width: 80,
          render: (_d, u) => <Link to={`/rd/units/${u.id}`}>审核</Link>,
        },
      ]}
    />
  );
}
