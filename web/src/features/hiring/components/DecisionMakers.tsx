import type { RelevanceKey } from '../../../../../src/discovery/domain/decision-makers.js';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { useDecisionMakers } from '../hooks/useHiring';
import { errorText } from '../../../shared/error-text';
import { AddAsContact } from '../../people/components/AddAsContact';

/**
 * Each relevance rule in the user's language; a new rule on the server is a
 * compile error here. The API types the key as a string, so an unknown one
 * (a newer server) falls back to "other".
 */
const REASONS: Record<RelevanceKey, MessageKey> = {
  talent_acquisition_lead: 'reason.talent_acquisition_lead',
  hr_lead: 'reason.hr_lead',
  recruitment_manager: 'reason.recruitment_manager',
  recruiter: 'reason.recruiter',
  hr_manager: 'reason.hr_manager',
  hr_partner: 'reason.hr_partner',
  hiring_manager: 'reason.hiring_manager',
  hr_advisor: 'reason.hr_advisor',
  executive: 'reason.executive',
  line_manager: 'reason.line_manager',
  hr_support: 'reason.hr_support',
  other: 'reason.other',
  no_title: 'reason.no_title',
};

/**
 * The people to approach about recruitment, the most relevant first, with
 * why; for a company the agency follows, each becomes a contact in one click.
 */
export function DecisionMakers({ globalCompanyId, companyId }: { globalCompanyId: string; companyId?: string | undefined }) {
  const { t } = useI18n();
  const people = useDecisionMakers(globalCompanyId);
  if (people.isError) return <p className="error">{errorText(people.error, t)}</p>;
  if (!people.data) return <p className="empty">{t('common.loading')}</p>;
  if (people.data.length === 0) return <p className="empty">{t('people.none')}</p>;
  return (
    <ol className="decision-makers">
      {people.data.map((person) => (
        <li key={person.id} className="decision-maker">
          <span className="avatar" aria-hidden="true">
            {initials(person.name)}
          </span>
          <div className="person">
            <div className="person-head">
              <strong>{person.name}</strong>
              {person.linkedinUrl && (
                <a href={person.linkedinUrl} target="_blank" rel="noreferrer" className="linkedin">
                  {/* The name is the hidden text; "in" is the logo (an aria-label that leaves out the visible "in" fails WCAG 2.5.3). */}
                  <span aria-hidden="true">in</span>
                  <span className="sr-only">{t('people.linkedinOf', { name: person.name })}</span>
                </a>
              )}
              {person.linkedinUrl && person.linkedinVerified && (
                <span className="verified" title={t('people.verifiedExplain')}>
                  ✓ {t('people.verified')}
                </span>
              )}
            </div>
            {person.title && <p className="meta">{person.title}</p>}
            <span className={`reason ${person.relevance.score >= 70 ? 'strong' : ''}`} title={person.relevance.reason}>
              {t(REASONS[person.relevance.reasonKey as RelevanceKey] ?? 'reason.other')}
            </span>
            {companyId && <AddAsContact companyId={companyId} person={person} />}
          </div>
          <span className="score" role="img" aria-label={t('people.score', { score: person.relevance.score })} title={t('people.score', { score: person.relevance.score })}>
            <span className="score-track" aria-hidden="true">
              <span className="score-fill" style={{ width: `${person.relevance.score}%` }} />
            </span>
            <span className="score-value" aria-hidden="true">
              {person.relevance.score}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((part) => /^\p{Lu}/u.test(part))
    .map((part) => part.charAt(0))
    .slice(0, 2)
    .join('') || name.charAt(0).toUpperCase();
