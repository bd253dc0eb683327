export type { Actor, DossierKind, DossierPermission, Permission, RecordPermission, Role, RoleKey } from './roles.js';
export { ADMIN_PERMISSIONS, AGENCY_PERMISSIONS, DOSSIER_KINDS, DOSSIER_RESOURCES, RECORD_ACTIONS, RECORD_RESOURCES } from './roles.js';
export { can } from './roles.js';
