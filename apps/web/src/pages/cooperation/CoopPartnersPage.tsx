import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { PartnerTable } from '../../modules/cooperation/PartnerTable';

export default function CoopPartnersPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="合作单位名录：高等院校、科研院所与外地企业；联系电话在列表与导出中脱敏显示。">
      <PartnerTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
