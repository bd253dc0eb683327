import { connect } from './dist/src/platform/db/connect.js';
import { searchEverything } from './dist/src/clients/search-everything.js';
import { explainGlobalSearch, GLOBAL_QUERIES } from './dist/bench/support/global-search.js';
const url = 'postgres://postgres@127.0.0.1:5432/clientpipe_search_probe';
const actor = {"agencyId":"92ff1c99-9919-4df7-93d1-b2c4622b55a8","userId":"3d4b1bb6-ddd5-440e-92cb-b167a320b7f3","role":"admin"};
const db = await connect({ kind: 'postgres', url, poolSize: 4 });
const queries = process.argv[2] ? [process.argv[2]] : GLOBAL_QUERIES;
for (const q of queries) {
  const t = [];
  for (let i = 0; i < 5; i++) { const s = performance.now(); await searchEverything(db, actor, { q }); t.push(performance.now() - s); }
  console.log(q.padEnd(20), t.map((x) => x.toFixed(0)).join(' '));
}
if (process.argv[3]) console.log(await explainGlobalSearch(url, actor, process.argv[2]));
await db.destroy();
