import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { AgreementTable } from '../../modules/cooperation/AgreementTable';

export default function CoopAgreementsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="合作协议：县政府、科技局或企业与高校、院所、外地企业签订的战略合作等协议；到期前按设置天数提醒业务人员。">
      <AgreementTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
