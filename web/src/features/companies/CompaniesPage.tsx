import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BulkRequest, BulkResult, CompanyView, Me } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../shared/error-text';
import { asDefinition, gatesToAsk, type GateValues, type MissingGate } from '../../shared/gates/gates';
import { useUsers } from '../../shared/queries';
import { useToast } from '../../shared/useToast';
import { useDebounced } from '../../shared/useDebounced';
import { BulkBar, type BulkAction } from './components/BulkBar';
import { GateDialog } from '../../shared/gates/GateDialog';
import { BulkSummaryDialog, UnfollowDialog } from './components/BulkDialogs';
import { ColumnChooser } from './components/ColumnChooser';
import { CompanyTable } from './components/CompanyTable';
import { FilterBar } from './components/FilterBar';
import { SavedViews } from './components/SavedViews';
import { useBulkAction, useCompanyList, usePipelines } from './hooks/useCompanyList';
import { visibleColumns, type SortKey } from './utils/columns';
import { activeFilters, clean, listQuery, paramsFromState, stateFromParams, type ListFilter, type ListState } from './utils/list-query';
import './companies.css';
import { holds } from '../../shared/role-name';

/** The most records one bulk run takes (the server refuses more). */
const BULK_LIMIT = 5_000;

/** A bulk move waiting for its gate dialog. */
interface PendingMove {
  stage: string;
  gates: MissingGate[];
}

/**
 * The companies page: the agency's records across its pipelines, searched,
 * filtered and sorted on the server, a keyset page at a time; saved views;
 * bulk actions on a selection or on all that match; export of what is shown.
 * Its state lives in the address, so the board's "as a list" and a saved
 * view are links.
 */
export function CompaniesPage({ me }: { me: Me }) {
  const { t, locale, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => stateFromParams(params), [params]);
  const [search, setSearch] = useState(state.filter.q ?? '');
  const q = useDebounced(search.trim(), 300) || undefined;
  const [filtersOpen, setFiltersOpen] = useState(() => activeFilters(state.filter) > 0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);
  const [confirmUnfollow, setConfirmUnfollow] = useState(false);
  const [summary, setSummary] = useState<BulkResult | null>(null);
  const toast = useToast();
  const pipelines = usePipelines();
  const users = useUsers();
  const bulk = useBulkAction();

  const navigate = (next: ListState) => setParams(paramsFromState(next), { replace: true });
  const setFilter = (filter: ListFilter) => navigate({ ...state, filter });
  // The search box writes the address once the typing pauses.
  useEffect(() => {
    if ((state.filter.q ?? undefined) !== q) setFilter({ ...state.filter, q });
  }, [q]);
  // A new filter or sort is a new list: the selection of the old one does not carry over.
  const queryKey = listQuery(state);
  useEffect(() => {
    setSelected(new Set());
    setAllMatching(false);
  }, [queryKey]);

  const list = useCompanyList(state);
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  const columns = visibleColumns(state.columns);
  const pipelineList = pipelines.data ?? [];
  const filterPipeline = pipelineList.find((p) => p.id === state.filter.pipelineId);
  const fieldLabels = Object.fromEntries(pipelineList.flatMap((p) => p.fields.map((f) => [f.key, f.label[locale]])));
  // A move needs one pipeline's stages: the filter's, or the one every selected record is in.
  const selectedPipelines = new Set(items.filter((item) => selected.has(item.id)).map((item) => item.pipelineId));
  const movePipeline = filterPipeline ?? (!allMatching && selectedPipelines.size === 1 ? pipelineList.find((p) => selectedPipelines.has(p.id)) : undefined);
  const count = allMatching ? total : selected.size;

  const onSort = (sort: SortKey) => navigate({ ...state, sort, direction: state.sort === sort && state.direction === 'asc' ? 'desc' : 'asc' });
  const onToggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const onTogglePage = () => setSelected((current) => (items.every((item) => current.has(item.id)) ? new Set() : new Set(items.map((item) => item.id))));

  const run = (action: BulkRequest['action']) => {
    if (allMatching && total > BULK_LIMIT) {
      toast.show(t('companies.bulk.tooMany', { max: formatNumber(BULK_LIMIT) }), 'error');
      return;
    }
    const target = allMatching ? { filter: clean(state.filter) } : { ids: [...selected] };
    bulk.mutate(
      { target, action } as BulkRequest,
      {
        onSuccess: (result) => {
          setSummary(result);
          setSelected(new Set());
          setAllMatching(false);
        },
        onError: (error) => toast.show(errorText(error, t), 'error'),
      },
    );
  };
  const onAction = (action: BulkAction) => {
    if (action.type === 'unfollow') return setConfirmUnfollow(true);
    if (action.type === 'stage' && movePipeline) {
      const gates = gatesToAsk(asDefinition(movePipeline), '', action.stage, {});
      if (gates.length > 0) return setPendingMove({ stage: action.stage, gates });
    }
    run(action);
  };
  const moveWith = (stage: string, values: GateValues) => run({ type: 'stage', stage, ...values } as BulkRequest['action']);

  const settings: CompanyView['settings'] = { filter: clean(state.filter), sort: state.sort, direction: state.direction, columns };
  const openView = (view: CompanyView | null) => {
    if (!view) return navigate({ ...state, filter: {}, view: undefined });
    setSearch(view.settings.filter.q ?? '');
    navigate({
      filter: view.settings.filter as ListFilter,
      sort: (view.settings.sort as SortKey | undefined) ?? state.sort,
      direction: view.settings.direction ?? state.direction,
      columns: view.settings.columns.length > 0 ? view.settings.columns : state.columns,
      view: view.id,
    });
  };
  const exportHref = (format: 'csv' | 'xlsx') => `/api/companies/export?${listQuery(state, { format, columns: columns.join(','), language: locale })}`;
  const filterCount = activeFilters(state.filter);

  return (
    <div className="companies-page">
      <div className="toolbar companies-toolbar">
        <h1>{t('companies.title')}</h1>
        <SavedViews viewId={state.view} settings={settings} onOpen={openView} onSaved={(message) => toast.show(message)} />
      </div>
      <div className="toolbar companies-toolbar">
        <input type="search" className="companies-search" placeholder={t('companies.search')} aria-label={t('companies.search')} value={search} maxLength={200} onChange={(e) => setSearch(e.target.value)} />
        <button type="button" aria-expanded={filtersOpen} aria-controls="companies-filters" onClick={() => setFiltersOpen((open) => !open)}>
          {t('companies.filters')}
          {filterCount > 0 ? ` (${filterCount})` : ''}
        </button>
        {filterCount > 0 && (
          <button type="button" className="link" onClick={() => setFilter(state.filter.q ? { q: state.filter.q } : {})}>
            {t('companies.filters.clear')}
          </button>
        )}
        <ColumnChooser columns={columns} pipeline={filterPipeline} onChange={(next) => navigate({ ...state, columns: next })} />
        <div className="export" role="group" aria-label={t('companies.export')}>
          <a className="button" href={exportHref('csv')} download>
            {t('companies.export')} {t('companies.export.csv')}
          </a>
          <a className="button" href={exportHref('xlsx')} download>
            {t('companies.export.xlsx')}
          </a>
        </div>
      </div>
      {filtersOpen && (
        <div id="companies-filters">
          <FilterBar me={me} filter={state.filter} pipelines={pipelineList} onChange={setFilter} />
        </div>
      )}
      <p className="meta companies-total" aria-live="polite">
        {list.data ? (items.length < total ? t('companies.shown', { shown: formatNumber(items.length), total: formatNumber(total) }) : total === 1 ? t('companies.totalOne') : t('companies.total', { count: formatNumber(total) })) : ''}
      </p>
      {count > 0 && (
        <BulkBar
          count={count}
          allMatching={allMatching}
          total={total}
          pageCount={items.length}
          pipeline={movePipeline}
          users={users.data ?? []}
          busy={bulk.isPending}
          canWrite={holds(me, 'companies:edit')}
          onSelectAll={() => setAllMatching(true)}
          onClear={() => {
            setSelected(new Set());
            setAllMatching(false);
          }}
          onAction={onAction}
        />
      )}
      {bulk.isPending && <p className="meta" role="status">{t('companies.bulk.running', { count: formatNumber(count) })}</p>}
      {list.isError && !list.data ? (
        <p className="error" role="alert">
          {errorText(list.error, t)}
        </p>
      ) : list.isPending ? (
        <p className="empty">{t('companies.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('companies.none')}</p>
      ) : (
        <CompanyTable
          items={items}
          columns={columns}
          fieldLabels={fieldLabels}
          sort={state.sort}
          direction={state.direction}
          onSort={onSort}
          selected={selected}
          allMatching={allMatching}
          onToggle={onToggle}
          onTogglePage={onTogglePage}
        />
      )}
      {list.hasNextPage && (
        <button type="button" className="load-more" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {list.isFetchingNextPage ? t('common.loading') : t('companies.loadMore')}
        </button>
      )}
      {pendingMove && movePipeline && (
        <GateDialog
          definition={asDefinition(movePipeline)}
          title={(stage) => t('companies.bulk.gateTitle', { count: formatNumber(count), stage })}
          from=""
          to={pendingMove.stage}
          missing={pendingMove.gates}
          onCancel={() => setPendingMove(null)}
          onConfirm={(values) => {
            moveWith(pendingMove.stage, values);
            setPendingMove(null);
          }}
        />
      )}
      {confirmUnfollow && (
        <UnfollowDialog
          count={count}
          onCancel={() => setConfirmUnfollow(false)}
          onConfirm={() => {
            setConfirmUnfollow(false);
            run({ type: 'unfollow' });
          }}
        />
      )}
      {summary && <BulkSummaryDialog result={summary} onClose={() => setSummary(null)} />}
      {toast.element}
    </div>
  );
}
