import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { Icon } from '../../../shared/Icon';
import { isPaletteShortcut } from '../utils/shortcut';
import { SearchPalette } from './SearchPalette';

/**
 * The top bar's search box and the palette it opens. The box is a button
 * that looks like a field (one tab stop; Enter, a click or typing opens the
 * palette); Ctrl-K or ⌘-K opens it from anywhere, even from another field.
 */
export function GlobalSearch() {
  const { t } = useI18n();
  const [open, setOpen] = useState<{ text: string } | null>(null);
  const mac = typeof navigator !== 'undefined' && /mac|iphone|ipad/i.test(navigator.platform);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return;
      event.preventDefault();
      setOpen((current) => current ?? { text: '' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className="search-box"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => setOpen({ text: '' })}
        onKeyDown={(event) => {
          // A letter typed on the box starts the search with it.
          if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
            event.preventDefault();
            setOpen({ text: event.key });
          }
        }}
      >
        <Icon name="search" size={16} />
        <span className="search-box-text">{t('search.open')}</span>
        <kbd className="search-box-kbd" aria-hidden="true">{mac ? '⌘K' : t('search.shortcut')}</kbd>
      </button>
      {open && <SearchPalette initialText={open.text} onClose={() => setOpen(null)} />}
    </>
  );
}
