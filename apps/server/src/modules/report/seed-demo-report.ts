import type { Kysely, Transaction } from 'kysely';
import { DEFAULT_REDACTION } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { DemoContext } from '../../platform/module-kit/module';

/**
 * The short names the demo bureau writes where the rule gives another (the seed report: 维尔沃, not 维尔沃生物;
 * 省农科院 for 甘肃省农业科学院; 鼎丰马铃薯、青龙管业、金麓银峰科研中心 for the R&D centres), as staff would set them.
 */
export const DEMO_SHORT_NAMES: Record<string, string> = {
  甘肃维尔沃生物科技有限公司: '维尔沃',
  陇西仓宇包装材料有限公司: '仓宇包装',
  甘肃鼎信陇源生物科技有限公司: '鼎信陇源',
  甘肃金麓银峰农业科技有限公司: '金麓银峰',
  甘肃爱味客马铃薯加工有限公司: '爱味客',
  陇西海升果业有限公司: '海升集团',
  甘肃省农业科学院: '省农科院',
  甘肃农业大学: '甘农大',
  定西市农业科学研究院: '市农科院',
  陇西县第二中学: '陇西二中',
  陇西县思源中学: '陇西思源中学',
  陇西县马铃薯产业技术创新联盟: '马铃薯产业联盟',
  鼎丰马铃薯脱毒种薯工程技术研究中心: '鼎丰马铃薯',
  青龙管业管道新材料企业研发中心: '青龙管业',
  金麓银峰马铃薯科研中心: '金麓银峰',
};

export async function seedDemoReport(trx: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const rows = Object.entries(DEMO_SHORT_NAMES).map(([name, short]) => ({
    name,
    short_name: short,
    updated_by: actor.id,
  }));
  await trx
    .insertInto('report_short_name')
    .values(rows)
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  await trx
    .insertInto('report_redaction')
    .values({ region_code: demo.county.code, settings: JSON.stringify(DEFAULT_REDACTION), updated_by: actor.id })
    .onConflict((oc) => oc.column('region_code').doNothing())
    .execute();
  await writeAudit(trx as Transaction<DB>, actor, {
    action: 'report.seed-demo',
    objectType: 'report_short_name',
    regionCode: demo.county.code,
    details: { shortNames: rows.length },
  });
}
