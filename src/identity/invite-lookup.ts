import { DomainError } from '../platform/errors.js';
import type { Executor } from '../platform/db/database.js';
import { plainString } from '../platform/input/input.js';
import { hashSecret } from './secrets.js';

/** An invite's secret as the invitee sends it back (the part of the link after `#`). */
export const inviteToken = plainString().min(1, { error: 'must not be empty' }).max(200);

/*
 * Every way an invite link fails is a not-found for the one holding it,
 * each with its own words (the holder has the secret, so saying why gives
 * nothing away): unknown, used, withdrawn, expired.
 */
const invalid = (message: string) => new DomainError('NOT_FOUND', message, { entity: 'Invite', id: '' });

/**
 * The invite a secret stands for, if it can still be accepted at `now`;
 * `lock` holds its row until the transaction ends (two accepts at once:
 * the second waits, then finds it used).
 */
export async function findOpenInvite(trx: Executor, token: string, now: Date, options: { lock?: boolean } = {}) {
  const row = await trx
    .selectFrom('invites as i')
    .innerJoin('agencies as a', 'a.id', 'i.agency_id')
    .select(['i.agency_id', 'i.id', 'i.email', 'i.name', 'i.role', 'i.expires_at', 'i.accepted_at', 'i.revoked_at', 'a.name as agency_name'])
    .where('i.token_hash', '=', hashSecret(token))
    .$if(options.lock === true, (qb) => qb.forUpdate('i'))
    .executeTakeFirst();
  if (!row) throw invalid('This invite link is not valid. Check that you copied all of it, or ask your admin for a new one.');
  if (row.accepted_at) throw invalid('This invite link was already used. Log in with your e-mail address and password.');
  if (row.revoked_at) throw invalid('This invite was withdrawn. Ask your admin for a new one.');
  if (row.expires_at <= now) throw invalid('This invite link has expired. Ask your admin for a new one.');
  return row;
}

