import { Link } from 'react-router';
import type { GlobalCompanySearchHit } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';

export interface FollowCellProps {
  company: Pick<GlobalCompanySearchHit, 'id' | 'name' | 'hasSaved' | 'companyId'>;
  pending: boolean;
  onFollow(): void;
}

/** "Following" linking to the agency's record, or a Follow button. */
export function FollowCell({ company, pending, onFollow }: FollowCellProps) {
  const { t } = useI18n();
  if (company.hasSaved) {
    return company.companyId ? (
      <Link to={`/companies/${company.companyId}`} className="saved" title={t('discovery.openInPipeline')}>
        ✓ {t('discovery.following')}
      </Link>
    ) : (
      <span className="saved">✓ {t('discovery.following')}</span>
    );
  }
  return (
    <button type="button" className="follow" onClick={onFollow} disabled={pending} aria-label={t('discovery.followName', { name: company.name })}>
      + {t('discovery.follow')}
    </button>
  );
}
