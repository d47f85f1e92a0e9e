import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { LocaleContext, type LocaleState } from './locale-context';
import { MESSAGES, type Lang, type MessageKey } from './messages';

const STORAGE_KEY = 'kc.lang';

function initialLang(): Lang {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

function applyDayjs(lang: Lang) {
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

/** zh-CN by default, English on request (remembered in localStorage); wraps antd's ConfigProvider. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = initialLang();
    applyDayjs(l);
    return l;
  });

  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    applyDayjs(next);
    document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
    setLangState(next);
  }, []);

  const value = useMemo<LocaleState>(
    () => ({
      lang,
      setLang,
      t: (key: MessageKey, vars?: Record<string, string | number>) =>
        MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_m, name: string) => String(vars?.[name] ?? '')),
    }),
    [lang, setLang],
  );

  return (
    <LocaleContext.Provider value={value}>
      {/* autoInsertSpace off: antd would otherwise render two-character buttons as "查 询". */}
      <ConfigProvider
        locale={lang === 'en' ? enUS : zhCN}
        button={{ autoInsertSpace: false }}
        theme={{ token: { colorPrimary: '#1677ff', borderRadius: 4 } }}
      >
        {children}
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}
