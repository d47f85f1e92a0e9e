import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { ApplicationTable } from '../../modules/project/ApplicationTable';

export default function ApplicationsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="按状态办理申报书：受理审核、退回修改、推荐上报、指派专家、登记立项。勾选多份可批量推荐或退回。">
      <ApplicationTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
