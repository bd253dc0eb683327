export type { Actor, Role } from './roles.js';
export { can } from './roles.js';
