import { SelfAssessment } from '../../modules/enterprise/assessment/SelfAssessment';

export default function SelfAssessmentPage() {
  return <SelfAssessment />;
}
