import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { EvalResultsTable } from '../../../modules/tech-platform/evaluation/EvalResultsTable';

export default function EvalResultsPage() {
  const [params] = useSearchParams();
  return (
    <PageContainer title="综合评价结果">
      <EvalResultsTable ids={params.get('ids') ?? ''} />
    </PageContainer>
  );
}
