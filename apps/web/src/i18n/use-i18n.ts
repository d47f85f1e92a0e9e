import { useContext } from 'react';
import { LocaleContext, type LocaleState } from './locale-context';

/** The current language and the shell's string lookup. */
export function useI18n(): LocaleState {
  const ctx = useContext(LocaleContext);
  if (!ctx) throw new Error('useI18n must be used inside <LocaleProvider>');
  return ctx;
}
