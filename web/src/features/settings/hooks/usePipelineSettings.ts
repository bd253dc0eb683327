import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { LocalizedText, Pipeline, PipelineDefinition, PipelineTemplate } from '../../../../../src/pipeline/domain/pipeline.js';

/*
 * Settings → Pipelines talks to /api/pipelines and /api/pipeline-templates.
 * The types are the domain's (src/pipeline/domain/pipeline.ts), which the
 * API's response schema mirrors. Its own query keys live under `settings`:
 * the shared ['pipelines'] key holds other shapes (the default pipeline's
 * stages), so a change here invalidates that and the board as well.
 */
const KEYS = {
  list: (archived: boolean) => ['settings', 'pipelines', { archived }] as const,
  one: (id: string) => ['settings', 'pipeline', id] as const,
  templates: ['settings', 'pipeline-templates'] as const,
};

/** PATCH /api/pipelines/:id: the version the edit starts from, and what changes. */
export interface PipelineChange {
  version: number;
  definition?: PipelineDefinition;
  name?: LocalizedText;
  isDefault?: boolean;
  archived?: boolean;
  /** Where the records of each stage being archived go. */
  moves?: Record<string, string>;
}

/** POST /api/pipelines: a new pipeline from a template. */
export interface NewPipeline {
  templateKey: string;
  name?: LocalizedText;
  isDefault?: boolean;
}

/** The agency's pipelines, default first; archived ones too when asked. */
export function usePipelineList(archived: boolean) {
  return useQuery({
    queryKey: KEYS.list(archived),
    queryFn: async () => (await api<{ items: Pipeline[] }>(archived ? '/api/pipelines?archived=true' : '/api/pipelines')).items,
  });
}

export function usePipelineTemplates() {
  return useQuery({
    queryKey: KEYS.templates,
    queryFn: async () => (await api<{ items: PipelineTemplate[] }>('/api/pipeline-templates')).items,
    staleTime: Infinity,
  });
}

export function usePipeline(id: string, enabled = true) {
  return useQuery({ queryKey: KEYS.one(id), queryFn: () => api<Pipeline>(`/api/pipelines/${encodeURIComponent(id)}`), enabled, retry: false });
}

/** Everything that shows a pipeline: this screen, the shared stage list, the board, the dashboard. */
function refreshPipelines(queryClient: QueryClient, saved?: Pipeline) {
  if (saved) queryClient.setQueryData(KEYS.one(saved.id), saved);
  for (const queryKey of [['settings', 'pipelines'], ['pipelines'], ['board'], ['analytics']]) void queryClient.invalidateQueries({ queryKey });
}

export function useCreatePipeline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewPipeline) => api<Pipeline>('/api/pipelines', { method: 'POST', body: input }),
    onSuccess: (created) => refreshPipelines(queryClient, created),
  });
}

/** One PATCH: the answer is the pipeline at its new version. */
export function useChangePipeline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: PipelineChange }) =>
      api<Pipeline>(`/api/pipelines/${encodeURIComponent(id)}`, { method: 'PATCH', body: change }),
    onSuccess: (saved) => refreshPipelines(queryClient, saved),
  });
}

/** After a 409 the editor loads the latest version again. */
export function useReloadPipeline() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.fetchQuery({ queryKey: KEYS.one(id), queryFn: () => api<Pipeline>(`/api/pipelines/${encodeURIComponent(id)}`), staleTime: 0 });
}
