import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client';
import { App } from './app/App';
import { I18nProvider } from './i18n/i18n';
import './styles.css';

/*
 * A 401 on any request means this session is over (logged out elsewhere,
 * deactivated, password reset): forget who was logged in, so the login
 * page shows at once instead of a screen of errors.
 */
const sessionEnded = (error: unknown) => {
  if (error instanceof ApiError && error.status === 401 && queryClient.getQueryData(['me'])) queryClient.setQueryData(['me'], null);
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: sessionEnded }),
  mutationCache: new MutationCache({ onError: sessionEnded }),
  defaultOptions: { queries: { retry: (failures, error) => !(error instanceof ApiError && error.status === 401) && failures < 1, refetchOnWindowFocus: true } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
