import { RdSummary } from '../../modules/rd/summary/RdSummary';

/** 汇总与强度 */
export default function SummaryPage() {
  return <RdSummary />;
}
