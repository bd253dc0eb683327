import { useCallback, useEffect, useState, type ReactNode } from 'react';

/** A short message at the bottom of the screen, announced to screen readers. */
export function useToast(): { show(text: string, kind?: 'info' | 'error'): void; element: ReactNode } {
  const [toast, setToast] = useState<{ text: string; kind: 'info' | 'error'; id: number } | null>(null);
  const show = useCallback((text: string, kind: 'info' | 'error' = 'info') => setToast({ text, kind, id: Date.now() }), []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), toast.kind === 'error' ? 6000 : 3000);
    return () => clearTimeout(timer);
  }, [toast]);
  const element = (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && <div className={`toast ${toast.kind}`}>{toast.text}</div>}
    </div>
  );
  return { show, element };
}
