import type { Kysely } from 'kysely';
import { chinaToday } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import type { TodoItem } from '../../platform/module-kit/module';
import { listDeadlines } from './deadlines';
import { ownEnterpriseOf } from './enterprise.policy';

/** How far ahead an enterprise's own qualification deadlines show in 我的待办 (as the 到期提醒 page's default). */
const WITHIN_DAYS = 120;

/**
 * 我的待办 of an enterprise user: its own qualification deadlines (高企年报, 科小年度更新, certificates expiring), the
 * 到期提醒 rule applied to its own records. Staff see every enterprise's on the 到期提醒 page, not here.
 */
export async function enterpriseTodos(db: Kysely<DB>, auth: AuthContext): Promise<TodoItem[]> {
  const enterpriseId = ownEnterpriseOf(auth);
  if (!enterpriseId) return [];
  const today = chinaToday();
  const deadlines = await listDeadlines(db, { kind: 'own', enterpriseId }, today, WITHIN_DAYS);
  return deadlines.map((d) => ({
    key: `enterprise.${d.kind}:${d.enterpriseId}:${d.title}:${d.due}`,
    kind: '资质到期',
    title: d.title,
    detail: d.consequence,
    dueOn: d.due,
    link: '/enterprise/mine',
  }));
}
