import type { Kysely } from 'kysely';
import type { TTechPlatformDetail } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { changesOf, filesOf, historyOf, incubateesOf } from './dossier.repository';
import { readTechPlatform } from './read-tech-platform';
import { presentTechPlatformDetail } from './tech-platform.presenter';

/** One platform with its history, incubatees, 变更 entries and files, if the user may read it. */
export async function readPlatformDetail(db: Kysely<DB>, auth: AuthContext, id: number): Promise<TTechPlatformDetail> {
  const { row, members } = await readTechPlatform(db, auth, id);
  const [history, incubatees, changes, files] = await Promise.all([
    historyOf(db, id),
    incubateesOf(db, id),
    changesOf(db, id),
    filesOf(db, id),
  ]);
  return presentTechPlatformDetail(row, members, { history, incubatees, changes, files });
}
