import { sql, type Kysely } from 'kysely';

/*
 * Source, priority and category of a dossier become lists the agency
 * edits (Settings), like contact roles, instead of free text with
 * suggestions.
 *
 * A value has a key (what `dossiers.source` etc. store: immutable, so a
 * rename touches no dossier and no timeline entry) and a Dutch and English
 * name. The database keeps the dossiers to the lists: each column gets a
 * constant generated companion naming its list, and a foreign key
 * (agency_id, list, key) refuses a value that is not in the agency's list
 * and the deletion of a value a dossier still uses (live or deleted:
 * its history names it).
 *
 * Nothing is lost: every agency gets the built-in values (those the
 * suggestions offered), and every value its dossiers already use becomes a
 * value of its list under the same key, named as it was typed.
 */
const statements = [
  `create table dossier_list_values (
    agency_id uuid not null references agencies (id),
    list text not null check (list in ('source', 'priority', 'category')),
    key text not null check (length(key) between 1 and 100),
    name_nl text not null check (length(name_nl) between 1 and 100),
    name_en text not null check (length(name_en) between 1 and 100),
    position integer not null default 0,
    created_at timestamptz not null default now(),
    primary key (agency_id, list, key)
  )`,

  `create function install_dossier_lists_of(p_agency uuid) returns void language plpgsql as $$
    begin
      insert into dossier_list_values (agency_id, list, key, name_nl, name_en, position)
        values (p_agency, 'source', 'website', 'Website', 'Website', 0),
               (p_agency, 'source', 'referral', 'Doorverwijzing', 'Referral', 1),
               (p_agency, 'source', 'linkedin', 'LinkedIn', 'LinkedIn', 2),
               (p_agency, 'source', 'event', 'Evenement', 'Event', 3),
               (p_agency, 'source', 'cold_outreach', 'Koude acquisitie', 'Cold outreach', 4),
               (p_agency, 'source', 'existing_client', 'Bestaande klant', 'Existing client', 5),
               (p_agency, 'priority', 'low', 'Laag', 'Low', 0),
               (p_agency, 'priority', 'normal', 'Normaal', 'Normal', 1),
               (p_agency, 'priority', 'high', 'Hoog', 'High', 2),
               (p_agency, 'category', 'permanent', 'Vaste plaatsing', 'Permanent', 0),
               (p_agency, 'category', 'interim', 'Interim', 'Interim', 1),
               (p_agency, 'category', 'rpo', 'RPO', 'RPO', 2),
               (p_agency, 'category', 'executive_search', 'Executive search', 'Executive search', 3)
        on conflict do nothing;
    end
  $$`,
  `create function install_dossier_lists() returns trigger language plpgsql as $$
    begin
      if not new.platform then
        perform install_dossier_lists_of(new.id);
      end if;
      return null;
    end
  $$`,
  `create trigger agencies_dossier_lists after insert on agencies
    for each row execute function install_dossier_lists()`,
  `select install_dossier_lists_of(id) from agencies where not platform`,

  // The values dossiers already use, after the built-in ones (kept in the order of first use).
  ...(['source', 'priority', 'category'] as const).map(
    (list) => `insert into dossier_list_values (agency_id, list, key, name_nl, name_en, position)
      select agency_id, '${list}', ${list}, ${list}, ${list}, 100 + (row_number() over (partition by agency_id order by min(created_at), ${list}))::integer
        from dossiers where ${list} is not null
        group by agency_id, ${list}
      on conflict do nothing`,
  ),

  ...(['source', 'priority', 'category'] as const).flatMap((list) => [
    `alter table dossiers add column ${list}_list text generated always as ('${list}') stored`,
    `alter table dossiers add constraint dossiers_${list}_list_fkey foreign key (agency_id, ${list}_list, ${list}) references dossier_list_values (agency_id, list, key)`,
  ]),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
