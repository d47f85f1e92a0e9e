import { Link, Outlet, useLocation } from 'react-router-dom';
import { ProLayout } from '@ant-design/pro-components';
import { EnvironmentOutlined } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { useSession } from '../auth/use-session';
import { userMenu } from '../auth/user-menu';
import { MessageBell } from '../messages/MessageBell';
import { LanguageSwitch } from './LanguageSwitch';
import { menuLabels, menuToRoutes } from './menu-routes';
import { MenuIcon } from './MenuIcon';
import { PageTabs } from './tabs/PageTabs';
import { UserMenu } from './UserMenu';

function Logo() {
  return <div className="kc-logo">科</div>;
}

/** The RuoYi-style shell: header with title, region, bell, language and user menu; left menu from the server. */
export function AppShell() {
  const { user } = useSession();
  const { lang, t } = useI18n();
  const location = useLocation();
  const routes = useMemo(() => menuToRoutes(userMenu(user), lang), [user, lang]);
  const labels = useMemo(() => menuLabels(routes), [routes]);
  // A page the menu does not name (a detail page) names the tab itself through usePageTitle.
  const [pageTitle, setPageTitle] = useState<string | null>(null);
  // After ProLayout's own title effect (a child's effects run first), so the page's name wins on its pages.
  useEffect(() => {
    if (pageTitle) document.title = `${pageTitle} - ${t('appTitle')}`;
  }, [pageTitle, location.pathname, t]);
  if (!user) return null;

  return (
    <ProLayout
      title={t('appTitle')}
      logo={<Logo />}
      layout="mix"
      splitMenus={false}
      fixSiderbar
      fixedHeader
      siderWidth={216}
      locale={lang === 'en' ? 'en-US' : 'zh-CN'}
      // Open every group: the menus are short, and RuoYi users expect to see all their pages at once.
      menu={{ locale: false, defaultOpenAll: true, ignoreFlatMenu: true }}
      location={{ pathname: location.pathname }}
      route={{ path: '/', routes }}
      token={{
        header: {
          colorBgHeader: '#001529',
          colorHeaderTitle: '#fff',
          colorTextRightActionsItem: 'rgba(255,255,255,0.85)',
        },
        sider: { colorMenuBackground: '#fff', colorTextMenuSelected: '#1677ff', colorBgMenuItemSelected: '#e6f4ff' },
        pageContainer: { paddingBlockPageContainerContent: 16, paddingInlinePageContainerContent: 24 },
      }}
      headerTitleRender={(logo, title) => (
        <Link to="/home" className="kc-header-title">
          {logo}
          <span className="kc-header-title-text">{title}</span>
          <Tag icon={<EnvironmentOutlined />} color="blue" bordered={false} title={t('regionTag')}>
            {user.regionName}
          </Tag>
        </Link>
      )}
      menuItemRender={(item, dom) => (item.path ? <Link to={item.path}>{dom}</Link> : dom)}
      menuDataRender={(items) => items.map((i) => ({ ...i, icon: <MenuIcon menuKey={String(i.key)} /> }))}
      actionsRender={() => [<MessageBell key="bell" />, <LanguageSwitch key="lang" />]}
      avatarProps={{
        size: 'small',
        style: { backgroundColor: '#1677ff' },
        children: user.displayName.slice(0, 1),
        // The name is ours, not ProLayout's title: it truncates, and a phone shows the avatar alone (issue 22).
        render: (_props, dom) => (
          <UserMenu>
            <span className="kc-user">
              {dom}
              <span className="kc-user-name" title={user.displayName}>
                {user.displayName}
              </span>
            </span>
          </UserMenu>
        ),
      }}
      footerRender={() => (
        <Space className="kc-footer" size={4}>
          {t('appTitle')}
        </Space>
      )}
    >
      <PageTabs key={user.id} userId={user.id} labels={labels} onPageTitle={setPageTitle}>
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </PageTabs>
    </ProLayout>
  );
}
