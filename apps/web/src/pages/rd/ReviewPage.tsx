import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import { Space, Tag } from 'antd';
import { RD_CHECK_RULES, type TRdTask } from '@kechuang/domain';
import { RdExportButton } from '../../modules/rd/RdExportButton';
import { RdTaskSelect } from '../../modules/rd/RdTaskSelect';
import { rdApi, type TRdTaskFinding } from '../../modules/rd/rd.api';
import { ReportStatusTag, reportStatusEnum } from '../../modules/rd/rd-status';
import { api, type Page } from '../../api/client';
import { showError } from '../../ui/feedback';

type UnitRow = {
  id: number;
  enterpriseName: string;
  townshipName: string | null;
  status: 'submitted';
  submittedAt: string | null;
  internalTotal: string | null;
};

/** 审核与核查: forms waiting for review, and every open finding across the task's units. */
export default function ReviewPage() {
  const [task, setTask] = useState<TRdTask | null>(null);
  return (
    <PageContainer
      content="审核已提交的填报表（通过或退回并说明原因），并查看任务内全部单位的核查问题与逾期未报。"
      extra={<RdTaskSelect value={task?.id ?? null} onChange={setTask} />}
    >
      {task && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} key={task.id}>
          <ProTable<UnitRow>
            rowKey="id"
            headerTitle="待审核"
            search={false}
            options={false}
            pagination={{ defaultPageSize: 10 }}
            request={async (p) => {
              try {
                return await api.get<Page<UnitRow>>(`/rd/tasks/${task.id}/units`, {
                  status: 'submitted',
                  current: p.current,
                  pageSize: p.pageSize,
                });
              } catch (e) {
                showError(e);
                return { data: [], total: 0, success: false };
              }
            }}
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
            request={async () => {
              try {
                const data = await rdApi.findings(task.id);
                return { data, total: data.length, success: true };
              } catch (e) {
                showError(e);
                return { data: [], total: 0, success: false };
              }
            }}
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
                render: (_d, f) =>
                  f.severity === 'error' ? <Tag color="error">错误</Tag> : <Tag color="warning">提示</Tag>,
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
        </Space>
      )}
    </PageContainer>
  );
}
