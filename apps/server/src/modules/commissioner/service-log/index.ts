import type { App } from '../../../platform/http/types';
import { PACE_REMINDER_JOB } from './pace-reminders';
import { serviceLogRoutes } from './service-log.routes';

export { serviceLogFacts } from './service-log.facts';
export { serviceLogPhotos } from './service-log-photos';
export { seedDemoServiceLogs } from './seed-demo-service-logs';

/** The daily job: commissioners behind their pace (docs/rules.md §5.1.1). */
export const SERVICE_LOG_DAILY_JOBS = [{ type: PACE_REMINDER_JOB, title: '科技特派员服务天数进度提醒' }];

/** The service logs' and day counters' routes, registered by the commissioner manifest. */
export async function commissionerServiceLogRoutes(app: App): Promise<void> {
  await serviceLogRoutes(app);
}
