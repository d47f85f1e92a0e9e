import { loadConfig } from './platform/config';
import { DataDirLockedError } from './platform/db/data-dir-lock';
import { exitGracefullyOnSignals } from './platform/http/graceful-shutdown';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';
import { startServer } from './server';

const config = loadConfig();
const server = await startServer(config).catch((err: unknown) => {
  // A refusal is for the person starting the server: its message, not a stack trace.
  if (!(err instanceof DataDirLockedError)) throw err;
  console.error(`\nKeChuang 科创 未启动：${err.message}`);
  process.exit(1);
});
const where = config.databaseUrl ? 'PostgreSQL（DATABASE_URL）' : `PGlite 数据目录 ${config.dataDir}`;
console.log(`\nKeChuang 科创 已启动：${server.url}   数据库：${where}`);
console.log(`接口文档：${server.url}/api/docs`);
if (config.seedDemo) {
  console.log(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(9)} ${a.displayName}（${a.note}）`);
  console.log('管理员账号登录还须输入动态验证码：将 README 中的演示密钥添加到验证器应用（两步验证）');
}

exitGracefullyOnSignals(server, config.shutdownTimeoutMs);
