import { Link } from 'react-router-dom';
import { ProTable } from '@ant-design/pro-components';
import { Tag } from 'antd';
import { RD_CHECK_RULES, type TRdTask, type TRdTaskFinding } from '@kechuang/domain';
import { tableRequest } from '../../../ui/table-request';
import { RdExportButton } from '../RdExportButton';
import { rdApi } from '../rd.api';
import { ReportStatusTag } from '../rd-status';

/** 核查清单: every unresolved finding across a task's units, with its export. */
export function RdFindingsTable({ task }: { task: TRdTask }) {
  return (
    <ProTable<TRdTaskFinding>
      rowKey={(f) => `${f.unitId}-${f.code}-${f.field}`}
      headerTitle="核查清单（未解决）"
      toolBarRender={() => [
        <RdExportButton key="export" taskId={task.id} view="findings">
          导出核查清单
        </RdExportButton>,
      ]}
      search={false}
      options={false}
      pagination={{ defaultPageSize: 20 }}
      request={tableRequest<TRdTaskFinding>(() => rdApi.findings(task.id))}
      columns={[
        {
          title: '单位名称',
          dataIndex: 'enterpriseName',
          width: 240,
          render: (_d, f) => <Link to={`/rd/units/${f.unitId}`}>{f.enterpriseName}</Link>,
        },
        {
          title: '类别',
          dataIndex: 'code',
          width: 180,
          render: (_d, f) => RD_CHECK_RULES.find((r) => r.code === f.code)?.label ?? f.code,
        },
        {
          title: '严重程度',
          dataIndex: 'severity',
          width: 90,
          render: (_d, f) => (f.severity === 'error' ? <Tag color="error">错误</Tag> : <Tag color="warning">提示</Tag>),
        },
        { title: '说明', dataIndex: 'message' },
        { title: '情况说明', dataIndex: 'explanation', width: 200, ellipsis: true },
        {
          title: '填报状态',
          dataIndex: 'status',
          width: 90,
          render: (_d, f) => <ReportStatusTag status={f.status} />,
        },
      ]}
    />
  );
}
