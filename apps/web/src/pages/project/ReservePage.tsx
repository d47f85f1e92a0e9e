import { PageContainer } from '@ant-design/pro-components';
import { ReserveTable } from '../../modules/project/ReserveTable';

export default function ReservePage() {
  return (
    <PageContainer content="与企业谋划的储备项目；批次开放后可转为申报书草稿。">
      <ReserveTable />
    </PageContainer>
  );
}
