import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { ExpertTable } from '../../modules/foreign-expert/ExpertTable';
import { usePageTitle } from '../../ui/page-title';

export default function ExpertsPage() {
  const [params] = useSearchParams();
  usePageTitle('外国专家库');
  return (
    <PageContainer content="来访指导的外国专家档案：护照号码加密保存，列表与导出只显示脱敏号码，查看完整号码将记录在操作日志中。">
      <ExpertTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
