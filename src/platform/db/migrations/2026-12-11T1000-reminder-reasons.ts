import { sql, type Kysely } from 'kysely';

/*
 * Suggested reminders follow each pipeline's own stage rules (SPEC R7.2),
 * so their reasons no longer name a stage: one key per kind of wait
 * (tasks/domain/reminders.ts), and reason_data holds what a client needs
 * to say it in its language (the stage, its names, the days or the day to
 * resume). Suggestions made under the old per-stage keys take the new key,
 * dedupe key included, so a dismissed suggestion is not made again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reminders add column reason_data jsonb check (jsonb_typeof(reason_data) = 'object')`.execute(db);
  await sql`update reminders set
      reason_key = r.new_key,
      dedupe_key = r.new_key || substr(dedupe_key, length(reminders.reason_key) + 1)
    from (values ('contacted_no_progress', 'stage_follow_up'), ('proposal_follow_up', 'stage_follow_up'),
                 ('dormant_check_in', 'stage_follow_up'), ('lost_revisit', 'stage_revisit')) as r (old_key, new_key)
    where reminders.kind = 'suggested' and reminders.reason_key = r.old_key
      and starts_with(reminders.dedupe_key, r.old_key || ':')`.execute(db);
}
