import { TEAM_PERIOD_DAYS, type TeamPeriodDays } from '../../../../../src/analytics/domain/team.js';
import type { Figure, TeamActivity } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { formatChange, trendOf } from '../utils/format';

const MEMBER_METRICS = ['outreachSent', 'companiesAdded', 'contactsFound', 'meetingsScheduled', 'statusChanges'] as const;
const TOTALS = [...MEMBER_METRICS, 'jobsAdded'] as const;

export interface TeamActivityCardProps {
  team: TeamActivity | undefined;
  /** The period chosen in the card: the last so many days, independent of the dashboard's period. */
  days: TeamPeriodDays;
  onDaysChange(days: TeamPeriodDays): void;
  /** The figures shown are those of the previously chosen period while the chosen one loads. */
  updating?: boolean;
  /** The dashboard's period ends before today: say that the team view does not. */
  endsBeforeToday: boolean;
  error?: string | undefined;
}

/** The team's totals over its own period against the one before (▲/▼), and the leaderboard; members see only their own row. */
export function TeamActivityCard({ team, days, onDaysChange, updating = false, endsBeforeToday, error }: TeamActivityCardProps) {
  const { t, formatNumber } = useI18n();
  return (
    <section className="card dashboard-card team-card" data-chart="team" aria-labelledby="team-title" aria-busy={(!team && !error) || updating}>
      <header className="card-head">
        <h2 id="team-title">{t('dashboard.team')}</h2>
        {team && (
          <span className={`scope-badge ${team.scope}`} title={team.scope === 'self' ? t('dashboard.scopeSelfExplain') : undefined}>
            {t(`dashboard.scope.${team.scope}`)}
          </span>
        )}
        {team && (
          <p className="meta team-period">
            {t('dashboard.teamSub', { days: formatNumber(team.days) })}
            {endsBeforeToday && ` · ${t('dashboard.teamNote')}`}
          </p>
        )}
        {updating && <span className="spinner" aria-label={t('common.loading')} />}
        <label className="team-days">
          <span className="sr-only">{t('dashboard.teamPeriod')}</span>
          <select value={days} onChange={(e) => onDaysChange(Number(e.target.value) as TeamPeriodDays)}>
            {TEAM_PERIOD_DAYS.map((choice) => (
              <option key={choice} value={choice}>
                {t('dashboard.daysLong', { days: formatNumber(choice) })}
              </option>
            ))}
          </select>
        </label>
      </header>
      {error && <p className="error">{error}</p>}
      {!team ? (
        !error && <div className="chart-placeholder" style={{ height: 180 }} />
      ) : (
        <>
          <dl className="team-totals">
            {TOTALS.map((metric) => (
              <div key={metric} className="team-total" data-metric={metric}>
                <dt>{t(`dashboard.metric.${metric}` as MessageKey)}</dt>
                <dd>
                  <span className="team-total-value">{formatNumber(team.totals[metric].current)}</span>
                  <Change figure={team.totals[metric]} />
                </dd>
              </div>
            ))}
          </dl>
          {team.scope === 'self' && <p className="meta scope-explain">{t('dashboard.scopeSelfExplain')}</p>}
          <h3 className="sub-title">{t('dashboard.leaderboard')}</h3>
          <div className="table-scroll">
            <table className="list leaderboard">
              <thead>
                <tr>
                  <th className="num">{t('dashboard.rank')}</th>
                  <th>{t('dashboard.member')}</th>
                  {MEMBER_METRICS.map((metric) => (
                    <th key={metric} className="num">
                      {t(`dashboard.metric.${metric}` as MessageKey)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {team.leaderboard.map((member) => (
                  <tr key={member.userId}>
                    <td className="num rank">{member.rank}</td>
                    <td>
                      <strong>{member.name}</strong>
                      <span className="meta role">{t(`role.${member.role}` as MessageKey)}</span>
                    </td>
                    {MEMBER_METRICS.map((metric) => (
                      <td key={metric} className="num">
                        {formatNumber(member[metric].current)}
                        <Change figure={member[metric]} small />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {team.leaderboard.length === 0 && <p className="empty">{t('dashboard.noMembers')}</p>}
        </>
      )}
    </section>
  );
}

/** ▲ 25 % in green, ▼ 10 % in red, "new" from zero; the previous figure on hover. */
function Change({ figure, small = false }: { figure: Figure; small?: boolean }) {
  const { t, tag, formatNumber } = useI18n();
  const trend = trendOf(figure);
  const text = trend === 'new' ? t('dashboard.change.new') : trend === 'none' ? '' : formatChange(figure, tag);
  if (!text) return null;
  return (
    <span className={`change ${trend}${small ? ' small' : ''}`} title={t('dashboard.previous', { count: formatNumber(figure.previous) })}>
      {text}
    </span>
  );
}
