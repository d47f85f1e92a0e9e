import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { RefusalLog } from './refusal-log';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const deniedRows = (code: string) =>
  t.db
    .selectFrom('audit_log')
    .select(['details', 'actor_id'])
    .where('action', '=', 'access.denied')
    .where(({ ref }) => ref('details', '->>').key('code' as never), '=', code)
    .execute();

describe('refusals in the audit trail', () => {
  it('writes anonymous 401s and 404s, a few a minute per address, then says how many it left out', () => {
    let clock = 0;
    const log = new RefusalLog(() => clock);
    const written = Array.from({ length: 25 }, () => log.admit('NOT_FOUND', '10.0.0.1').write).filter(Boolean);
    expect(written).toHaveLength(10);
    expect(log.admit('NOT_FOUND', '10.0.0.2').write).toBe(true); // another address has its own allowance
    expect(log.admit('FORBIDDEN', '10.0.0.1').write).toBe(true); // 403s are always written
    expect(log.admit('VALIDATION_FAILED', '10.0.0.1').write).toBe(false); // bad input is not a refusal
    clock += 60_000;
    expect(log.admit('NOT_FOUND', '10.0.0.1')).toEqual({ write: true, suppressedBefore: 15 });
  });

  it('an anonymous call and a guessed record id leave a trace', async () => {
    const before401 = (await deniedRows('UNAUTHENTICATED')).length;
    expect((await t.client().get('/api/v1/enterprises')).statusCode).toBe(401);
    expect((await deniedRows('UNAUTHENTICATED')).length).toBe(before401 + 1);

    const staff = await t.as('staff');
    const before404 = (await deniedRows('NOT_FOUND')).length;
    expect((await staff.get('/api/v1/enterprises/987654321')).statusCode).toBe(404);
    const rows = await deniedRows('NOT_FOUND');
    expect(rows.length).toBe(before404 + 1);
    expect(rows.at(-1)!.details).toMatchObject({ method: 'GET', url: '/api/v1/enterprises/987654321' });
  });
});
