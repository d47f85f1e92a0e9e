import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { ProgrammeTable } from '../../modules/award/ProgrammeTable';

export default function ProgrammesPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="奖励评选：职工技术成果奖、“五小”创新成果奖、科技进步奖等评选，按年度和级别登记；推荐与获奖在各评选下登记。">
      <ProgrammeTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
