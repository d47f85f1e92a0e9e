import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { OutputTable } from '../../modules/cooperation/OutputTable';

export default function CoopOutputsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer content="合作成果：合作项目取得的专利、新产品、标准、论文与培养人才；可在项目详情中登记为科技成果。">
      <OutputTable ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}
