import type { Kysely } from 'kysely';
import { redactDocument, ZRedactionSettings, type RedactionSettings, type ReportDocument } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';

const EMPTY: RedactionSettings = { terms: [], rules: { maskedFactKeys: [] } };

/** A region's redaction list (empty when the bureau has none yet). */
export async function readRedaction(db: Kysely<DB>, regionCode: string): Promise<RedactionSettings> {
  const row = await db
    .selectFrom('report_redaction')
    .select('settings')
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
  return row ? ZRedactionSettings.parse(row.settings) : EMPTY;
}

export async function saveRedaction(db: Kysely<DB>, uc: UseCaseContext, settings: RedactionSettings): Promise<void> {
  const regionCode = uc.auth.regionCode;
  await db.transaction().execute(async (trx) => {
    const json = JSON.stringify(settings);
    await trx
      .insertInto('report_redaction')
      .values({ region_code: regionCode, settings: json, updated_by: uc.auth.userId })
      .onConflict((oc) =>
        oc.column('region_code').doUpdateSet({ settings: json, updated_at: new Date(), updated_by: uc.auth.userId }),
      )
      .execute();
    await writeAudit(trx, uc.actor, {
      action: 'report.redaction.save',
      objectType: 'report_redaction',
      objectId: regionCode,
      regionCode,
      after: settings,
    });
  });
}

/** The document as published: masked with its region's list; redaction with an empty list is refused. */
export async function redactedFor(db: Kysely<DB>, regionCode: string, doc: ReportDocument): Promise<ReportDocument> {
  const settings = await readRedaction(db, regionCode);
  if (settings.terms.length === 0) {
    throw new AppError('VALIDATION_FAILED', '脱敏词表为空：请先在“脱敏词表”中维护需替换的地名、人名后再开启脱敏');
  }
  return redactDocument(doc, settings);
}
