import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { QualificationTable } from '../../modules/enterprise/qualifications/QualificationTable';

export default function QualificationsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="每条资质记录独立流转：培育 → 申报 → 推荐 → 公示 → 认定/未通过 → 到期/撤销；认定后按梯度规则计算有效期。">
      <QualificationTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
