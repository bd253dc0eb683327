import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { GlobalCompanySearchHit } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useToast } from '../../shared/useToast';
import { DiscoveryFiltersBar } from './components/DiscoveryFiltersBar';
import { ResultsTable } from './components/ResultsTable';
import { useDebouncedText } from './hooks/useDebouncedText';
import { useDiscoverySearch } from './hooks/useDiscovery';
import { useFollowCompany } from './hooks/useFollowCompany';
import { rememberSearch } from './utils/last-search';
import { filtersFrom, isFiltered, SORTS, toSearchParams, type DiscoveryFilters, type Sort } from './utils/discovery-filters';
import { errorText } from '../../shared/error-text';

/** Searching the shared companies to find new clients (SPEC R5.1, R9.3–R9.5); the search lives in the URL. */
export function DiscoveryPage() {
  const { t, formatNumber } = useI18n();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  // From the address bar, not the rendered params: a navigation may not have rendered yet when the next filter changes.
  const change = (changes: Partial<DiscoveryFilters>, options: { typing?: boolean } = {}) =>
    setParams(toSearchParams({ ...filtersFrom(new URLSearchParams(window.location.search)), ...changes }), { replace: options.typing ?? false });
  const search = params.toString();
  useEffect(() => rememberSearch(search ? `?${search}` : ''), [search]);
  const [q, setQ] = useDebouncedText(filters.q, (text) => change({ q: text }, { typing: filters.q !== '' && text !== '' }));
  const results = useDiscoverySearch(filters);
  const follow = useFollowCompany();

  const pages = results.data?.pages ?? [];
  const hits = pages.flatMap((page) => page.items);
  const withoutCoordinates = pages[0]?.withoutCoordinates ?? null;
  const total = pages[0]?.total ?? null;
  const following = new Set(follow.isPending && follow.variables ? [follow.variables.globalCompanyId] : []);
  const { mutate } = follow;
  const { show } = toast;
  const onFollow = useCallback(
    (hit: GlobalCompanySearchHit) =>
      mutate(
        { globalCompanyId: hit.id, name: hit.name },
        {
          onSuccess: () => show(t('discovery.followed', { name: hit.name })),
          onError: (error) => show(t('discovery.followFailed', { detail: errorText(error, t) }), 'error'),
        },
      ),
    [mutate, show, t],
  );

  return (
    <div className="discovery-page">
      <div className="toolbar">
        <h1>{t('discovery.title')}</h1>
        <input
          type="search"
          className="discovery-search"
          placeholder={t('discovery.search')}
          aria-label={t('discovery.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <label className="sort">
          <span>{t('discovery.sort')}</span>
          <select value={filters.sort} onChange={(e) => change({ sort: e.target.value as Sort })}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`discovery.sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DiscoveryFiltersBar filters={filters} onChange={change} />
      <div className="results-summary" aria-live="polite">
        {results.isError ? (
          <p className="error">{errorText(results.error, t)}</p>
        ) : results.data ? (
          <p className="meta">
            {results.hasNextPage && total !== null
              ? t('discovery.shownOf', { count: formatNumber(hits.length), total: formatNumber(total) })
              : results.hasNextPage
                ? t('discovery.shownMore', { count: formatNumber(hits.length) })
                : hits.length === 1
                  ? t('discovery.shownOne')
                  : t('discovery.shown', { count: formatNumber(hits.length) })}
            {results.isFetching && !results.isFetchingNextPage && <span className="spinner" aria-label={t('common.loading')} />}
          </p>
        ) : (
          <p className="meta">{t('common.loading')}</p>
        )}
        {withoutCoordinates !== null && withoutCoordinates > 0 && (
          <p className="notice" title={t('discovery.withoutCoordinatesExplain')}>
            {t(withoutCoordinates === 1 ? 'discovery.withoutCoordinatesOne' : 'discovery.withoutCoordinates', { count: formatNumber(withoutCoordinates) })}
          </p>
        )}
        {isFiltered(filters) && (
          <button type="button" className="link clear-filters" onClick={() => setParams(toSearchParams({ ...filtersFrom(new URLSearchParams()), sort: filters.sort }))}>
            {t('filters.clear')}
          </button>
        )}
      </div>
      {results.data && hits.length === 0 ? (
        <div className="card empty-state">
          <h2>{t('discovery.emptyTitle')}</h2>
          <p>{t(isFiltered(filters) ? 'discovery.emptyFiltered' : 'discovery.emptyNoData')}</p>
        </div>
      ) : (
        hits.length > 0 && <ResultsTable hits={hits} withDistance={filters.place !== ''} following={following} onFollow={onFollow} />
      )}
      {results.hasNextPage && (
        <button type="button" className="more load-more" onClick={() => void results.fetchNextPage()} disabled={results.isFetchingNextPage}>
          {results.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
        </button>
      )}
      {toast.element}
    </div>
  );
}
