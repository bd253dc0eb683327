import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n';

export interface NotFoundPageProps {
  /** The server's own words when it said 404 (a company that is gone), in the UI's language. */
  detail?: string | undefined;
}

/** What an unknown address shows: where the user is, and the ways back. */
export function NotFoundPage({ detail }: NotFoundPageProps) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <section className="card not-found" aria-labelledby="not-found-title">
      <p className="not-found-code" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{detail ?? t('notFound.text', { path: pathname })}</p>
      <p className="not-found-links">
        <Link to="/board" className="button primary">
          {t('notFound.toBoard')}
        </Link>
        <Link to="/discovery" className="button">
          {t('notFound.toDiscovery')}
        </Link>
      </p>
    </section>
  );
}
