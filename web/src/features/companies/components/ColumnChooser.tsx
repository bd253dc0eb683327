import { useCallback, useRef, useState } from 'react';
import type { Pipeline } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { useDismiss } from '../../../shared/useDismiss';
import { COLUMNS, toggleColumn } from '../utils/columns';

/** Which columns the list shows (kept in the address and with a saved view); the name always is. */
export function ColumnChooser({ columns, pipeline, onChange }: { columns: string[]; pipeline: Pipeline | undefined; onChange(columns: string[]): void }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useDismiss(open, root, useCallback(() => setOpen(false), []));
  const options = [
    ...COLUMNS.map((column) => ({ key: column.key, label: t(column.label) })),
    ...(pipeline?.fields ?? []).map((field) => ({ key: `field.${field.key}`, label: field.label[locale] })),
  ];
  return (
    <div className="menu-anchor" ref={root}>
      <button type="button" aria-expanded={open} aria-controls="column-chooser" onClick={() => setOpen((o) => !o)}>
        {t('companies.columns')}
      </button>
      {open && (
        <fieldset id="column-chooser" className="card popover column-chooser">
          <legend>{t('companies.columns.title')}</legend>
          {options.map((option) => (
            <label key={option.key} className="check">
              <input type="checkbox" checked={option.key === 'name' || columns.includes(option.key)} disabled={option.key === 'name'} onChange={() => onChange(toggleColumn(columns, option.key))} />
              {option.label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
