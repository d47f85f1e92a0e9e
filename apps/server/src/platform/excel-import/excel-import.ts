import type { Kysely, Transaction } from 'kysely';
import type { PermissionKey } from '@kechuang/domain';
import type { Actor } from '../audit/audit.writer';
import type { DB } from '../db/schema';
import type { ImportProblem, ImportSpec } from '../excel';
import type { AuthContext } from '../http/types';

/** Who started an import, as its jobs need them (the request is gone by then). */
export interface ImportUser {
  id: number;
  username: string;
  ip: string | null;
  regionCode: string;
  scopePrefix: string;
}

/**
 * The refusal of a row naming a unit another county registered: it says no more than that, since the register's
 * name and region of another county's unit are not the importer's to read.
 */
export const OTHER_COUNTY_UNIT = '该代码的单位由其他县区登记，不在您的管辖范围内';

/** What a module's check returns: the rows ready to write, every problem, and how many rows the file held. */
export interface CheckedImport {
  totalRows: number;
  rows: readonly unknown[];
  problems: ImportProblem[];
}

/** The uploaded file as the commit sees it (it names the file in the audit trail). */
export interface ImportedFile {
  name: string;
  sha256: string;
}

/**
 * One Excel import, declared by its module and run by the kit: template → upload (validate, preview, error
 * report) → confirm (commit, all or nothing), each stage a job, each upload audited. `Owner` is what the import
 * writes into (an R&D task), or null for a register-wide import.
 */
export interface ExcelImportDefinition<Owner, Checked extends CheckedImport> {
  /** Job type: '<module>.import'. */
  type: string;
  /** Route prefix: '/enterprises' serves /enterprises/import-template, /enterprises/import, …/import/:jobId/confirm. */
  path: string;
  /** Whether `path` holds an `:id` of the owner ('/rd/tasks/:id'). */
  ownerParam?: boolean;
  access: PermissionKey;
  tags: string[];
  /** What is imported, in titles and the template's file name: '企业信息', '历史项目'. */
  label: string;
  /** The owner of a route's `:id`, checked against the user's scope by the module's policy (null: no owner). */
  owner(db: Kysely<DB>, auth: AuthContext, id: number | null): Promise<Owner>;
  /** The owner again inside the job, from the id the upload stored. */
  ownerById?(db: Kysely<DB>, id: number): Promise<Owner>;
  /** The owner's id as stored in the job's payload. */
  ownerId?(owner: Owner): number;
  /** The region the upload and its jobs belong to. */
  regionCode?(owner: Owner): string;
  /** Refuses an upload or a commit the owner cannot take now (a closed task): throw an AppError or Error. */
  assertOpen?(owner: Owner): void;
  templateFileName?(owner: Owner): string;
  spec(db: Kysely<DB>, owner: Owner, user: ImportUser): Promise<ImportSpec>;
  check(db: Kysely<DB>, content: Buffer, spec: ImportSpec, user: ImportUser, owner: Owner): Promise<Checked>;
  /** The module's own preview fields: counts by action and a sample of rows. */
  preview(checked: Checked): Record<string, unknown>;
  /** Writes every row in the kit's transaction; `progress` takes the rows written so far. */
  commit(
    trx: Transaction<DB>,
    actor: Actor,
    checked: Checked,
    file: ImportedFile,
    owner: Owner,
    progress: (rowsWritten: number) => Promise<void>,
  ): Promise<Record<string, unknown>>;
}

/** The payload of both stages' jobs. */
export interface ImportJobPayload {
  fileId: string;
  stage: 'validate' | 'commit';
  ownerId: number | null;
  user: ImportUser;
}
