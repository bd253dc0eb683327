import { sql, type Kysely } from 'kysely';

/*
 * A firing no longer locks its rule (docs/automation.md, "Cost"). The
 * foreign key from automation_firings to automation_rules made every firing
 * take a KEY SHARE lock on its rule's row; with many moves at once matching
 * one rule, PostgreSQL shares that lock through multixacts, and the
 * firings queued on that one row (bench/status-change: 0.71 of a move
 * without rules, 0.86 without the key). The key guarded two things, and
 * both now hold without it: a firing names a rule the engine read in the
 * same transaction, and a rule is never deleted (switched off instead;
 * its firings are its history), which the database now enforces.
 */
const statements = [
  `alter table automation_firings drop constraint automation_firings_agency_id_rule_id_fkey`,
  `create function reject_automation_rule_delete() returns trigger language plpgsql as $$
    begin
      raise exception 'trigger rules are switched off, not deleted: their firings are their history'
        using errcode = 'insufficient_privilege';
    end
  $$`,
  `create trigger automation_rules_kept before delete on automation_rules for each row execute function reject_automation_rule_delete()`,
  `create trigger automation_rules_kept_from_truncate before truncate on automation_rules for each statement execute function reject_automation_rule_delete()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
