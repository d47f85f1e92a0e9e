import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { backupManifest, BACKUP_FORMAT, MANIFEST_NAME, type BackupManifest } from './backup-manifest';
import { readTarGz } from './tar-archive';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** zlib's own errors are in English and say nothing about what to do: they mean the file is not what we wrote. */
function damaged(e: unknown): Error {
  const code = (e as { code?: string }).code ?? '';
  if (code.startsWith('Z_') || code === 'ERR_ZLIB_INITIALIZATION_FAILED') {
    return new Error(`备份文件已损坏或不是本系统的备份（解压失败：${(e as Error).message}）`);
  }
  return e as Error;
}

/**
 * The entries of a backup, each checked against the manifest's SHA-256 as it is read. The manifest comes from the
 * first, checking pass (`verifyBackup`), so a file changed in between is still caught.
 */
export async function* checkedEntries(
  path: string,
  manifest: BackupManifest,
): AsyncGenerator<{ name: string; data: Buffer }> {
  const expected = new Map(manifest.entries.map((e) => [e.name, e]));
  try {
    for await (const entry of readTarGz(path)) {
      if (entry.name === MANIFEST_NAME) continue;
      const want = expected.get(entry.name);
      if (!want) throw new Error(`备份中有清单未列出的条目：${entry.name}`);
      if (want.size !== entry.data.length || want.sha256 !== sha256(entry.data)) {
        throw new Error(`备份条目 ${entry.name} 的校验和与清单不符，备份已被改动或损坏`);
      }
      yield entry;
    }
  } catch (e) {
    throw damaged(e);
  }
}

/**
 * Reads the whole archive once and checks it before anything is written: the manifest is well formed, every
 * entry it lists is present with its SHA-256 and size, and nothing else is there.
 */
export async function verifyBackup(path: string): Promise<BackupManifest> {
  if (!existsSync(path)) throw new Error(`找不到备份文件 ${path}`);
  const seen = new Map<string, { size: number; sha256: string }>();
  let manifestText: string | null = null;
  try {
    for await (const entry of readTarGz(path)) {
      if (entry.name === MANIFEST_NAME) manifestText = entry.data.toString('utf8');
      else seen.set(entry.name, { size: entry.data.length, sha256: sha256(entry.data) });
    }
  } catch (e) {
    throw damaged(e);
  }
  if (manifestText === null) throw new Error('备份中没有清单（manifest.json），不是本系统的备份');
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText);
  } catch {
    throw new Error('备份清单（manifest.json）不是有效的 JSON，备份已损坏');
  }
  const result = backupManifest.safeParse(parsed);
  if (!result.success) {
    const format = (parsed as { format?: unknown })?.format;
    throw new Error(
      format === BACKUP_FORMAT
        ? `备份清单的格式不符（${result.error.issues[0]?.path.join('.')}），可能来自更新版本的系统或已损坏`
        : '备份清单不是本系统的格式',
    );
  }
  const manifest = result.data;
  for (const e of manifest.entries) {
    const got = seen.get(e.name);
    if (!got) throw new Error(`备份缺少条目 ${e.name}`);
    if (got.size !== e.size || got.sha256 !== e.sha256) {
      throw new Error(`备份条目 ${e.name} 的校验和与清单不符，备份已被改动或损坏`);
    }
    seen.delete(e.name);
  }
  const extra = [...seen.keys()];
  if (extra.length) throw new Error(`备份中有清单未列出的条目：${extra.slice(0, 3).join('、')}`);
  const listed = new Set(manifest.entries.map((e) => e.name));
  for (const t of manifest.tables) {
    const missing = t.entries.find((e) => !listed.has(e));
    if (missing) throw new Error(`备份清单中数据表 ${t.name} 的条目 ${missing} 未列入校验和`);
  }
  return manifest;
}
