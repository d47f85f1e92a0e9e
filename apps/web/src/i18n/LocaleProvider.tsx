import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { LocaleContext, type LocaleState } from './locale-context';
import { MESSAGES, type Lang, type MessageKey } from './messages';

// Dates read the Chinese way in either language (page content stays Chinese).
dayjs.locale('zh-cn');

const STORAGE_KEY = 'kc.lang';

function initialLang(): Lang {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

/**
 * zh-CN by default, English on request (remembered in localStorage). English covers the shell and the menus only,
 * so antd's own texts (查询/重置, pagination, date pickers) and dayjs stay Chinese with the page content around them:
 * "Please select" beside a 乡镇 label would be a half switch.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
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
        locale={zhCN}
        button={{ autoInsertSpace: false }}
        theme={{ token: { colorPrimary: '#1677ff', borderRadius: 4 } }}
      >
        {children}
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}
