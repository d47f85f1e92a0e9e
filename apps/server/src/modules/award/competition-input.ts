import type { TCompetitionInput } from '@kechuang/domain';

/** The columns of the fields given (a field left out stays as it is; null clears it). */
export function competitionColumns(input: Partial<TCompetitionInput>) {
  return {
    name: input.name,
    edition: input.edition,
    division: input.division,
    organiser: input.organiser,
    level: input.level,
    year: input.year,
    region_code: input.regionCode,
    remark: input.remark,
  };
}
