import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { AssessmentPanel } from '../../modules/commissioner/assessment/AssessmentPanel';

/** /commissioner/assessments: the annual assessment; a report fact links here with ?ids= (entries). */
export default function AssessmentsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="年度考核：服务方式、服务次数、三方协议完成情况、服务成效、服务对象满意度、加分项，满分 100 分；合格及以上可延派。">
      <AssessmentPanel ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
