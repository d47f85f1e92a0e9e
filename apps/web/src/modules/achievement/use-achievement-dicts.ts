import { useDictItems } from '../dict/use-dict-items';

/** The registration form's code lists, as the dictionaries hold them (labels the bureau sees). */
export function useAchievementDicts() {
  const options = (items: { value: string; label: string }[]) => items.map((i) => ({ value: i.value, label: i.label }));
  return {
    category: options(useDictItems('achievement_category')),
    attribute: options(useDictItems('achievement_attribute')),
    level: options(useDictItems('achievement_level')),
    stage: options(useDictItems('achievement_stage')),
    evaluation: options(useDictItems('achievement_evaluation')),
  };
}

/** The label of a code in a list of options (the code itself until the dictionary has loaded). */
export const labelOf = (options: { value: string; label: string }[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value;
