import { sql, type Kysely } from 'kysely';

/**
 * Follow-up reminders (SPEC R7.2) and in-app notifications of new jobs
 * (R7.1). Both are agency-owned and reference companies and users through
 * (agency_id, id) pairs, like contacts.
 *
 * Suggested reminders carry a dedupe key (rule, company, the moment the
 * wait started), unique per agency, so the periodic job can insert them
 * again and again and get each one once. Notifications are unique per
 * (agency, user, dedupe key) for the same reason.
 *
 * A job is news once: `jobs.notified_at` is set in the same transaction
 * that writes its notifications, so a crash leaves both or neither, and a
 * job imported by a transaction that commits late is still picked up (a
 * created_at watermark would skip it). Jobs already in the table are not
 * news, so they start notified.
 */
const statements = [
  `create table reminders (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    user_id uuid not null,
    due_at timestamptz not null,
    note text check (length(note) between 1 and 5000),
    kind text not null check (kind in ('manual', 'suggested')),
    reason_key text check (reason_key ~ '^[a-z_]{1,64}$'),
    dedupe_key text check (length(dedupe_key) <= 300),
    created_by uuid,
    created_at timestamptz not null,
    done_at timestamptz,
    done_by uuid,
    primary key (agency_id, id),
    foreign key (agency_id, company_id) references companies (agency_id, id),
    foreign key (agency_id, user_id) references users (agency_id, id),
    foreign key (agency_id, created_by) references users (agency_id, id),
    foreign key (agency_id, done_by) references users (agency_id, id),
    check ((kind = 'suggested') = (reason_key is not null and dedupe_key is not null)),
    check ((kind = 'manual') = (created_by is not null)),
    check (done_by is null or done_at is not null)
  )`,
  `create index reminders_company_idx on reminders (agency_id, company_id, due_at)`,
  // The routine's due list and the stale rule's "reminder ahead" read open reminders only.
  `create index reminders_open_idx on reminders (agency_id, due_at) where done_at is null`,
  `create unique index reminders_dedupe_key on reminders (agency_id, dedupe_key) where dedupe_key is not null`,

  `create table notifications (
    agency_id uuid not null references agencies (id),
    id uuid not null default gen_random_uuid(),
    user_id uuid not null,
    kind text not null check (kind in ('new_jobs')),
    company_id uuid not null,
    payload jsonb not null default '{}',
    dedupe_key text not null check (length(dedupe_key) <= 300),
    created_at timestamptz not null,
    read_at timestamptz,
    primary key (agency_id, id),
    foreign key (agency_id, user_id) references users (agency_id, id),
    foreign key (agency_id, company_id) references companies (agency_id, id),
    unique (agency_id, user_id, dedupe_key)
  )`,
  `create index notifications_inbox_idx on notifications (agency_id, user_id, created_at desc, id desc)`,
  `create index notifications_unread_idx on notifications (agency_id, user_id) where read_at is null`,

  // now() is stable: every existing row gets the same value, without a rewrite.
  `alter table jobs add column notified_at timestamptz default now()`,
  `alter table jobs alter column notified_at drop default`,
  `create index jobs_unnotified_idx on jobs (global_company_id) where notified_at is null`,
  // Which agencies follow a shared company whose jobs arrived: the one lookup that crosses agencies.
  `create index companies_followers_idx on companies (global_company_id) where deleted_at is null`,

  // Meetings by their time: ISO strings in UTC sort as the moments they name.
  `create index client_company_activities_meetings_idx
    on client_company_activities (agency_id, (extra_data->>'at')) where activity_type = 'meeting_scheduled'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
