import type { App } from '../../../platform/http/types';
import { assessmentExportRoutes } from './assessment-export.routes';
import { assessmentRoutes } from './assessment.routes';

export { assessmentFacts } from './assessment.facts';
export { assessmentTodos } from './assessment.todos';
export { seedDemoAssessment } from './seed-demo-assessment';

/** The annual assessment's routes (docs/rules.md §5.1.1), registered by the commissioner manifest. */
export async function commissionerAssessmentRoutes(app: App): Promise<void> {
  await assessmentRoutes(app);
  await assessmentExportRoutes(app);
}
