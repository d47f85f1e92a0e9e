import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { EntryTable } from '../../modules/award/EntryTable';

export default function EntriesPage() {
  const [params] = useSearchParams();
  const competitionId = Number(params.get('competitionId')) || undefined;
  return (
    <PageContainer content="参赛记录：报名 → 初赛 → 复赛 → 决赛逐级登记晋级，获奖后登记所获奖项。">
      <EntryTable ids={params.get('ids') ?? undefined} competitionId={competitionId} />
    </PageContainer>
  );
}
