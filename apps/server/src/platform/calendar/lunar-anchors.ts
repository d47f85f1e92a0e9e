import type { LunarAnchors } from '@kechuang/domain';
import { LunarDay, SolarTerm, type SolarDay } from 'tyme4ts';

const iso = (d: SolarDay) =>
  `${String(d.getYear()).padStart(4, '0')}-${String(d.getMonth()).padStart(2, '0')}-${String(d.getDay()).padStart(2, '0')}`;

const cache = new Map<number, LunarAnchors | undefined>();

/**
 * The lunar and solar-term dates a year's statutory holidays hang on (正月初一, 清明, 五月初五, 八月十五), from
 * the tyme4ts lunar calendar; undefined for a year the library cannot compute.
 */
export function lunarAnchorsOf(year: number): LunarAnchors | undefined {
  if (!cache.has(year)) {
    let anchors: LunarAnchors | undefined;
    try {
      anchors = {
        lunarNewYear: iso(LunarDay.fromYmd(year, 1, 1).getSolarDay()),
        qingming: iso(SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay()),
        dragonBoat: iso(LunarDay.fromYmd(year, 5, 5).getSolarDay()),
        midAutumn: iso(LunarDay.fromYmd(year, 8, 15).getSolarDay()),
      };
    } catch {
      anchors = undefined;
    }
    cache.set(year, anchors);
  }
  return cache.get(year);
}
