import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Pipeline } from '../../../api/client';
import { boardPipelines, choosePipeline, storageKey } from '../utils/pipeline-choice';
import { usePipelineList } from './useBoard';

function remembered(userId: string): string | null {
  try {
    return localStorage.getItem(storageKey(userId));
  } catch {
    return null; // storage refused (private mode): the address and the default still work
  }
}

/**
 * Which pipeline the board shows: `?pipeline=` in the address (so a link
 * opens that board), else the one this user last chose in this browser,
 * else the agency's default. Choosing one writes both.
 */
export function usePipelineChoice(userId: string): { pipelineId: string | undefined; pipelines: Pipeline[] | undefined; choose(id: string): void } {
  const [params, setParams] = useSearchParams();
  const list = usePipelineList();
  const [stored, setStored] = useState(() => remembered(userId));
  const pipelines = list.data ? boardPipelines(list.data) : undefined;
  const choose = useCallback(
    (id: string) => {
      try {
        localStorage.setItem(storageKey(userId), id);
      } catch {
        // Not remembered in this browser; the address still says it.
      }
      setStored(id);
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('pipeline', id);
          return next;
        },
        { replace: true },
      );
    },
    [userId, setParams],
  );
  return { pipelineId: choosePipeline(params.get('pipeline'), stored, pipelines), pipelines, choose };
}
