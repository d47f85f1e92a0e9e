import { PageContainer } from '@ant-design/pro-components';
import { ReviewTable } from '../../modules/project/ReviewTable';

export default function ReviewsPage() {
  return (
    <PageContainer content="只显示分配给您的申报书；按各评审指标打分，提交后不可修改。">
      <ReviewTable />
    </PageContainer>
  );
}
