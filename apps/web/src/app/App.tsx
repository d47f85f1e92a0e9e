import { Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { App as AntdApp } from 'antd';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { RequireSession } from '../modules/auth/RequireSession';
import { SessionProvider } from '../modules/auth/SessionProvider';
import { AppShell } from '../modules/shell/AppShell';
import { MenuGuard } from '../modules/shell/MenuGuard';
import { UnknownPage } from '../modules/shell/UnknownPage';
import { FeedbackBridge } from '../ui/FeedbackBridge';
import { FullPageSpin } from '../ui/FullPageSpin';
import { ChangePasswordPage, LoginPage, PUBLIC_ROUTES, SHELL_ROUTES, TwoFactorPage } from './routes';

export function App() {
  return (
    <LocaleProvider>
      <AntdApp>
        <FeedbackBridge />
        <SessionProvider>
          <BrowserRouter>
            <Suspense fallback={<FullPageSpin />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                {PUBLIC_ROUTES.map(({ path, page: Page }) => (
                  <Route key={path} path={path} element={<Page />} />
                ))}
                <Route
                  path="/change-password"
                  element={
                    <RequireSession allowPasswordChange>
                      <ChangePasswordPage />
                    </RequireSession>
                  }
                />
                <Route
                  path="/two-factor"
                  element={
                    <RequireSession allowTotpEnrolment>
                      <TwoFactorPage />
                    </RequireSession>
                  }
                />
                <Route
                  element={
                    <RequireSession>
                      <AppShell />
                    </RequireSession>
                  }
                >
                  <Route index element={<Navigate to="/home" replace />} />
                  {SHELL_ROUTES.map(({ path, page: Page, inMenu }) => (
                    <Route
                      key={path}
                      path={path}
                      element={
                        inMenu ? (
                          <MenuGuard path={path}>
                            <Page />
                          </MenuGuard>
                        ) : (
                          <Page />
                        )
                      }
                    />
                  ))}
                  <Route path="*" element={<UnknownPage />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </SessionProvider>
      </AntdApp>
    </LocaleProvider>
  );
}
