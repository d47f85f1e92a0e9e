/** The stages of a competition an entry reaches, in order (报名 → 初赛 → 复赛 → 决赛). */
export const COMPETITION_STAGES = [
  { code: 'registered', label: '报名' },
  { code: 'preliminary', label: '初赛' },
  { code: 'semifinal', label: '复赛' },
  { code: 'final', label: '决赛' },
] as const;
export type CompetitionStage = (typeof COMPETITION_STAGES)[number]['code'];
export const COMPETITION_STAGE_CODES = COMPETITION_STAGES.map((s) => s.code) as [
  CompetitionStage,
  ...CompetitionStage[],
];

export const COMPETITION_STAGE_LABELS = Object.fromEntries(COMPETITION_STAGES.map((s) => [s.code, s.label])) as Record<
  CompetitionStage,
  string
>;

/** The stage after this one, or undefined after 决赛. */
export function nextStage(stage: CompetitionStage): CompetitionStage | undefined {
  const i = COMPETITION_STAGE_CODES.indexOf(stage);
  return COMPETITION_STAGE_CODES[i + 1];
}

/**
 * Whether an entry may move from one stage to another: one stage forward at a time (an entry advances as the
 * organiser announces each round); never back.
 */
export function canAdvance(from: CompetitionStage, to: CompetitionStage): boolean {
  return nextStage(from) === to;
}

/** The Chinese refusal of a stage move, naming both stages. */
export function illegalStageMessage(from: CompetitionStage, to: CompetitionStage): string {
  const next = nextStage(from);
  const hint = next ? `，当前只能晋级到“${COMPETITION_STAGE_LABELS[next]}”` : '，已是最后阶段';
  return `参赛阶段不能从“${COMPETITION_STAGE_LABELS[from]}”变为“${COMPETITION_STAGE_LABELS[to]}”${hint}`;
}
