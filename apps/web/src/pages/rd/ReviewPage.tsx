import { useSearchParams } from 'react-router-dom';
import { RdReview } from '../../modules/rd/review/RdReview';

/** 审核与核查 */
export default function ReviewPage() {
  const [params] = useSearchParams();
  return <RdReview ids={params.get('ids') ?? undefined} />;
}
