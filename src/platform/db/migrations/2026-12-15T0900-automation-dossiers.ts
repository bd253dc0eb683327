import { sql, type Kysely } from 'kysely';

/*
 * Trigger rules act on leads and opportunities too (SPEC R4.6,
 * docs/automation.md), so what a rule leaves behind can be about a dossier:
 * a notification waiting in the outbox, a task (reminder) and the
 * notification itself. Each names exactly one record — a company or a
 * dossier — checked here, with composite keys scoped by agency like the
 * existing ones, so a row can never name another agency's dossier.
 */
const statements = [
  `alter table automation_outbox alter column company_id drop not null`,
  `alter table automation_outbox add column dossier_id uuid`,
  `alter table automation_outbox add constraint automation_outbox_record_check check (num_nonnulls(company_id, dossier_id) = 1)`,
  `alter table automation_outbox add constraint automation_outbox_company_fkey foreign key (agency_id, company_id) references companies (agency_id, id)`,
  `alter table automation_outbox add constraint automation_outbox_dossier_fkey foreign key (agency_id, dossier_id) references dossiers (agency_id, id)`,

  `alter table reminders alter column company_id drop not null`,
  `alter table reminders add column dossier_id uuid`,
  `alter table reminders add constraint reminders_record_check check (num_nonnulls(company_id, dossier_id) = 1)`,
  `alter table reminders add constraint reminders_dossier_fkey foreign key (agency_id, dossier_id) references dossiers (agency_id, id)`,
  `create index reminders_dossier_idx on reminders (agency_id, dossier_id, due_at) where dossier_id is not null`,

  `alter table notifications alter column company_id drop not null`,
  `alter table notifications add column dossier_id uuid`,
  `alter table notifications add constraint notifications_record_check check (num_nonnulls(company_id, dossier_id) = 1)`,
  `alter table notifications add constraint notifications_dossier_fkey foreign key (agency_id, dossier_id) references dossiers (agency_id, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
