import { useQuery } from '@tanstack/react-query';
import { api, type AgencyRoleView, type Me } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const BUILT_IN = new Set(['admin', 'manager', 'recruiter', 'viewer', 'operator']);

/**
 * A role's name in the UI's language: the agency's own roles by their
 * names (GET /api/roles), the built-in ones by the app's labels (also
 * before the list arrives, and for the operator, who has no agency roles).
 */
export function useRoleName(): (key: string) => string {
  const { t, locale } = useI18n();
  const roles = useQuery({ queryKey: ['roles'], queryFn: async () => (await api<{ items: AgencyRoleView[] }>('/api/roles')).items, staleTime: 30_000 });
  return (key: string) => {
    if (BUILT_IN.has(key)) return t(`role.${key}` as MessageKey);
    return roles.data?.find((role) => role.key === key)?.name[locale] ?? key;
  };
}

/**
 * The logged-in user's own role in the UI's language, as `/api/me` names
 * it: without asking GET /api/roles, which a role without companies:view
 * may not read. The built-in ones by the app's labels.
 */
export function useOwnRoleName(me: Pick<Me, 'role' | 'roleName'>): string {
  const { t, locale } = useI18n();
  if (BUILT_IN.has(me.role)) return t(`role.${me.role}` as MessageKey);
  return me.roleName?.[locale] ?? me.role;
}

/** Whether the logged-in user holds a permission (as /api/me serves them); the server stays the judge. */
export function holds(me: { permissions: readonly string[] } | null | undefined, permission: string): boolean {
  return me?.permissions.includes(permission) ?? false;
}
