import { PageContainer } from '@ant-design/pro-components';
import { RdTaskTable } from '../../modules/rd/RdTaskTable';

export default function TasksPage() {
  return (
    <PageContainer content="研发经费填报任务：按期间选定填报单位，发布后单位填报，业务人员催报、代填、审核；填报率实时统计。">
      <RdTaskTable />
    </PageContainer>
  );
}
