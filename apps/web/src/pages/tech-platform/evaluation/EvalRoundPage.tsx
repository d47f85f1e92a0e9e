import { PageContainer } from '@ant-design/pro-components';
import { useParams } from 'react-router-dom';
import { EvalRoundView } from '../../../modules/tech-platform/evaluation/EvalRoundView';

export default function EvalRoundPage() {
  const { id } = useParams();
  return (
    <PageContainer title="综合评价批次">
      <EvalRoundView id={Number(id)} />
    </PageContainer>
  );
}
