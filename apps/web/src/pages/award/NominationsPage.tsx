import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { NominationTable } from '../../modules/award/NominationTable';

export default function NominationsPage() {
  const [params] = useSearchParams();
  const programmeId = Number(params.get('programmeId')) || undefined;
  return (
    <PageContainer content="推荐与获奖：单位（企业库中的企业或其他单位）和个人的推荐，评选结果公布后登记获奖等级和名次；个人联系电话脱敏显示。">
      <NominationTable ids={params.get('ids') ?? undefined} programmeId={programmeId} />
    </PageContainer>
  );
}
