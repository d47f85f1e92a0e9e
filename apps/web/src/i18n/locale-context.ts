import { createContext } from 'react';
import type { Lang, MessageKey } from './messages';

export interface LocaleState {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The shell string for a key, with `{name}` placeholders filled. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
}

export const LocaleContext = createContext<LocaleState | null>(null);
