import type { Kysely } from 'kysely';
import type { ReportTemplate, ReportTemplateBody } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { assertTemplateUsable } from './generate-report';
import { presentTemplate, readTemplate, writeTemplateVersion } from './template.repository';

/** Saves a template as its next version; a placeholder naming an unknown fact is refused, naming it. */
export async function saveTemplate(
  db: Kysely<DB>,
  uc: UseCaseContext,
  o: { id: number; name?: string; body: ReportTemplateBody },
): Promise<ReportTemplate> {
  const current = await readTemplate(db, o.id);
  assertTemplateUsable(o);
  const row = await db.transaction().execute(async (trx) => {
    const saved = await writeTemplateVersion(trx, current.id, o.name ?? current.name, o.body, uc.auth.userId);
    await writeAudit(trx, uc.actor, {
      action: 'report.template.update',
      objectType: 'report_template',
      objectId: current.id,
      regionCode: uc.auth.regionCode,
      details: { version: saved.version },
    });
    return saved;
  });
  return presentTemplate(row);
}

/** A copy of a template's current version as a new template (version 1). */
export async function copyTemplate(db: Kysely<DB>, uc: UseCaseContext, id: number): Promise<ReportTemplate> {
  const source = await readTemplate(db, id);
  const row = await db.transaction().execute(async (trx) => {
    const body = JSON.stringify(source.body);
    const name = `${source.name}（副本）`.slice(0, 50);
    const created = await trx
      .insertInto('report_template')
      .values({ name, version: 1, body, created_by: uc.auth.userId, updated_by: uc.auth.userId })
      .returning(['id', 'name', 'version', 'body', 'updated_at'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('report_template_version')
      .values({ template_id: created.id, version: 1, body, created_by: uc.auth.userId })
      .execute();
    await writeAudit(trx, uc.actor, {
      action: 'report.template.copy',
      objectType: 'report_template',
      objectId: created.id,
      regionCode: uc.auth.regionCode,
      details: { from: source.id, version: source.version },
    });
    return created;
  });
  return presentTemplate(row);
}
