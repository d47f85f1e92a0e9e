import { PageContainer } from '@ant-design/pro-components';
import { CommissionerRatings } from '../../modules/commissioner/assessment/CommissionerRatings';

/** /commissioner/ratings: an enterprise rates the commissioners who served it. */
export default function CommissionerRatingsPage() {
  return (
    <PageContainer content="为本单位提供过服务的科技特派员评价服务满意度，计入其年度考核。">
      <CommissionerRatings />
    </PageContainer>
  );
}
