// Proposing commissioners for an enterprise's need (docs/rules.md §5.1.2): a pure ranking with its reasons in Chinese.

/** The weights of the ranking: configuration (sys_param commissioner.match_*), never literals in the engine. */
export interface MatchWeights {
  field: number;
  /** Per speciality keyword found in the problem description … */
  keyword: number;
  /** … counted at most this many times. */
  keywordCap: number;
  /** Subtracted per open assignment the commissioner already carries. */
  loadPenalty: number;
}

export interface MatchNeed {
  regionCode: string;
  field: string;
  problem: string;
}

export interface MatchCandidate {
  id: number;
  name: string;
  regionCode: string;
  regionName: string | null;
  field: string | null;
  fieldLabel: string | null;
  speciality: string | null;
  load: number;
}

export interface RankedCandidate<C extends MatchCandidate> {
  candidate: C;
  /** 0: the need's county, 1: another county of its city. */
  tier: 0 | 1;
  score: number;
  reasons: string[];
}

/** The keywords of a 专长 text: split on punctuation and conjunctions, 2 characters or more. */
export function specialityKeywords(speciality: string | null): string[] {
  if (!speciality) return [];
  const parts = speciality.split(/[\s,，、;；/|（）()和与及]+/).map((s) => s.trim());
  return [...new Set(parts.filter((s) => s.length >= 2))];
}

/**
 * Ranks the candidates: those of the need's county first, then those of the rest of its city; within each, by score
 * (the service field, 专长 keywords found in the problem, less the current load), ties by lighter load, then id.
 * The caller gives appointed commissioners with a current term in the county or city.
 */
export function rankCommissioners<C extends MatchCandidate>(
  need: MatchNeed,
  candidates: readonly C[],
  w: MatchWeights,
): RankedCandidate<C>[] {
  const ranked = candidates.map((c) => {
    let score = 0;
    const tier: 0 | 1 = c.regionCode === need.regionCode ? 0 : 1;
    const reasons = [
      tier === 0 ? `本县区（${c.regionName ?? c.regionCode}）` : `本市其他县区（${c.regionName ?? c.regionCode}）`,
    ];
    if (c.field && c.field === need.field) {
      score += w.field;
      reasons.push(`服务领域一致（${c.fieldLabel ?? c.field}）+${w.field}`);
    } else {
      reasons.push(`服务领域不同（${c.fieldLabel ?? c.field ?? '未填'}）`);
    }
    const hits = specialityKeywords(c.speciality).filter((k) => need.problem.includes(k));
    if (hits.length > 0) {
      const counted = Math.min(hits.length, w.keywordCap);
      score += counted * w.keyword;
      reasons.push(`专长与问题描述相符：${hits.map((h) => `“${h}”`).join('、')} +${counted * w.keyword}`);
    }
    if (c.load > 0) {
      score -= c.load * w.loadPenalty;
      reasons.push(`在办对接需求 ${c.load} 项 −${c.load * w.loadPenalty}`);
    } else {
      reasons.push('当前无在办对接需求');
    }
    return { candidate: c, tier, score, reasons };
  });
  return ranked.sort(
    (a, b) =>
      a.tier - b.tier || b.score - a.score || a.candidate.load - b.candidate.load || a.candidate.id - b.candidate.id,
  );
}
