/* eslint-disable no-restricted-imports -- the benchmark builds its data with the product's own migrations,
   password hashing, audit hash and pinyin, so the data is what the product itself would have written. */
export { migrateToLatest } from '../../apps/server/src/platform/db/migrate';
export { openDatabase, type Database } from '../../apps/server/src/platform/db/database';
export { hashPassword } from '../../apps/server/src/platform/auth/password';
export { auditHash, GENESIS_HASH } from '../../apps/server/src/platform/audit/audit-hash';
export { verifyAuditChain } from '../../apps/server/src/platform/audit/audit.verify';
export { chainOf, LEGACY_CHAIN } from '../../apps/server/src/platform/audit/audit-chain';
export { namePinyin } from '../../apps/server/src/modules/enterprise/name-pinyin';
export { MIGRATIONS } from '../../apps/server/src/modules/index';
export { personalData } from '../../apps/server/src/platform/crypto/personal-data';
