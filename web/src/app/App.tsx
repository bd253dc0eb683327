import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { AcceptInvitePage } from '../features/auth/AcceptInvitePage';
import { LoginPage } from '../features/auth/LoginPage';
import { BoardPage } from '../features/board/BoardPage';
import { CompanyPage } from '../features/company/CompanyPage';
import { useI18n } from '../i18n/i18n';
import { useMe } from '../shared/queries';
import type { Me } from '../api/client';
import { AppShell } from './AppShell';
import { homePath } from './navigation';
import { NotFoundPage } from '../shared/NotFoundPage';

// Discovery, the dashboard and settings (with the chart library) load when first opened, keeping the board's bundle small.
const DiscoveryPage = lazy(() => import('../features/discovery/DiscoveryPage').then((m) => ({ default: m.DiscoveryPage })));
const DiscoveryDetailPage = lazy(() => import('../features/discovery/DiscoveryDetailPage').then((m) => ({ default: m.DiscoveryDetailPage })));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const CompaniesPage = lazy(() => import('../features/companies/CompaniesPage').then((m) => ({ default: m.CompaniesPage })));
const PeoplePage = lazy(() => import('../features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const ClientImportPage = lazy(() => import('../features/client-import/ClientImportPage').then((m) => ({ default: m.ClientImportPage })));
const DossiersPage = lazy(() => import('../features/dossiers/DossiersPage').then((m) => ({ default: m.DossiersPage })));
const DossierPage = lazy(() => import('../features/dossiers/DossierPage').then((m) => ({ default: m.DossierPage })));
const PipelineEditorPage = lazy(() => import('../features/settings/PipelineEditorPage').then((m) => ({ default: m.PipelineEditorPage })));

/**
 * The root opens the board, keeping the query: a link to `/?pipeline=…`
 * opens that pipeline's board. Who may not view companies (a role with
 * only leads) opens the first page the top bar offers them.
 */
function ToHome({ me }: { me: Me }) {
  const { search } = useLocation();
  return <Navigate to={{ pathname: homePath(me.permissions), search }} replace />;
}

export function App() {
  const me = useMe();
  const { pathname } = useLocation();
  // An invite link is opened by someone without a login (or by someone else's, on a shared machine): it stands alone.
  if (pathname === '/invite') return <AcceptInvitePage />;
  if (me.isPending) return null;
  if (!me.data) return <LoginPage />;
  return (
    <AppShell me={me.data}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<ToHome me={me.data} />} />
          <Route path="/board" element={<BoardPage me={me.data} />} />
          <Route path="/companies/:id" element={<CompanyPage />} />
          <Route path="/people" element={<PeoplePage />} />
          <Route path="/discovery" element={<DiscoveryPage />} />
          <Route path="/discovery/:globalCompanyId" element={<DiscoveryDetailPage />} />
          <Route path="/dashboard" element={<DashboardPage me={me.data} />} />
          <Route path="/settings" element={<SettingsPage me={me.data} />} />
          <Route path="/settings/pipelines/:id" element={<PipelineEditorPage me={me.data} />} />
          <Route path="/companies" element={<CompaniesPage me={me.data} />} />
          <Route path="/settings/import-clients" element={<ClientImportPage me={me.data} />} />
          <Route path="/leads" element={<DossiersPage key="lead" kind="lead" />} />
          <Route path="/opportunities" element={<DossiersPage key="opportunity" kind="opportunity" />} />
          <Route path="/dossiers/:id" element={<DossierPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}

function Loading() {
  const { t } = useI18n();
  return <p className="empty">{t('common.loading')}</p>;
}
