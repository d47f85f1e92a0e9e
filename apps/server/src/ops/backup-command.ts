// `npm run backup -- --out <file.tar.gz>`: backs up the database the product is configured for (--data-dir /
// DATABASE_URL) and its uploaded files into one archive.
import { resolve } from 'node:path';
import { flag, loadConfig } from '../platform/config';
import { createBackup } from './create-backup';
import { hasPgliteDatabase, keyReminder, opsTarget, productVersion } from './ops-target';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const out = flag(argv, 'out');
  if (!out) throw new Error('请用 --out 指定备份文件，例如：npm run backup -- --out kechuang-backup.tar.gz');
  const config = loadConfig(argv);
  const target = opsTarget(config);
  if (target.backEnd === 'pglite') {
    if (!hasPgliteDatabase(config.dataDir)) throw new Error(`数据目录 ${config.dataDir} 中没有数据库`);
    console.log('内嵌数据库（PGlite）同一时间只能由一个进程打开：备份前请先停止服务。');
  }
  const database = await target.open();
  try {
    const manifest = await createBackup({
      db: database.db,
      backEnd: target.backEnd,
      filesDir: target.filesDir,
      out: resolve(out),
      productVersion: productVersion(),
    });
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    const files = manifest.entries.filter((e) => e.name.startsWith('files/')).length;
    console.log(`备份完成：${resolve(out)}`);
    console.log(`  来源：${target.backEnd === 'pglite' ? 'PGlite' : 'PostgreSQL'} ${target.where}`);
    console.log(`  数据库版本：${manifest.schemaVersion}；${manifest.tables.length} 张表，共 ${rows} 行`);
    console.log(`  附件文件：${files} 个（${target.filesDir}）`);
    console.log(
      `  审计链：核对 ${manifest.auditChain.checked} 条，${manifest.auditChain.ok ? '完好' : '有问题（备份照常完成）'}`,
    );
    console.log(`  ${keyReminder(config)}`);
  } finally {
    await database.close();
  }
}

main().catch((e: unknown) => {
  console.error(`备份失败：${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
