import { useI18n } from '../i18n/i18n';

/** Marks a company or job whose vacancy text says agencies are not welcome (SPEC R9.5). */
export function NoAgenciesBadge({ explain = false }: { explain?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="no-agencies">
      <span className="no-agencies-badge" title={t('noAgencies.explain')}>
        {t('noAgencies.badge')}
      </span>
      {explain && <span className="no-agencies-explain">{t('noAgencies.explain')}</span>}
    </span>
  );
}
