// `npm run migrate-to-postgres -- --to postgres://user:pass@host:5432/db [--data-dir ./data] [--files-to dir]`:
// copies the embedded (PGlite) installation into an empty PostgreSQL database and says what to change to use it.
import { join, resolve } from 'node:path';
import { flag, loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/database';
import { MIGRATIONS } from '../modules/index';
import { migrateToPostgres } from './migrate-to-postgres';
import { hasPgliteDatabase, productVersion } from './ops-target';

/** The URL for messages and the printed configuration, with its password hidden. */
function shown(url: URL): string {
  const copy = new URL(url);
  if (copy.password) copy.password = '***';
  return copy.toString();
}

function targetUrl(value: string | undefined): URL {
  if (!value) {
    throw new Error(
      '请用 --to 指定目标 PostgreSQL 数据库，例如：npm run migrate-to-postgres -- --to postgres://kechuang:密码@127.0.0.1:5432/kechuang',
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--to 的值不是数据库连接地址：${value}（应形如 postgres://用户:密码@主机:5432/库名）`);
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol) || url.pathname.length < 2) {
    throw new Error(
      `--to 须为 PostgreSQL 连接地址并写明库名（postgres://用户:密码@主机:5432/库名），收到：${shown(url)}`,
    );
  }
  return url;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const to = targetUrl(flag(argv, 'to'));
  const config = loadConfig(argv);
  if (!hasPgliteDatabase(config.dataDir)) {
    throw new Error(`数据目录 ${config.dataDir} 中没有内嵌数据库，请用 --data-dir 指向原安装的数据目录`);
  }
  const sourceFilesDir = process.env.KC_FILES_DIR ? resolve(process.env.KC_FILES_DIR) : join(config.dataDir, 'files');
  const filesTo = flag(argv, 'files-to');
  const targetFilesDir = filesTo ? resolve(filesTo) : null;
  console.log('内嵌数据库（PGlite）同一时间只能由一个进程打开：迁移前请先停止服务。');
  const source = await openDatabase({ dataDir: config.dataDir });
  try {
    const target = await openDatabase({ url: to.toString() });
    try {
      const s = await migrateToPostgres({
        source: source.db,
        target: target.db,
        sourceFilesDir,
        targetFilesDir,
        migrations: MIGRATIONS,
        productVersion: productVersion(),
      });
      const keyFile = join(config.dataDir, 'keys', 'personal-data.key');
      console.log(`迁移完成：PGlite ${config.dataDir} → PostgreSQL ${shown(to)}`);
      console.log(`  数据：${s.tables} 张表共 ${s.rows} 行；逐表核对 ${s.comparedTables} 张表的行数，与源库一致`);
      console.log(`  审计链：目标库核对 ${s.auditChecked} 条，完好`);
      console.log(
        `  序列：${s.sequences} 个均已越过现有最大编号${s.sequencesAdvanced.length ? `（已调整 ${s.sequencesAdvanced.join('、')}）` : ''}`,
      );
      console.log(
        targetFilesDir
          ? `  附件文件：${s.files} 个，已复制到 ${targetFilesDir}`
          : `  附件文件：未复制，仍在 ${sourceFilesDir}（如需复制到新位置，请加 --files-to 目录）`,
      );
      console.log('请修改配置后重启服务：');
      console.log(
        `  1. 设置环境变量 DATABASE_URL=${shown(to)}（填入真实密码）；设置后服务使用 PostgreSQL，不再打开内嵌数据库`,
      );
      console.log(
        targetFilesDir
          ? `  2. 设置环境变量 KC_FILES_DIR=${targetFilesDir}（附件目录）；多实例部署时各实例须共享此目录`
          : `  2. 附件目录不变：保持 KC_FILES_DIR 或 --data-dir 与现在相同（${sourceFilesDir}）`,
      );
      console.log(
        process.env.KC_DATA_KEY
          ? '  3. 个人信息密钥：继续设置同一个 KC_DATA_KEY，否则加密的身份证号、护照号无法解密'
          : `  3. 个人信息密钥：保持 --data-dir（KC_DATA_DIR）为 ${config.dataDir}，或把 ${keyFile} 复制到新数据目录的 keys/ 下`,
      );
      console.log(`  4. 原数据目录 ${config.dataDir} 请保留作回退，确认新库运行无误后再归档`);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

main().catch((e: unknown) => {
  console.error(`迁移失败：${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
