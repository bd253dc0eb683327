import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, type Activity, type ActivityPage, type Pipeline } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { useLossReasons } from '../../../shared/queries';
import { colorOf } from '../../../shared/stage-colors';
import { formatEuros } from '../utils/money';

/** The company's activities, newest first, loading older ones on scroll. */
export function Timeline({ companyId, pipeline }: { companyId: string; pipeline: Pipeline }) {
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
          <TimelineEntry key={activity.id} activity={activity} pipeline={pipeline} />
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

/** A stage badge in the colour and name of the pipeline version the entry was recorded under. */
function StageBadge({ stage, fallback }: { stage: Activity['oldStage']; fallback: string | null }) {
  const { locale } = useI18n();
  return (
    <span className="badge" style={{ ['--stage' as string]: colorOf(stage?.color) }}>
      {stage?.name[locale] ?? fallback}
    </span>
  );
}

function TimelineEntry({ activity, pipeline }: { activity: Activity; pipeline: Pipeline }) {
  if (activity.dossier) return <DossierEntry activity={activity} dossier={activity.dossier} />;
  return <CompanyEntry activity={activity} pipeline={pipeline} />;
}

/** An entry of one of the company's leads or opportunities: labelled with it and linked to it; its stages are its own pipeline's. */
function DossierEntry({ activity, dossier }: { activity: Activity; dossier: NonNullable<Activity['dossier']> }) {
  const { t, formatDateTime } = useI18n();
  return (
    <li className={`entry dossier-entry ${activity.type}`} data-type={activity.type}>
      <div className="entry-head">
        <strong>{t(`dossier.activity.${activity.type}` as MessageKey)}</strong>
        {(activity.oldStage || activity.newStage) && (
          <span className="transition">
            {activity.oldStage && <StageBadge stage={activity.oldStage} fallback={activity.oldStatus} />}
            {activity.oldStage && '→'}
            <StageBadge stage={activity.newStage} fallback={activity.newStatus} />
          </span>
        )}
      </div>
      <p className="meta">
        {t(`dossier.kind.${dossier.kind}`)}: <Link to={`/dossiers/${dossier.id}`}>{dossier.title}</Link>
      </p>
      {activity.description && activity.type !== 'created' && <p>{activity.description}</p>}
      <p className="meta">
        {activity.userName ?? ''} · <time dateTime={String(activity.createdAt)}>{formatDateTime(String(activity.createdAt))}</time>
      </p>
    </li>
  );
}

function CompanyEntry({ activity, pipeline }: { activity: Activity; pipeline: Pipeline }) {
  const { t, locale, tag, formatDate, formatDateTime, formatRelative } = useI18n();
  const reasons = useLossReasons();
  const label = `timeline.${activity.type}` as MessageKey;
  const extra = activity.extraData;
  const override = isRecord(extra.override) && typeof extra.override.reason === 'string' ? extra.override.reason : null;
  // What the system wrote itself is said in the reader's language; what people wrote stays as written.
  const ruleName = typeof extra.ruleName === 'string' ? extra.ruleName : null;
  const description = extra.builtInRule === 'whenJobsClosed'
    ? t('timeline.autoJobsClosed')
    : ruleName && extra.builtInRule === undefined
    ? t('timeline.byRule', { rule: ruleName })
    : activity.type === 'group_added' || activity.type === 'group_removed'
      ? null
      : activity.automatic
    ? t('timeline.autoOutreach')
    : activity.type === 'company_tracked'
      ? extra.restored ? t('timeline.refollowed') : null
      : activity.type === 'imported'
        ? t('timeline.importedFrom', { source: String(extra.source ?? ''), stage: String(extra.sourceStage ?? '—') })
        : activity.description;
  const reason = typeof extra.lossReason === 'string' ? (reasons.data?.find((r) => r.key === extra.lossReason)?.label[locale] ?? String(extra.lossReasonText ?? extra.lossReason)) : null;
  const day = (value: unknown) => (typeof value === 'string' ? formatDate(`${value}T00:00:00`) : '—');
  const moved = activity.type === 'status_change' || activity.type === 'pipeline_changed';
  return (
    <li className={`entry ${activity.type}`} data-type={activity.type}>
      <div className="entry-head">
        <strong>{t(label)}</strong>
        {moved && (
          <span className="transition">
            <StageBadge stage={activity.oldStage} fallback={activity.oldStatus} />
            →
            <StageBadge stage={activity.newStage} fallback={activity.newStatus} />
          </span>
        )}
        {activity.type === 'imported' && <StageBadge stage={activity.newStage} fallback={activity.newStatus} />}
        {activity.automatic && <span className="auto-badge">{t('timeline.automatic')}</span>}
        {override !== null && <span className="override-badge">{t('timeline.override')}</span>}
      </div>
      {activity.pipelineChange && (
        <p className="meta pipelines">
          {activity.pipelineChange.from[locale]} → {activity.pipelineChange.to[locale]}
        </p>
      )}
      {description && <p>{description}</p>}
      {typeof extra.groupName === 'string' && <p className="meta">{t('timeline.groupName', { name: extra.groupName })}</p>}
      {extra.action === 'create_task' && typeof extra.dueAt === 'string' && <p className="meta">{t('timeline.taskCreated', { date: formatDate(extra.dueAt) })}</p>}
      {extra.action === 'notify' && <p className="meta">{t('timeline.notified')}</p>}
      {override !== null && override !== description && <p className="meta">{t('timeline.overrideReason', { reason: override })}</p>}
      {reason && <p className="meta">{t('timeline.lossReason', { reason })}</p>}
      {typeof extra.holdReason === 'string' && <p className="meta">{t('timeline.holdUntil', { date: day(extra.resumeAt), reason: extra.holdReason })}</p>}
      {typeof extra.skipReason === 'string' && <p className="meta">{t('timeline.skipReason', { reason: extra.skipReason })}</p>}
      {Array.isArray(extra.checklist) && extra.checklist.length > 0 && <p className="meta">{t('timeline.checklist', { count: extra.checklist.length })}</p>}
      {activity.type === 'deal_updated' && <DealChanges extra={extra} pipeline={pipeline} money={(v) => formatEuros(v, tag)} day={day} />}
      {activity.type === 'meeting_scheduled' && typeof extra.at === 'string' && <p className="meta">{t('timeline.meetingAt', { at: formatDateTime(extra.at) })}</p>}
      {activity.type === 'meeting_scheduled' && attendees(extra).length > 0 && <p className="meta attendees">{t('timeline.attendees', { names: attendees(extra).join(', ') })}</p>}
      {activity.type === 'contact_updated' && <ContactChanges extra={extra} />}
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

/** What a deal_updated entry changed, each "label: from → to" (fields named by the record's pipeline). */
function DealChanges({ extra, pipeline, money, day }: { extra: Record<string, unknown>; pipeline: Pipeline; money(value: number): string; day(value: unknown): string }) {
  const { t, locale } = useI18n();
  const lines: string[] = [];
  const change = (value: unknown): { from: unknown; to: unknown } | null => (isRecord(value) && 'from' in value && 'to' in value ? { from: value.from, to: value.to } : null);
  const amount = (value: unknown) => (typeof value === 'number' ? money(value) : '—');
  const value = change(extra.expectedValue);
  if (value) lines.push(t('timeline.change', { label: t('company.expectedValue'), from: amount(value.from), to: amount(value.to) }));
  const close = change(extra.expectedCloseDate);
  if (close) lines.push(t('timeline.change', { label: t('company.expectedCloseDate'), from: day(close.from), to: day(close.to) }));
  if (isRecord(extra.fields)) {
    for (const [key, raw] of Object.entries(extra.fields)) {
      const field = change(raw);
      if (!field) continue;
      const definition = pipeline.fields.find((f) => f.key === key);
      const shown = (v: unknown) =>
        v === null || v === undefined ? '—' : (definition?.options?.find((o) => o.key === v)?.label[locale] ?? (definition?.type === 'date' ? day(v) : String(v)));
      lines.push(t('timeline.change', { label: definition?.label[locale] ?? key, from: shown(field.from), to: shown(field.to) }));
    }
  }
  return (
    <>
      {lines.map((line) => (
        <p key={line} className="meta">
          {line}
        </p>
      ))}
    </>
  );
}

/** Who attended a meeting, as the entry stored them. */
function attendees(extra: Record<string, unknown>): string[] {
  return Array.isArray(extra.attendees) ? extra.attendees.filter((name): name is string => typeof name === 'string' && name !== '') : [];
}

const CONTACT_FIELDS = ['name', 'title', 'email', 'phone', 'linkedinUrl'] as const;

/** What a contact_updated entry changed, each "label: from → to" (a cleared detail is "—"). */
function ContactChanges({ extra }: { extra: Record<string, unknown> }) {
  const { t } = useI18n();
  const changes = isRecord(extra.changes) ? extra.changes : {};
  const shown = (value: unknown) => (typeof value === 'string' && value !== '' ? value : '—');
  return (
    <>
      {CONTACT_FIELDS.flatMap((field) => {
        const change = changes[field];
        if (!isRecord(change)) return [];
        return [
          <p key={field} className="meta">
            {t('timeline.change', { label: t(`timeline.field.${field}`), from: shown(change.from), to: shown(change.to) })}
          </p>,
        ];
      })}
    </>
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
