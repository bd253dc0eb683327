import type { Db } from '../platform/db/database.js';
import { hashSecret } from './secrets.js';

/** Ends a session; unknown tokens are ignored so logging out twice is harmless. */
export async function logOut(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashSecret(token)).execute();
}
