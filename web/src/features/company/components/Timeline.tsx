import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, type Activity, type ActivityPage } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { useLossReasons, useStages } from '../../../shared/queries';
import { colorOf } from '../../../shared/stage-colors';

/** The company's activities, newest first, loading older ones on scroll. */
export function Timeline({ companyId }: { companyId: string }) {
  const { t } = useI18n();
  const timeline = useInfiniteQuery({
    queryKey: ['timeline', companyId],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      api<ActivityPage>(
        `/api/companies/${companyId}/activities?limit=25${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (!node) return;
    const observer = new IntersectionObserver(([entry]) => {
      if (entry?.isIntersecting && timeline.hasNextPage && !timeline.isFetchingNextPage) void timeline.fetchNextPage();
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [timeline]);

  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div>
      <ol className="timeline">
        {items.map((activity) => (
          <TimelineEntry key={activity.id} activity={activity} />
        ))}
      </ol>
      {items.length === 0 && !timeline.isPending && <p className="empty">{t('timeline.empty')}</p>}
      <div ref={sentinel} />
      {timeline.hasNextPage && (
        <button type="button" className="link" onClick={() => void timeline.fetchNextPage()}>
          {t('common.loadMore')}
        </button>
      )}
    </div>
  );
}

function TimelineEntry({ activity }: { activity: Activity }) {
  const { t, locale, formatDateTime, formatRelative } = useI18n();
  const stages = useStages();
  const reasons = useLossReasons();
  const stage = (key: string | null) => stages.data?.find((s) => s.key === key);
  const label = `timeline.${activity.type}` as MessageKey;
  const extra = activity.extraData;
  // What the system wrote itself is said in the reader's language; what people wrote stays as written.
  const description = activity.automatic
    ? t('timeline.autoOutreach')
    : activity.type === 'company_tracked'
      ? extra.restored ? t('timeline.refollowed') : null
      : activity.description;
  const reason = typeof extra.lossReason === 'string' ? (reasons.data?.find((r) => r.key === extra.lossReason)?.label[locale] ?? String(extra.lossReasonText ?? extra.lossReason)) : null;
  return (
    <li className={`entry ${activity.type}`} data-type={activity.type}>
      <div className="entry-head">
        <strong>{t(label)}</strong>
        {activity.type === 'status_change' && (
          <span className="transition">
            <span className="badge" style={{ ['--stage' as string]: colorOf(stage(activity.oldStatus)?.color) }}>
              {stage(activity.oldStatus)?.name[locale] ?? activity.oldStatus}
            </span>
            →
            <span className="badge" style={{ ['--stage' as string]: colorOf(stage(activity.newStatus)?.color) }}>
              {stage(activity.newStatus)?.name[locale] ?? activity.newStatus}
            </span>
          </span>
        )}
        {activity.automatic && <span className="auto-badge">{t('timeline.automatic')}</span>}
      </div>
      {description && <p>{description}</p>}
      {reason && <p className="meta">{t('timeline.lossReason', { reason })}</p>}
      {activity.type === 'meeting_scheduled' && typeof extra.at === 'string' && <p className="meta">{t('timeline.meetingAt', { at: formatDateTime(extra.at) })}</p>}
      {activity.type === 'call' && typeof extra.outcome === 'string' && (
        <p className="meta">
          {String(extra.contactName ?? '')} · {t(`outcome.${extra.outcome}` as MessageKey)}
        </p>
      )}
      {activity.type === 'outreach_sent' && typeof extra.channel === 'string' && <p className="meta">{t(`channel.${extra.channel}` as MessageKey)}</p>}
      <p className="who">
        {activity.userName ?? t('timeline.system')} · <time dateTime={activity.createdAt} title={formatDateTime(activity.createdAt)}>{formatRelative(activity.createdAt)}</time>
      </p>
    </li>
  );
}
