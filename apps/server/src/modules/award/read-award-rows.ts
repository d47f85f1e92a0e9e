import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertCanRead } from './award.policy';
import { findCompetition, type CompetitionRow } from './competition.repository';
import { findEntry, type EntryRow } from './entry.repository';
import { findNomination, type NominationRow } from './nomination.repository';
import { findProgramme, type ProgrammeRow } from './programme.repository';

// One record if the user may read it: 404 when there is none, 403 outside the user's region or enterprise.

export async function readProgramme(db: Kysely<DB>, auth: AuthContext, id: number): Promise<ProgrammeRow> {
  const row = await findProgramme(db, id);
  if (!row) throw notFound('奖励评选');
  assertCanRead(auth, row, '该奖励评选');
  return row;
}

export async function readNomination(db: Kysely<DB>, auth: AuthContext, id: number): Promise<NominationRow> {
  const row = await findNomination(db, id);
  if (!row) throw notFound('获奖推荐记录');
  assertCanRead(auth, row, '该获奖推荐记录');
  return row;
}

export async function readCompetition(db: Kysely<DB>, auth: AuthContext, id: number): Promise<CompetitionRow> {
  const row = await findCompetition(db, id);
  if (!row) throw notFound('大赛');
  assertCanRead(auth, row, '该大赛');
  return row;
}

export async function readEntry(db: Kysely<DB>, auth: AuthContext, id: number): Promise<EntryRow> {
  const row = await findEntry(db, id);
  if (!row) throw notFound('参赛记录');
  assertCanRead(auth, row, '该参赛记录');
  return row;
}
