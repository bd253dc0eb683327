import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type RequestBody, type ResponseBody } from '../../../api/client';

/* Settings → Triggers and a company's groups talk to /api/triggers and /api/groups (docs/automation.md). */

export type RuleList = ResponseBody<'/api/triggers'>;
export type Rule = RuleList['items'][number];
export type BuiltInRule = RuleList['builtIn'][number];
export type RuleBody = RequestBody<'/api/triggers', 'post'>;
export type Group = ResponseBody<'/api/groups'>['items'][number];

const KEYS = { rules: ['triggers'] as const, groups: ['groups'] as const, record: (id: string) => ['record-groups', id] as const };

/** Whose groups: a company's, or a lead's or opportunity's. */
export type GroupRecord = { kind: 'company' | 'dossier'; id: string };

const groupsPath = (record: GroupRecord) => `/api/${record.kind === 'company' ? 'companies' : 'dossiers'}/${encodeURIComponent(record.id)}/groups`;

export function useRules() {
  return useQuery({ queryKey: KEYS.rules, queryFn: () => api<RuleList>('/api/triggers') });
}

export function useGroups() {
  return useQuery({ queryKey: KEYS.groups, queryFn: async () => (await api<{ items: Group[] }>('/api/groups')).items });
}

/** Create (no id) or edit a rule, or switch it on and off. */
export function useSaveRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string | undefined; body: Partial<RuleBody> }) =>
      id ? api<Rule>(`/api/triggers/${encodeURIComponent(id)}`, { method: 'PATCH', body }) : api<Rule>('/api/triggers', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEYS.rules }),
  });
}

export function useSwitchBuiltIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { pipelineId: string; key: BuiltInRule['key']; enabled: boolean }) => api('/api/triggers/built-in', { method: 'POST', body }),
    onSuccess: () => {
      for (const queryKey of [KEYS.rules, ['pipelines'], ['settings', 'pipelines']]) void queryClient.invalidateQueries({ queryKey });
    },
  });
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<Group>('/api/groups', { method: 'POST', body: { name } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEYS.groups }),
  });
}

export function useRecordGroups(record: GroupRecord) {
  return useQuery({ queryKey: KEYS.record(record.id), queryFn: async () => (await api<{ items: Group[] }>(groupsPath(record))).items });
}

/** Puts the record in exactly these groups; its timeline and the group counts change too. */
export function useSetRecordGroups(record: GroupRecord) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (groupIds: string[]) => (await api<{ items: Group[] }>(groupsPath(record), { method: 'PUT', body: { groupIds } })).items,
    onSuccess: (groups) => {
      queryClient.setQueryData(KEYS.record(record.id), groups);
      const timeline = record.kind === 'company' ? ['company', record.id] : ['dossier-timeline', record.id];
      for (const queryKey of [timeline, KEYS.groups]) void queryClient.invalidateQueries({ queryKey });
    },
  });
}
