import { RdReview } from '../../modules/rd/review/RdReview';

/** 审核与核查 */
export default function ReviewPage() {
  return <RdReview />;
}
