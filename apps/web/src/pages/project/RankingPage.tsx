import { useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { RankingView } from '../../modules/project/RankingView';

export default function RankingPage() {
  const { id } = useParams();
  return (
    <PageContainer title="评审排名">
      <RankingView key={id} callId={Number(id)} />
    </PageContainer>
  );
}
