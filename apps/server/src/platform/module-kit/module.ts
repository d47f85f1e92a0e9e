import type { Kysely, Migration } from 'kysely';
import type { ReportFact, ReportPeriod } from '@kechuang/domain';
import type { AttachmentOwner } from '../attachments/attachment-owner';
import type { Actor } from '../audit/audit.writer';
import type { DB } from '../db/schema';
import type { App, AuthContext } from '../http/types';
import type { JobHandler } from '../jobs/job-runner';

/**
 * What the demo seed hands every module's seedDemo hook: the demo county its records belong to, and the day
 * ('YYYY-MM-DD') the county has lived on until from its recorded 2022 H1 (absent or null: the demo as recorded).
 */
export interface DemoContext {
  county: { code: string; name: string };
  today?: string | null;
}

/** The region and period a module states its report facts for. */
export interface FactsQuery {
  /** The region asked about (a county, a city or the province): rows whose region_code starts with the prefix. */
  regionCode: string;
  scopePrefix: string;
  /** The period ('2022H1', '2022'), with its inclusive dates. */
  period: ReportPeriod;
  from: string;
  to: string;
  /**
   * The fact keys the caller needs (an indicator table reads a few): modules whose name starts none of them are
   * not asked, and a module may skip work on the others. Absent: every fact.
   */
  wanted?: readonly string[];
}

/**
 * One thing a signed-in user has to do, as a module states it for 我的待办 (the platform's `/api/v1/me/todos`
 * collects every module's): a form to fill, an application returned, an issue to confirm, a deadline, a rating.
 */
export interface TodoItem {
  /** Stable and unique across modules: '<module>.<kind>:<id>'. */
  key: string;
  /** The kind in the user's words, shown as the item's tag: '待填报', '退回修改', '待确认', '资质到期', '待评价'. */
  kind: string;
  title: string;
  /** A sentence of detail (what to do, who asked). */
  detail?: string;
  /** The date it is due by (YYYY-MM-DD), when there is one: the list sorts by it. */
  dueOn?: string | null;
  /** The web path that opens it. */
  link: string;
}

/**
 * A business module, declared once: the composition root (`modules/index.ts`) lists the modules, and the
 * platform mounts what each declares. The platform imports no module; a module's tables join the `DB` type by
 * augmenting it in its own `<module>.tables.ts`.
 */
export interface ServerModule {
  /** Short name, also the first segment of its job types and fact keys: 'enterprise'. */
  name: string;
  /** Its routes under /api/v1. */
  routes(app: App): Promise<void>;
  /** Routes that take a multipart upload: registered in a child context that parses multipart. */
  uploadRoutes?(app: App): Promise<void>;
  /** Forward-only migrations by timestamped name, run in name order with every other module's. */
  migrations?: Record<string, Migration>;
  /** Handlers of its persisted jobs, by job type. */
  jobs?: Record<string, JobHandler<never>>;
  /** Its records that take attachments (photos, scans, materials), served by the platform's attachments routes. */
  attachments?: readonly AttachmentOwner[];
  /** Jobs queued once a bureau day by one instance (reminders; platform/jobs/daily-schedule.ts). */
  dailyJobs?: readonly { type: string; title: string }[];
  /** Every figure it can state for a region and a period, with the records behind each. */
  facts?(db: Kysely<DB>, query: FactsQuery): Promise<ReportFact[]>;
  /** What the signed-in user has to do in this module (their own only), for 我的待办. */
  todos?(db: Kysely<DB>, auth: AuthContext): Promise<TodoItem[]>;
  /** Its part of the demo data, loaded once in module order inside the demo transaction. */
  seedDemo?(trx: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void>;
}

/** Declares a module (an identity function, so a manifest is checked where it is written). */
export function defineModule(module: ServerModule): ServerModule {
  return module;
}
