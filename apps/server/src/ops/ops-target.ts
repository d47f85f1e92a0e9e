import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../platform/config';
import { openDatabase, type Database } from '../platform/db/database';
import { defaultFilesDir } from '../platform/storage/storage';

/** The product's version, from the repository's package.json. */
export function productVersion(): string {
  const path = resolve(import.meta.dirname, '../../../../package.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version : 'unknown';
}

/** Where the running product keeps its data: the database (PostgreSQL or PGlite) and the files directory. */
export interface OpsTarget {
  backEnd: 'pglite' | 'postgres';
  /** For messages: the PGlite data directory, or the PostgreSQL URL without its password. */
  where: string;
  filesDir: string;
  open(): Promise<Database>;
}

export function opsTarget(config: AppConfig, env = process.env): OpsTarget {
  const filesDir = defaultFilesDir(env);
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    if (url.password) url.password = '***';
    return {
      backEnd: 'postgres',
      where: url.toString(),
      filesDir,
      open: () => openDatabase({ url: config.databaseUrl }),
    };
  }
  return {
    backEnd: 'pglite',
    where: config.dataDir,
    filesDir,
    open: () => openDatabase({ dataDir: config.dataDir }),
  };
}

/** True when a PGlite data directory holds a database (opening an empty one would create it). */
export const hasPgliteDatabase = (dataDir: string) => existsSync(join(dataDir, 'PG_VERSION'));

/** The personal-data key is deliberately not in the backup: say where it is so it can be kept apart. */
export function keyReminder(config: AppConfig, env = process.env): string {
  return env.KC_DATA_KEY
    ? '个人信息密钥由环境变量 KC_DATA_KEY 提供，不在备份中：恢复后的系统须使用同一密钥，否则加密的身份证号、护照号无法解密。'
    : `个人信息密钥（${join(config.dataDir, 'keys', 'personal-data.key')}）不在备份中，请与备份分开妥善保管；恢复到新机器时先把它放到新数据目录的 keys/ 下。`;
}
