import { useState, type FormEvent } from 'react';
import type { Locale } from '../../../i18n/messages';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import '../access.css';

/** A value of an agency-edited list: a contact role, a source, a priority or a category. */
export interface NamedValue {
  id: string;
  name: Record<Locale, string>;
  position: number;
}

export interface NameListEditorProps {
  /** The list's own name, heading its add form and labelling its rows. */
  label: string;
  items: readonly NamedValue[];
  busy: boolean;
  error: unknown;
  onAdd(name: Record<Locale, string>, done: () => void): void;
  onChange(id: string, change: { name?: Record<Locale, string>; position?: number }): void;
  onDelete(id: string): void;
}

/**
 * One agency-edited list in Settings: each value with its Dutch and English
 * name (renamed in place), moved up or down, deleted (the server refuses a
 * value in use, in the user's language); and a form to add one. Every
 * control is a labelled input or button, so the keyboard does it all.
 */
export function NameListEditor({ label, items, busy, error, onAdd, onChange, onDelete }: NameListEditorProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ nl: '', en: '' });
  const move = (index: number, by: -1 | 1) => {
    const order = [...items];
    const [item] = order.splice(index, 1);
    order.splice(index + by, 0, item!);
    // Positions become the new order; only those that differ are sent.
    order.forEach((value, position) => value.position !== position && onChange(value.id, { position }));
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = { nl: draft.nl.trim(), en: draft.en.trim() || draft.nl.trim() };
    if (name.nl) onAdd(name, () => setDraft({ nl: '', en: '' }));
  };
  return (
    <div className="name-list">
      <ul className="name-list-rows" aria-label={label}>
        {items.map((item, index) => (
          <NameRow key={`${item.id}:${item.name.nl}:${item.name.en}`} item={item} first={index === 0} last={index === items.length - 1} busy={busy} onMove={(by) => move(index, by)} onChange={onChange} onDelete={onDelete} />
        ))}
      </ul>
      <form className="name-list-add" onSubmit={add} aria-label={t('lists.addTo', { list: label })}>
        <label>
          {t('lists.nameNl')}
          <input value={draft.nl} maxLength={100} required onChange={(e) => setDraft({ ...draft, nl: e.target.value })} />
        </label>
        <label>
          {t('lists.nameEn')}
          <input value={draft.en} maxLength={100} onChange={(e) => setDraft({ ...draft, en: e.target.value })} />
        </label>
        <button type="submit" className="primary" disabled={busy || !draft.nl.trim()}>
          {t('lists.add')}
        </button>
      </form>
      {error ? (
        <p role="alert" className="error">
          {errorText(error, t)}
        </p>
      ) : null}
    </div>
  );
}

function NameRow({ item, first, last, busy, onMove, onChange, onDelete }: { item: NamedValue; first: boolean; last: boolean; busy: boolean; onMove(by: -1 | 1): void } & Pick<NameListEditorProps, 'onChange' | 'onDelete'>) {
  const { t, locale } = useI18n();
  const [name, setName] = useState(item.name);
  const shown = item.name[locale];
  const changed = name.nl.trim() !== item.name.nl || name.en.trim() !== item.name.en;
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (changed && name.nl.trim() && name.en.trim()) onChange(item.id, { name: { nl: name.nl.trim(), en: name.en.trim() } });
  };
  return (
    <li className="name-list-row">
      <form onSubmit={save}>
        <input aria-label={t('lists.nameNlOf', { name: shown })} value={name.nl} maxLength={100} required onChange={(e) => setName({ ...name, nl: e.target.value })} />
        <input aria-label={t('lists.nameEnOf', { name: shown })} value={name.en} maxLength={100} required onChange={(e) => setName({ ...name, en: e.target.value })} />
        <button type="submit" className="link" disabled={busy || !changed}>
          {t('lists.rename')}
        </button>
      </form>
      <span className="name-list-actions">
        <button type="button" className="link" aria-label={t('lists.up', { name: shown })} disabled={busy || first} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="link" aria-label={t('lists.down', { name: shown })} disabled={busy || last} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" className="link danger" aria-label={t('lists.deleteName', { name: shown })} disabled={busy} onClick={() => onDelete(item.id)}>
          {t('lists.delete')}
        </button>
      </span>
    </li>
  );
}
