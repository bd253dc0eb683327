import { can, type Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';

/**
 * Before a dossier is read by its id, when its kind is not known yet: who
 * may `action` neither leads nor opportunities (an operator, a role
 * without them, both kinds switched off) is refused as a company route
 * refuses, before anything is read, rather than told whether the id
 * exists. The dossier's own kind is checked once it is read.
 */
export function authorizeEitherKind(actor: Actor, action: 'view' | 'create' | 'edit' | 'delete'): void {
  if (!can(actor, `opportunities:${action}`)) authorize(actor, `leads:${action}`);
}
