// `npm run restore -- --from <file.tar.gz> [--force]`: restores a backup into the database the product is
// configured for (--data-dir / DATABASE_URL) and its files directory.
import { resolve } from 'node:path';
import { flag, loadConfig } from '../platform/config';
import { MIGRATIONS } from '../modules/index';
import { keyReminder, opsTarget } from './ops-target';
import { verifyBackup } from './read-backup';
import { restoreVerified } from './restore-backup';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const from = flag(argv, 'from');
  if (!from) throw new Error('请用 --from 指定备份文件，例如：npm run restore -- --from kechuang-backup.tar.gz');
  const config = loadConfig(argv);
  const target = opsTarget(config);
  const manifest = await verifyBackup(resolve(from));
  if (target.backEnd === 'pglite') console.log('内嵌数据库（PGlite）同一时间只能由一个进程打开：恢复前请先停止服务。');
  const database = await target.open();
  try {
    const s = await restoreVerified(
      {
        from: resolve(from),
        db: database.db,
        filesDir: target.filesDir,
        migrations: MIGRATIONS,
        force: argv.includes('--force'),
      },
      manifest,
    );
    const m = s.manifest;
    console.log(`恢复完成：${resolve(from)}`);
    console.log(
      `  备份：${m.createdAt}，来自 ${m.backEnd === 'pglite' ? 'PGlite' : 'PostgreSQL'}，版本 ${m.productVersion}`,
    );
    console.log(`  目标：${target.backEnd === 'pglite' ? 'PGlite' : 'PostgreSQL'} ${target.where}`);
    console.log(`  数据：${s.tables} 张表共 ${s.rows} 行，行数与备份清单一致`);
    console.log(`  附件文件：${s.files} 个，写入 ${target.filesDir}`);
    console.log(`  审计链：核对 ${s.auditChecked} 条，与备份时一致`);
    if (s.upgradedBy.length) {
      console.log(`  已升级数据库结构：${s.upgradedBy.length} 个迁移（至 ${s.upgradedBy.at(-1)}）`);
    }
    console.log(`  ${keyReminder(config)}`);
  } finally {
    await database.close();
  }
}

main().catch((e: unknown) => {
  console.error(`恢复失败：${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
