import { PageContainer } from '@ant-design/pro-components';
import { JobTable } from '../modules/jobs/JobTable';

export default function JobsPage() {
  return (
    <PageContainer content="导入、导出、报告生成和审计校验等耗时工作在后台执行；服务重启后未完成的任务会继续执行，完成后发送站内消息。">
      <JobTable />
    </PageContainer>
  );
}
