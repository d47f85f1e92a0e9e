import { pinyin } from 'pinyin-pro';

/** Full pinyin and initials of a name, lower-case, for 'qlgy'-style searches and pinyin sorting. */
export function namePinyin(name: string): { initials: string; full: string } {
  const opts = { toneType: 'none', type: 'array', nonZh: 'consecutive' } as const;
  const full = pinyin(name, opts).join('').toLowerCase().replace(/\s+/g, '');
  const initials = pinyin(name, { ...opts, pattern: 'first' })
    .join('')
    .toLowerCase()
    .replace(/\s+/g, '');
  return { initials: initials.slice(0, 100), full: full.slice(0, 400) };
}
