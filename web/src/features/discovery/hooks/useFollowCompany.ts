import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { api, ApiError, type GlobalCompanyResult, type SearchPage } from '../../../api/client';

type Saved = Pick<GlobalCompanyResult, 'hasSaved' | 'companyId'>;

/**
 * Follows a shared company: it enters the chosen pipeline's entry stage
 * (the agency's default pipeline unless another is chosen). The search
 * results and the detail show it as followed at once; when the agency
 * already followed it, that record is what the row links to.
 */
export function useFollowCompany() {
  const queryClient = useQueryClient();
  const mark = (globalCompanyId: string, saved: Saved) => {
    queryClient.setQueriesData<InfiniteData<SearchPage>>({ queryKey: ['discovery'] }, (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => ({ ...page, items: page.items.map((hit) => (hit.id === globalCompanyId ? { ...hit, ...saved } : hit)) })),
      },
    );
    queryClient.setQueryData<GlobalCompanyResult>(['global-company', globalCompanyId], (company) => company && { ...company, ...saved });
  };
  return useMutation({
    mutationFn: async ({ globalCompanyId, pipelineId }: { globalCompanyId: string; name: string; pipelineId?: string | undefined }): Promise<string> => {
      try {
        return (await api<{ company: { id: string } }>('/api/companies', { method: 'POST', body: { globalCompanyId, pipelineId } })).company.id;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.existingCompanyId) return error.existingCompanyId;
        throw error;
      }
    },
    onMutate: async ({ globalCompanyId }) => {
      await queryClient.cancelQueries({ queryKey: ['discovery'] });
      mark(globalCompanyId, { hasSaved: true, companyId: null });
    },
    onSuccess: (companyId, { globalCompanyId }) => mark(globalCompanyId, { hasSaved: true, companyId }),
    onError: (_error, { globalCompanyId }) => mark(globalCompanyId, { hasSaved: false, companyId: null }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['discovery'] });
      void queryClient.invalidateQueries({ queryKey: ['board'] });
    },
  });
}
