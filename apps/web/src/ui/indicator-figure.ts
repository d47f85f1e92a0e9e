import { formatWanAmount } from '@kechuang/domain';

/** An indicator's figure and unit as shown: money in 万元 through the domain's formatter, everything else as is. */
export function indicatorFigure(value: string, unit: string): [string, string] {
  return unit === '元' ? [formatWanAmount(value), '万元'] : [value, unit];
}
