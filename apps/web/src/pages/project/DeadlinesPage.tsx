import { PageContainer } from '@ant-design/pro-components';
import { ProjectDeadlineTable } from '../../modules/project/ProjectDeadlineTable';

export default function ProjectDeadlinesPage() {
  return (
    <PageContainer content="批次截止受理、项目中期检查与实施期满验收，按剩余天数排列；每日一条汇总提醒推送到消息铃。">
      <ProjectDeadlineTable />
    </PageContainer>
  );
}
