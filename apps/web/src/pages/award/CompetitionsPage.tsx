import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { CompetitionTable } from '../../modules/award/CompetitionTable';

export default function CompetitionsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="创新创业大赛、“中国创翼”、科普讲解大赛等赛事，按届次和赛区（赛段）登记；参赛记录在各赛事下登记。">
      <CompetitionTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
