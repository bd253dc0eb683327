import { useId, useState, type KeyboardEvent } from 'react';
import type { Place } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { usePlaces } from '../hooks/useDiscovery';

export interface PlaceInputProps {
  /** The chosen place's name; empty for none. */
  value: string;
  onChange(place: Place | null): void;
}

const KIND_LABELS: Record<Place['kind'], MessageKey> = { city: 'place.city', region: 'place.region', country: 'place.country' };

/** A place, region or "Nederland" picked from the gazetteer as you type (an ARIA combobox). */
export function PlaceInput({ value, onChange }: PlaceInputProps) {
  const { t } = useI18n();
  const listId = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The URL changed from outside (back, forward, "clear filters"): show it.
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  const places = usePlaces(text.trim(), open);
  const describe = (place: Place) => [t(KIND_LABELS[place.kind]), place.kind === 'city' ? place.province : null].filter(Boolean).join(' · ');
  const options = places.data ?? [];

  const choose = (place: Place | null) => {
    setOpen(false);
    setText(place?.name ?? '');
    onChange(place);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length === 0 ? 0 : (i + step + options.length) % options.length));
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setText(value);
    }
  };

  return (
    <div className="combobox">
      <input
        type="search"
        role="combobox"
        aria-label={t('filters.place')}
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        placeholder={t('filters.placePlaceholder')}
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
          if (event.target.value === '' && value) choose(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          // Only a place from the list counts; typed text that was not chosen goes back.
          if (text !== value) setText(value);
        }}
        onKeyDown={onKeyDown}
      />
      {open && options.length > 0 && (
        <ul className="combobox-options" id={listId} role="listbox" aria-label={t('filters.place')}>
          {options.map((place, index) => (
            <li
              key={`${place.kind}-${place.name}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : ''}
              // Chosen on mouse down, before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(place);
              }}
              onMouseEnter={() => setActive(index)}
              aria-label={`${place.name}, ${describe(place)}`}
            >
              <span className="option-name">{place.name}</span>
              <span className="option-meta">{describe(place)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
