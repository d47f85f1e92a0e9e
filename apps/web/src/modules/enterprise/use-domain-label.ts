import { useDictItems } from '../dict/use-dict-items';

/** The Chinese name of a high-tech domain code (0405 → 新材料 / …), falling back to the code. */
export function useDomainLabel(code: string | null | undefined): string {
  const items = useDictItems('hightech_domain');
  if (!code) return '-';
  const path: string[] = [];
  for (let len = 2; len <= code.length; len += 2) {
    const hit = items.find((i) => i.value === code.slice(0, len));
    if (hit) path.push(hit.label);
  }
  return path.length ? `${code} ${path.join(' / ')}` : code;
}
