import type { Place } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useDebouncedText } from '../hooks/useDebouncedText';
import { useIndustries, usePlaces } from '../hooks/useDiscovery';
import { isProvinceParam, MIN_HOTNESS_CHOICES, MIN_OPEN_JOBS_CHOICES, placeParam, RADIUS_CHOICES, type DiscoveryFilters } from '../utils/discovery-filters';
import { PlaceInput } from './PlaceInput';

export interface DiscoveryFiltersBarProps {
  filters: DiscoveryFilters;
  /** `typing`: a refinement of text already searched, which replaces the history entry. */
  onChange(changes: Partial<DiscoveryFilters>, options?: { typing?: boolean }): void;
}

const DEFAULT_CITY_RADIUS_KM = 25;

/** Industry, place and radius, skills, minimum open jobs and hotness, and the no-agencies filter. */
export function DiscoveryFiltersBar({ filters, onChange }: DiscoveryFiltersBarProps) {
  const { t, formatNumber } = useI18n();
  const industries = useIndustries();
  const [skills, setSkills] = useDebouncedText(filters.skills, (text) => onChange({ skills: text }, { typing: filters.skills !== '' && text !== '' }));
  // The place's kind decides the radius choices; after a reload only its name is known.
  const province = isProvinceParam(filters.place);
  const found = usePlaces(filters.place, filters.place !== '' && !province).data?.find((p) => p.name.toLowerCase() === filters.place.toLowerCase());
  const placeKind = province ? 'region' : found?.kind;
  const choosePlace = (chosen: Place | null) =>
    onChange({ place: chosen ? placeParam(chosen) : '', radiusKm: chosen === null ? null : chosen.kind === 'city' ? (filters.radiusKm ?? DEFAULT_CITY_RADIUS_KM) : null });
  const number = (value: string) => (value === '' ? null : Number(value));
  const withCurrent = (choices: readonly number[], current: number | null) => (current === null || choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b));

  return (
    <div className="filters" role="group" aria-label={t('filters.title')}>
      <select aria-label={t('filters.industry')} value={filters.industry} onChange={(e) => onChange({ industry: e.target.value })} className="filter-industry">
        <option value="">{t('filters.allIndustries')}</option>
        {filters.industry && !industries.data?.some((i) => i.industry === filters.industry) && <option value={filters.industry}>{filters.industry}</option>}
        {industries.data?.map((i) => (
          <option key={i.industry} value={i.industry}>
            {i.industry} ({formatNumber(i.companies)})
          </option>
        ))}
      </select>
      <div className="filter-place">
        <PlaceInput value={filters.place} onChange={choosePlace} />
        <select
          aria-label={t('filters.radius')}
          value={filters.radiusKm ?? ''}
          disabled={!filters.place}
          onChange={(e) => onChange({ radiusKm: number(e.target.value) })}
        >
          {(!filters.place || placeKind !== 'city') && (
            <option value="">{!filters.place ? t('filters.radius') : placeKind === 'country' ? t('filters.wholeCountry') : t('filters.wholeRegion')}</option>
          )}
          {withCurrent(RADIUS_CHOICES, filters.radiusKm).map((km) => (
            <option key={km} value={km}>
              {t('filters.withinKm', { km })}
            </option>
          ))}
        </select>
      </div>
      <input
        type="search"
        className="filter-skills"
        aria-label={t('filters.skills')}
        placeholder={t('filters.skillsPlaceholder')}
        value={skills}
        onChange={(e) => setSkills(e.target.value)}
      />
      <select aria-label={t('filters.minOpenJobs')} value={filters.minOpenJobs ?? ''} onChange={(e) => onChange({ minOpenJobs: number(e.target.value) })}>
        <option value="">{t('filters.anyOpenJobs')}</option>
        {withCurrent(MIN_OPEN_JOBS_CHOICES, filters.minOpenJobs).map((n) => (
          <option key={n} value={n}>
            {t('filters.atLeastJobs', { count: formatNumber(n) })}
          </option>
        ))}
      </select>
      <select aria-label={t('filters.minHotness')} value={filters.minHotness ?? ''} onChange={(e) => onChange({ minHotness: number(e.target.value) })}>
        <option value="">{t('filters.anyHotness')}</option>
        {withCurrent(MIN_HOTNESS_CHOICES, filters.minHotness).map((n) => (
          <option key={n} value={n}>
            {t('filters.atLeastHotness', { value: n })}
          </option>
        ))}
      </select>
      <select
        aria-label={t('filters.noAgencies')}
        value={filters.noAgencies ?? ''}
        onChange={(e) => onChange({ noAgencies: e.target.value === 'hide' || e.target.value === 'only' ? e.target.value : null })}
      >
        <option value="">{t('filters.noAgencies.all')}</option>
        <option value="hide">{t('filters.noAgencies.hide')}</option>
        <option value="only">{t('filters.noAgencies.only')}</option>
      </select>
    </div>
  );
}
