import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { Icon } from '../../../shared/Icon';
import { useGlobalSearch } from '../hooks/useGlobalSearch';
import { GROUPS, moveActive, searchOptions, type SearchOption } from '../utils/search-options';

/**
 * The command palette (Ctrl-K, ⌘-K, the top bar's box): a modal dialog
 * with the WAI-ARIA combobox pattern. Focus stays in the text field (Tab
 * does not leave the dialog); the arrow keys move the active option across
 * the groups (aria-activedescendant), Enter opens it, Esc or a click
 * outside closes and gives focus back to what opened it.
 */
export function SearchPalette({ initialText, onClose }: { initialText: string; onClose(): void }) {
  const { t, locale, formatNumber } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState(initialText);
  const [active, setActive] = useState(-1);
  const { q, results, isFetching, error } = useGlobalSearch(text);
  const options = useMemo(() => (results ? searchOptions(results) : []), [results]);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (option: SearchOption) => `${id}-${option.key}`;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    input.current?.focus();
    return () => opener?.focus();
  }, []);
  // New results: the best one is active, so Enter opens it.
  useEffect(() => setActive(options.length > 0 ? 0 : -1), [options]);
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(options[active]!))?.scrollIntoView({ block: 'nearest' });
  }, [active, options]);

  const open = (option: SearchOption) => {
    onClose();
    void navigate(option.href);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => moveActive(current, event.key === 'ArrowDown' ? 1 : -1, options.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0 && options[active]) open(options[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // The dialog's one control: focus stays here.
      event.preventDefault();
    }
  };

  const status = q === null ? t('search.typeMore') : error ? errorText(error, t) : !results ? t('search.searching') : options.length === 0 ? t('search.none', { q }) : t('search.count', { count: formatNumber(options.length) });

  const detailOf = (option: SearchOption) => {
    const d = option.detail;
    if (d.kind === 'stage') {
      return (
        <>
          <span className="stage-dot" style={{ background: d.stage.color }} aria-hidden="true" />
          {d.stage.name[locale]} · {d.pipeline[locale]}
          {d.place ? ` · ${d.place}` : ''}
        </>
      );
    }
    if (d.kind === 'shared') {
      return [d.place, d.industry, t('search.openJobs', { count: formatNumber(d.openJobs) })].filter(Boolean).join(' · ');
    }
    return [d.title, t('search.atCompany', { company: d.company })].filter(Boolean).join(' · ');
  };

  return (
    <div className="palette-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label={t('search.dialog')}>
        <div className="palette-field">
          <Icon name="search" />
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-label={t('search.label')}
            aria-expanded={options.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={active >= 0 && options[active] ? optionId(options[active]) : undefined}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
          {isFetching && <span className="palette-busy" aria-hidden="true" />}
        </div>
        <div id={listId} role="listbox" aria-label={t('search.results')} className="palette-list">
          {GROUPS.map((group) => {
            const inGroup = options.filter((option) => option.group === group);
            if (inGroup.length === 0) return null;
            const headingId = `${id}-${group}`;
            return (
              <div key={group} role="group" aria-labelledby={headingId} className="palette-group">
                <div id={headingId} className="palette-heading" role="presentation">
                  {t(`search.group.${group}`)}
                </div>
                {inGroup.map((option) => {
                  const index = options.indexOf(option);
                  return (
                    <div
                      key={option.key}
                      id={optionId(option)}
                      role="option"
                      aria-selected={index === active}
                      className={index === active ? 'palette-option active' : 'palette-option'}
                      onMouseMove={() => index !== active && setActive(index)}
                      onClick={() => open(option)}
                    >
                      <span className="palette-label">{option.label}</span>
                      <span className="palette-detail">{detailOf(option)}</span>
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
        <div className="palette-foot">
          <span role="status" aria-live="polite">
            {status}
          </span>
          <span className="palette-hint" aria-hidden="true">
            {t('search.hint')}
          </span>
        </div>
      </div>
    </div>
  );
}
