import { z } from 'zod';

export const MANIFEST_NAME = 'manifest.json';
export const BACKUP_FORMAT = 'kechuang-backup';

/** What a backup holds: written last into the archive, checked first on restore. */
export const backupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  productVersion: z.string(),
  /** The latest migration the backed-up database had run. */
  schemaVersion: z.string(),
  backEnd: z.enum(['pglite', 'postgres']),
  createdAt: z.string(),
  /** In load order (parents before children); each table's rows are in one or more `db/<table>/<n>.jsonl` entries. */
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().nonnegative(), entries: z.array(z.string()) })),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
  /** Every entry of the archive except the manifest, with its SHA-256. */
  entries: z.array(z.object({ name: z.string(), size: z.number().int().nonnegative(), sha256: z.string() })),
  /** The audit chain as verified when the backup was taken. */
  auditChain: z.object({ ok: z.boolean(), checked: z.number().int() }),
});
export type BackupManifest = z.infer<typeof backupManifest>;

/** Uploaded files sit under `files/` in the archive, by their path inside the files directory. */
export const FILES_PREFIX = 'files/';
