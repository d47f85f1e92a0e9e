import type { App } from '../../../platform/http/types';
import { evaluationExportRoutes } from './evaluation-export.routes';
import { evaluationRoutes } from './evaluation.routes';

export { evaluationFacts } from './evaluation.facts';
export { seedDemoEvaluation } from './seed-demo-evaluation';

/** The evaluation's routes (docs/rules.md §5.4), registered by the tech-platform manifest. */
export async function techPlatformEvaluationRoutes(app: App): Promise<void> {
  await evaluationRoutes(app);
  await evaluationExportRoutes(app);
}
