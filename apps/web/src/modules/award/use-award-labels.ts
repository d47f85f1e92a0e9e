import { useMemo } from 'react';
import { AWARD_CATEGORY_LABELS, AWARD_GRADE_LABELS, AWARD_LEVEL_LABELS, type TDictItem } from '@kechuang/domain';
import { useDictItems } from '../dict/use-dict-items';

const toMap = (items: TDictItem[], fallback: Record<string, string>) =>
  items.length ? Object.fromEntries(items.map((i) => [i.value, i.label])) : fallback;

/** The award dictionaries (级别, 奖项类别, 获奖等级) as value → label, the built-in labels until they load. */
export function useAwardLabels() {
  const levels = useDictItems('award_level');
  const categories = useDictItems('award_category');
  const grades = useDictItems('award_grade');
  return useMemo(
    () => ({
      levels: toMap(levels, AWARD_LEVEL_LABELS),
      categories: toMap(categories, AWARD_CATEGORY_LABELS),
      grades: toMap(grades, AWARD_GRADE_LABELS),
    }),
    [levels, categories, grades],
  );
}

/** A label map as a ProTable valueEnum / select options. */
export const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
export const valueEnumOf = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, text]) => [value, { text }]));
