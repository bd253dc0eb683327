import { useCallback, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { Icon } from '../../../shared/Icon';
import { useDismiss } from '../../../shared/useDismiss';
import { useMarkRead, useNotifications } from '../hooks/useNotifications';

const JOBS_SHOWN = 3;

/**
 * The bell in the top bar: how many notifications are unread, and a panel
 * listing them (the company and its new jobs); opening one opens the
 * company and marks it read. Live through the event stream (useLiveUpdates).
 */
export function NotificationsBell() {
  const { t, formatNumber } = useI18n();
  const [open, setOpen] = useState(false);
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useDismiss(open, root, useCallback(() => setOpen(false), []));

  const pages = notifications.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const unread = pages[0]?.unreadCount ?? 0;
  const openOne = (notification: Notification) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    setOpen(false);
    // A trigger rule's notification may be about a lead or opportunity: it opens that dossier.
    void navigate(notification.dossier ? `/dossiers/${notification.dossier.id}` : `/companies/${notification.companyId}`);
  };

  return (
    <div className="bell" ref={root}>
      <button
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? t('notifications.buttonUnread', { count: formatNumber(unread) }) : t('notifications.button')}
        onClick={() => setOpen((was) => !was)}
      >
        <Icon name="bell" size={19} />
        {unread > 0 && (
          <span className="bell-count" data-count={unread} aria-hidden="true">
            {unread > 99 ? '99+' : formatNumber(unread)}
          </span>
        )}
      </button>
      {open && (
        <div className="bell-panel" id={panelId} role="region" aria-label={t('notifications.title')}>
          {/* A <div>, not a <header>: a <header> outside sectioning content is a banner, and the page has one, the top bar. */}
          <div className="bell-head">
            <h2>{t('notifications.title')}</h2>
            <button type="button" className="link" disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate(null)}>
              {t('notifications.markAllRead')}
            </button>
          </div>
          {notifications.isError && <p className="empty">{t('notifications.failed')}</p>}
          {notifications.isSuccess && items.length === 0 && <p className="empty">{t('notifications.empty')}</p>}
          {items.length > 0 && (
            <ul className="bell-list">
              {items.map((notification) => (
                <li key={notification.id}>
                  <NotificationItem notification={notification} onOpen={() => openOne(notification)} />
                </li>
              ))}
            </ul>
          )}
          {notifications.hasNextPage && (
            <button type="button" className="link bell-more" onClick={() => void notifications.fetchNextPage()} disabled={notifications.isFetchingNextPage}>
              {t('notifications.loadMore')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen(): void }) {
  const { t, formatRelative, formatDateTime, formatNumber } = useI18n();
  const { jobs, jobCount } = notification;
  const unread = !notification.readAt;
  return (
    <button type="button" className={`bell-item${unread ? ' unread' : ''}`} onClick={onOpen} data-company-id={notification.companyId ?? undefined} data-dossier-id={notification.dossier?.id}>
      <span className="bell-item-head">
        {unread && <span className="unread-dot" title={t('notifications.unread')} />}
        <strong className="bell-company">{notification.dossier ? `${t(`dossier.kind.${notification.dossier.kind}`)} ${notification.dossier.title}` : notification.companyName}</strong>
        <time dateTime={notification.createdAt} title={formatDateTime(notification.createdAt)}>
          {formatRelative(notification.createdAt)}
        </time>
      </span>
      {notification.kind === 'automation' ? (
        <>
          <span className="bell-summary">{notification.message}</span>
          <span className="bell-jobs">{t('notifications.fromRule', { rule: notification.ruleName ?? '' })}</span>
        </>
      ) : (
        <>
      <span className="bell-summary">{jobCount === 1 ? t('notifications.newJobsOne') : t('notifications.newJobs', { count: formatNumber(jobCount) })}</span>
      <span className="bell-jobs">
        {jobs.slice(0, JOBS_SHOWN).map((job) => (
          <span key={job.id} className="bell-job">
            {job.title}
          </span>
        ))}
        {jobCount > JOBS_SHOWN && <span className="bell-job more">{t('notifications.moreJobs', { count: formatNumber(jobCount - Math.min(jobs.length, JOBS_SHOWN)) })}</span>}
      </span>
        </>
      )}
    </button>
  );
}
