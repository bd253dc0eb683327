import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, type RecordedView } from '../api/client';

/**
 * Records "last viewed" once per opened page with its own POST (reading a
 * company is a pure GET), when `ready` (after the page has read the view
 * before this one). Answers that previous view; discovery's lists refresh
 * so they show the new one.
 */
export function useRecordView(path: string, ready = true): RecordedView | null {
  const queryClient = useQueryClient();
  const recorded = useRef<string | null>(null);
  const [view, setView] = useState<RecordedView | null>(null);
  useEffect(() => {
    if (!ready || recorded.current === path) return;
    recorded.current = path;
    setView(null);
    api<RecordedView>(path, { method: 'POST' })
      .then((answer) => {
        setView(answer);
        void queryClient.invalidateQueries({ queryKey: ['discovery'] });
      })
      // Not being able to note a view must not disturb the page.
      .catch(() => undefined);
  }, [path, ready, queryClient]);
  return view;
}
