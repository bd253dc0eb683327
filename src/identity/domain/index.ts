export type { Actor, Role } from './roles.js';
