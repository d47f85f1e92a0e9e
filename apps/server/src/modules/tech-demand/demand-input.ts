import type { Kysely } from 'kysely';
import { HIGH_TECH_DOMAINS, TECH_DEMAND_FIELD_DICT, type TTechDemandInput } from '@kechuang/domain';
import { personalData } from '../../platform/crypto/personal-data';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { isDictValue } from './tech-demand.repository';

export const refuse = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** Request fields → columns (a field left out stays as it is; null clears it); the phone sealed (docs/rules.md §6.4). */
export function demandColumns(input: Partial<Omit<TTechDemandInput, 'enterpriseId'>>) {
  return {
    call_id: input.callId,
    title: input.title,
    field: input.field,
    hightech_domain: input.hightechDomain,
    problem: input.problem,
    indicators: input.indicators,
    expected_outcome: input.expectedOutcome,
    budget: input.budget,
    period_months: input.periodMonths,
    contact_name: input.contactName,
    contact_phone: input.contactPhone === undefined ? undefined : personalData().seal(input.contactPhone),
  };
}

/** The field is an active 技术领域 and the domain one of the eight of docs/rules.md §2.5 (400 naming the field). */
export async function assertDemandChoices(
  db: Kysely<DB>,
  input: Partial<Pick<TTechDemandInput, 'field' | 'hightechDomain'>>,
): Promise<void> {
  if (input.field !== undefined && !(await isDictValue(db, TECH_DEMAND_FIELD_DICT, input.field))) {
    throw refuse('field', `技术领域：“${input.field}”不是有效选项`);
  }
  if (input.hightechDomain && !HIGH_TECH_DOMAINS.some((d) => d.code === input.hightechDomain)) {
    throw refuse('hightechDomain', `高新技术领域：“${input.hightechDomain}”不是八大领域之一`);
  }
}
