import { Fragment, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { ReloadOutlined } from '@ant-design/icons';
import { Dropdown, Tabs } from 'antd';
import { useI18n } from '../../../i18n/use-i18n';
import { PageTitleProvider } from '../../../ui/page-title';
import {
  close,
  HOME_PATH,
  loadTabs,
  retitle,
  saveTabs,
  successor,
  visit,
  type CloseWhich,
  type PageTab,
} from './tabs-state';
import { tabMenuItems } from './tab-menu';

interface Props {
  userId: number;
  /** Menu label of each path the menu names, in the chosen language. */
  labels: ReadonlyMap<string, string>;
  /** The shell's page-title setter (document.title). */
  onPageTitle: (title: string | null) => void;
  children: ReactNode;
}

/**
 * RuoYi's 多页签 under the header. The active tab follows the URL; switching tabs re-renders the page from the URL
 * its tab remembers (no keep-alive: hidden copies of pages would keep polling and duplicate every table and button
 * in the DOM). 刷新 re-mounts the page. Tabs survive a reload through sessionStorage, per user.
 */
export function PageTabs({ userId, labels, onPageTitle, children }: Props) {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const [tabs, setTabs] = useState<PageTab[]>(() => loadTabs(userId));
  const [generation, setGeneration] = useState(0);
  // The page whose tab was just closed stays on screen until the navigation away lands; it must not reopen its tab.
  const [leaving, setLeaving] = useState<string | null>(null);
  const shown = useMemo(
    () => (pathname === '/' || pathname === leaving ? tabs : visit(tabs, pathname, search)),
    [tabs, pathname, search, leaving],
  );

  useEffect(() => {
    if (shown !== tabs) setTabs(shown);
  }, [shown, tabs]);
  useEffect(() => {
    if (leaving && pathname !== leaving) setLeaving(null);
  }, [leaving, pathname]);
  useEffect(() => saveTabs(userId, tabs), [userId, tabs]);

  // The page inside names its own tab (detail pages); the shell still names the browser tab.
  const setTitle = useCallback(
    (title: string | null) => {
      onPageTitle(title);
      if (title) setTabs((ts) => retitle(ts, pathname, title));
    },
    [onPageTitle, pathname],
  );

  const closeTabs = (key: string, which: CloseWhich) => {
    const after = close(shown, key, which);
    setTabs(after);
    if (!after.some((tab) => tab.key === pathname)) {
      const next = after.find((tab) => tab.key === key) ?? successor(shown, after, pathname);
      setLeaving(pathname);
      navigate(next.url);
    }
  };
  const refresh = (tab: PageTab) => {
    if (tab.key !== pathname) navigate(tab.url);
    setGeneration((g) => g + 1);
  };
  const labelOf = (tab: PageTab) => (tab.key === HOME_PATH ? t('home') : (labels.get(tab.key) ?? tab.title ?? '…'));

  return (
    <>
      <div className="kc-page-tabs" data-testid="page-tabs">
        <Tabs
          type="editable-card"
          size="small"
          hideAdd
          activeKey={pathname}
          onChange={(key) => navigate(shown.find((tab) => tab.key === key)?.url ?? key)}
          onEdit={(key, action) => action === 'remove' && typeof key === 'string' && closeTabs(key, 'this')}
          items={shown.map((tab, i) => ({
            key: tab.key,
            closable: tab.key !== HOME_PATH,
            label: (
              <Dropdown
                trigger={['contextMenu']}
                menu={{
                  items: tabMenuItems(shown, i, t),
                  onClick: ({ key, domEvent }) => {
                    domEvent.stopPropagation();
                    if (key === 'refresh') refresh(tab);
                    else closeTabs(tab.key, key as CloseWhich);
                  },
                }}
              >
                <span className="kc-page-tab-label" title={labelOf(tab)}>
                  {labelOf(tab)}
                  {tab.key === pathname && (
                    <ReloadOutlined
                      className="kc-page-tab-refresh"
                      aria-label={t('tabRefresh')}
                      onClick={(e) => {
                        e.stopPropagation();
                        refresh(tab);
                      }}
                    />
                  )}
                </span>
              </Dropdown>
            ),
          }))}
        />
      </div>
      <PageTitleProvider set={setTitle}>
        <Fragment key={generation}>{children}</Fragment>
      </PageTitleProvider>
    </>
  );
}
