import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { BoardPage } from '../features/board/BoardPage';
import { CompanyPage } from '../features/company/CompanyPage';
import { useI18n } from '../i18n/i18n';
import { useMe } from '../shared/queries';
import { AppShell } from './AppShell';

export function App() {
  const me = useMe();
  if (me.isPending) return null;
  if (!me.data) return <LoginPage />;
  return (
    <AppShell me={me.data}>
      <Routes>
        <Route path="/" element={<Navigate to="/board" replace />} />
        <Route path="/board" element={<BoardPage me={me.data} />} />
        <Route path="/companies/:id" element={<CompanyPage />} />
        <Route path="*" element={<ComingSoon />} />
      </Routes>
    </AppShell>
  );
}

function ComingSoon() {
  const { t } = useI18n();
  return <p className="empty">{t('common.soon')}</p>;
}
