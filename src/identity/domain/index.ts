export type { Actor, DossierPermission, Permission, Role } from './roles.js';
export { DOSSIER_RESOURCES, RECORD_ACTIONS } from './roles.js';
export { can } from './roles.js';
