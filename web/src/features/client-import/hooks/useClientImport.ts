import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiLanguage, ApiError, type ClientImportBatch, type ClientImportOptions, type ClientImportPlan, type ProblemDetail } from '../../../api/client';

/** The content type to send a chosen file as: XLSX by its name, anything else as CSV (the server reads the content either way). */
export function fileContentType(name: string): string {
  return /\.xlsx$/i.test(name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
}

/** Uploads the file as the request body; answers with the first plan. */
export function useUploadClientFile() {
  return useMutation({
    mutationFn: async (file: File): Promise<ClientImportPlan> => {
      let response: Response;
      try {
        response = await fetch(`/api/client-imports/files?name=${encodeURIComponent(file.name.slice(0, 300))}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': fileContentType(file.name), 'accept-language': apiLanguage() },
          body: file,
        });
      } catch {
        throw new ApiError(0, '', '');
      }
      const data = (await response.json().catch(() => ({}))) as ClientImportPlan & Partial<ProblemDetail>;
      if (!response.ok) throw new ApiError(response.status, data.type ?? '', data.detail ?? '', undefined, undefined, data.issues ?? []);
      return data;
    },
  });
}

/** What the file would do with these mappings; writes nothing. */
export function useDryRun() {
  return useMutation({ mutationFn: (options: ClientImportOptions) => api<ClientImportPlan>('/api/client-imports/dry-run', { method: 'POST', body: options }) });
}

/** Starts the import; the batch it answers with is then polled. */
export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (options: ClientImportOptions) => api<ClientImportBatch>('/api/client-imports', { method: 'POST', body: options }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['client-imports'] }),
  });
}

/** A batch, polled twice a second while it runs; the board and lists are refreshed once it ends. */
export function useBatch(batchId: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['client-import', batchId],
    enabled: batchId !== null,
    queryFn: async () => {
      const batch = await api<ClientImportBatch>(`/api/client-imports/${batchId}`);
      if (batch.status !== 'running') {
        for (const key of ['client-imports', 'board', 'companies', 'dashboard']) void queryClient.invalidateQueries({ queryKey: [key] });
      }
      return batch;
    },
    refetchInterval: (query) => (query.state.data?.status === 'running' || !query.state.data ? 500 : false),
  });
}

/** The agency's batches, newest first. */
export function useBatches() {
  return useQuery({ queryKey: ['client-imports'], queryFn: async () => (await api<{ items: ClientImportBatch[] }>('/api/client-imports')).items });
}

/** Undoes a whole batch. */
export function useUndoImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batchId: string) => api<ClientImportBatch>(`/api/client-imports/${batchId}/undo`, { method: 'POST' }),
    onSuccess: () => {
      for (const key of ['client-imports', 'board', 'companies', 'dashboard']) void queryClient.invalidateQueries({ queryKey: [key] });
    },
  });
}
