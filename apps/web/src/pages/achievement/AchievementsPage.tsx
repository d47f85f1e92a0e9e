import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { AchievementTable } from '../../modules/achievement/AchievementTable';
import { useRegistrationFromOutput } from './from-cooperation-output';

/** 成果登记列表: the registrations of the user's region (a report fact's link passes ?ids=). */
export default function AchievementsPage() {
  const [params] = useSearchParams();
  const fromOutput = useRegistrationFromOutput();
  return (
    <PageContainer content="科技成果登记：企业填报、县级审核推荐、登记号登记；导出内容与当前筛选一致。">
      <AchievementTable ids={params.get('ids') ?? undefined} {...fromOutput} />
    </PageContainer>
  );
}
