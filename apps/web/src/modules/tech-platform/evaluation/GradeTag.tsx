import { Tag } from 'antd';
import type { TEvalEntry } from '@kechuang/domain';

const COLORS: Record<string, string> = { A: 'green', B: 'blue', C: 'gold', D: 'red' };

/** A / B / C / D with its name (优秀 / 良好 / 合格 / 不合格), or 未定级. */
export function GradeTag({ entry }: { entry: Pick<TEvalEntry, 'grade' | 'gradeLabel'> }) {
  if (!entry.grade) return <Tag>未定级</Tag>;
  return <Tag color={COLORS[entry.grade]}>{`${entry.grade} ${entry.gradeLabel}`}</Tag>;
}
