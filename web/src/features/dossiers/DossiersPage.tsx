import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Dossier, DossierKind } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { formatNumber } from '../../i18n/format-number';
import { errorText } from '../../shared/error-text';
import { asDefinition, gatesToAsk, type GateValues, type MissingGate } from '../../shared/gates/gates';
import { GateDialog } from '../../shared/gates/GateDialog';
import { useDebounced } from '../../shared/useDebounced';
import { useToast } from '../../shared/useToast';
import { UserOptions } from '../../shared/UserOptions';
import { useUsers } from '../../shared/queries';
import { DossierReports } from './components/DossierReports';
import { DossierTable } from './components/DossierTable';
import { WizardDialog } from './components/WizardDialog';
import { colorOf } from '../../shared/stage-colors';
import { useBulkDossiers, useDossierList, useDossierLists, useDossierReport, useKindPipeline } from './hooks/useDossiers';
import { EMPTY_ADVANCED, hasAdvanced, overviewQuery, type OverviewFilter } from './utils/overview-query';
import './dossiers.css';

const TABS = ['all', 'open', 'closing', 'closed', 'on_hold'] as const;

/**
 * The overview of leads or opportunities (SPEC R4.5): stage-group tabs and
 * reports, My / My branches / All, search and an advanced filter, bulk
 * actions, export, a preview pane and a print stylesheet; "New" opens the
 * creation wizard (also opened by ?new=1&contactId=… from People or a company).
 */
export function DossiersPage({ kind }: { kind: DossierKind }) {
  const { t, locale } = useI18n();
  const lists = useDossierLists();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState<string>('all');
  const [scope, setScope] = useState<OverviewFilter['scope']>('all');
  const [q, setQ] = useState('');
  const [advanced, setAdvanced] = useState<Record<keyof typeof EMPTY_ADVANCED, string>>({ ...EMPTY_ADVANCED });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [preview, setPreview] = useState<Dossier | null>(null);
  const [pendingMove, setPendingMove] = useState<{ stage: string; gates: MissingGate[] } | null>(null);
  const debouncedQ = useDebounced(q, 250);
  const filter: OverviewFilter = useMemo(() => ({ kind, group: tab === 'reports' ? 'all' : tab, scope, q: debouncedQ, ...advanced }), [kind, tab, scope, debouncedQ, advanced]);
  const list = useDossierList(filter);
  const report = useDossierReport(filter, tab === 'reports');
  const pipeline = useKindPipeline(kind).data;
  const users = useUsers().data ?? [];
  const bulk = useBulkDossiers();
  const toast = useToast();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const wizardOpen = params.get('new') === '1';
  const start = { companyId: params.get('companyId') ?? undefined, contactId: params.get('contactId') ?? undefined, vacancyId: params.get('vacancyId') ?? undefined };
  const groups = new Set(pipeline?.stages.filter((s) => s.active).map((s) => s.group ?? 'open'));
  const exportUrl = (format: 'csv' | 'xlsx') => `/api/dossiers/export?${overviewQuery(filter)}&format=${format}&language=${locale}`;

  const toggle = (id: string) => setSelected((now) => (now.has(id) ? new Set([...now].filter((x) => x !== id)) : new Set([...now, id])));
  const togglePage = () => setSelected((now) => (items.every((item) => now.has(item.id)) ? new Set() : new Set(items.map((item) => item.id))));
  const run = (action: Record<string, unknown>) =>
    bulk.mutate(
      { kind, target: { ids: [...selected] }, action },
      {
        onSuccess: (result) => {
          toast.show(t('dossiers.bulk.done', { ok: result.succeeded, failed: result.failed }), result.failed > 0 ? 'error' : 'info');
          setSelected(new Set());
        },
        onError: (error) => toast.show(errorText(error, t), 'error'),
      },
    );
  const move = (stage: string) => {
    if (!pipeline || !stage) return;
    const gates = gatesToAsk(asDefinition(pipeline), '', stage, {});
    if (gates.length > 0) setPendingMove({ stage, gates });
    else run({ type: 'move', stage });
  };

  return (
    <div className="page dossiers-page">
      <div className="page-header">
        <h1>{t(kind === 'lead' ? 'dossiers.title.lead' : 'dossiers.title.opportunity')}</h1>
        <div className="dossier-actions no-print">
          <a className="button" href={exportUrl('csv')} download>
            {t('dossiers.export.csv')}
          </a>
          <a className="button" href={exportUrl('xlsx')} download>
            {t('dossiers.export.xlsx')}
          </a>
          <button type="button" onClick={() => window.print()}>
            {t('dossiers.print')}
          </button>
          <button type="button" className="primary" onClick={() => setParams({ new: '1' })}>
            {t(kind === 'lead' ? 'dossiers.new.lead' : 'dossiers.new.opportunity')}
          </button>
        </div>
      </div>
      <div role="tablist" className="tabs no-print" aria-label={t('dossiers.col.stage')}>
        {[...TABS.filter((key) => key === 'all' || groups.has(key)), 'reports'].map((key) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
            {t(`dossiers.tab.${key}` as MessageKey)}
          </button>
        ))}
      </div>
      <div className="dossier-filters no-print">
        <fieldset className="scope">
          <legend>{t('dossiers.scope')}</legend>
          {(['my', 'branches', 'all'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="scope" checked={scope === value} onChange={() => setScope(value)} /> {t(`dossiers.scope.${value}`)}
            </label>
          ))}
        </fieldset>
        <input type="search" aria-label={t('dossiers.search')} placeholder={t('dossiers.search')} value={q} onChange={(e) => setQ(e.target.value)} />
        <details open={hasAdvanced(filter)}>
          <summary>{t('dossiers.advanced')}</summary>
          <div className="advanced-grid">
            <label>
              {t('dossiers.filter.stage')}
              <select value={advanced.stage} onChange={(e) => setAdvanced({ ...advanced, stage: e.target.value })}>
                <option value="">{t('dossiers.filter.any')}</option>
                {pipeline?.stages.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name[locale]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('dossiers.filter.owner')}
              <select value={advanced.ownerId} onChange={(e) => setAdvanced({ ...advanced, ownerId: e.target.value })}>
                <option value="">{t('dossiers.filter.any')}</option>
                <UserOptions users={users} current={advanced.ownerId} />
              </select>
            </label>
            {(['source', 'priority'] as const).map((key) => (
              <label key={key}>
                {t(`dossiers.filter.${key}`)}
                <select value={advanced[key]} onChange={(e) => setAdvanced({ ...advanced, [key]: e.target.value })}>
                  <option value="">{t('dossiers.filter.any')}</option>
                  {(lists.data?.[key] ?? []).map((value) => (
                    <option key={value.key} value={value.key}>
                      {value.name[locale]}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            {(['valueMin', 'valueMax'] as const).map((key) => (
              <label key={key}>
                {t(`dossiers.filter.${key}`)}
                <input type="number" min={0} step={1} inputMode="numeric" value={advanced[key]} onChange={(e) => setAdvanced({ ...advanced, [key]: e.target.value })} />
              </label>
            ))}
            {(['closeFrom', 'closeTo'] as const).map((key) => (
              <label key={key}>
                {t(`dossiers.filter.${key}`)}
                <input type="date" value={advanced[key]} onChange={(e) => setAdvanced({ ...advanced, [key]: e.target.value })} />
              </label>
            ))}
            <button type="button" onClick={() => setAdvanced({ ...EMPTY_ADVANCED })}>
              {t('dossiers.filter.clear')}
            </button>
          </div>
        </details>
      </div>
      {tab === 'reports' ? (
        report.data ? <DossierReports report={report.data} stageColor={(key) => colorOf(pipeline?.stages.find((stage) => stage.key === key)?.color)} /> : <p className="empty">{t('common.loading')}</p>
      ) : (
        <>
          {selected.size > 0 && (
            <div className="bulk-bar no-print" role="region" aria-label={t('dossiers.bulk.selected', { count: selected.size })}>
              <span>{t('dossiers.bulk.selected', { count: formatNumber(selected.size, locale) })}</span>
              <select aria-label={t('dossiers.bulk.move')} value="" onChange={(e) => move(e.target.value)}>
                <option value="">{t('dossiers.bulk.move')}</option>
                {pipeline?.stages.filter((s) => s.active).map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name[locale]}
                  </option>
                ))}
              </select>
              <select aria-label={t('dossiers.bulk.owner')} value="" onChange={(e) => e.target.value && run({ type: 'owner', ownerId: e.target.value })}>
                <option value="">{t('dossiers.bulk.owner')}</option>
                <UserOptions users={users} />
              </select>
              <button type="button" className="danger" disabled={bulk.isPending} onClick={() => run({ type: 'delete' })}>
                {t('dossiers.bulk.delete')}
              </button>
            </div>
          )}
          <p className="total" aria-live="polite">
            {t('dossiers.total', { count: formatNumber(total, locale) })}
          </p>
          <div className="dossier-split">
            <div className="dossier-list">
              {list.isError && <p className="error">{errorText(list.error, t)}</p>}
              {items.length === 0 && !list.isPending ? (
                <p className="empty">{t('dossiers.none')}</p>
              ) : (
                <DossierTable items={items} pipeline={pipeline} selected={selected} onToggle={toggle} onTogglePage={togglePage} onPreview={setPreview} />
              )}
              {list.hasNextPage && (
                <button type="button" className="load-more no-print" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  {list.isFetchingNextPage ? t('common.loading') : t('dossiers.loadMore')}
                </button>
              )}
            </div>
            {preview && (
              <aside className="dossier-preview no-print" aria-label={t('dossiers.preview')}>
                <h2>{preview.title}</h2>
                <p>{preview.company?.name ?? t('dossiers.noClient')}</p>
                <p>
                  {t('dossier.owner')}: {preview.ownerName ?? '—'}
                </p>
                <p>
                  {t('dossier.value')}: {preview.value === null ? '—' : `€ ${formatNumber(preview.value, locale)}`}
                </p>
                <Link className="button" to={`/dossiers/${preview.id}`}>
                  {t('dossiers.open')}
                </Link>
              </aside>
            )}
          </div>
        </>
      )}
      {pendingMove && pipeline && (
        <GateDialog
          definition={asDefinition(pipeline)}
          title={(stage) => t('dossiers.bulk.gateTitle', { count: formatNumber(selected.size, locale), stage })}
          from=""
          to={pendingMove.stage}
          missing={pendingMove.gates}
          onCancel={() => setPendingMove(null)}
          onConfirm={(values: GateValues) => {
            run({ type: 'move', stage: pendingMove.stage, ...values });
            setPendingMove(null);
          }}
        />
      )}
      {wizardOpen && (
        <WizardDialog
          kind={kind}
          start={start}
          onClose={() => setParams({})}
          onCreated={(created) => {
            toast.show(t('wizard.created', { title: created.title }));
            void navigate(`/dossiers/${created.id}`);
          }}
        />
      )}
      {toast.element}
    </div>
  );
}
