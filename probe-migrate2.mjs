import pg from 'pg';
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/clientpipe_search_probe' });
await c.connect();
for (const t of ['global_companies', 'contacts', 'decision_makers']) await c.query(`alter table ${t} alter column search_name type text collate "C"`).catch(async (e) => { console.log(t, e.message); });
await c.end();
