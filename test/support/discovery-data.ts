import { Readable } from 'node:stream';
import type { Db } from '../../src/platform/db/database.js';
import { importRecords, type ImportKind } from '../../src/discovery/import/import-records.js';
import { readRecords } from '../../src/discovery/import/read-records.js';
import { DAY_MS } from '../../src/platform/time/days.js';

/** Imports rows as a JSON Lines file would hold them, judged against `today`. */
export async function importRows(db: Db, kind: ImportKind, rows: readonly object[], today: Date) {
  const file = Readable.from([rows.map((row) => JSON.stringify(row)).join('\n')]);
  return importRecords(db, kind, readRecords(file, 'jsonl'), undefined, () => today);
}


/**
 * Five companies whose names share the word `tag`, for search tests:
 * zorg (Utrecht, hottest), software (Amersfoort, ~20 km from Utrecht),
 * bouw (Groningen, refuses agencies), unplaced (no coordinates) and stil
 * (Utrecht, no jobs).
 */
export async function discoveryCompanies(db: Db, tag: string, today: Date) {
  const site = (key: string) => `${key}-${tag.toLowerCase()}.nl`;
  const daysAgo = (days: number) => new Date(today.getTime() - days * DAY_MS).toISOString();
  await importRows(
    db,
    'companies',
    [
      { name: `${tag} Zorggroep`, website: site('zorg'), industry: 'Hospitals and Health Care', location: 'Utrecht', description: 'Verpleeghuis met veel verpleegkundigen.' },
      { name: `${tag} Software`, website: site('software'), industry: 'Software Development', location: 'Amersfoort', description: 'Wij bouwen apps.' },
      { name: `${tag} Bouw`, website: site('bouw'), industry: 'Construction', location: 'Groningen' },
      { name: `${tag} Onbekend`, website: site('onbekend'), industry: 'Software Development', location: 'Nederland' },
      { name: `${tag} Stil`, website: site('stil'), industry: 'Retail', location: 'Utrecht' },
    ],
    today,
  );
  const job = (key: string, n: number, extra: object) => ({ company_website: site(key), title: `Vacature ${n}`, source: 'test', external_id: `${tag}-${key}-${n}`, ...extra });
  await importRows(
    db,
    'jobs',
    [
      job('zorg', 1, { skills: ['Wondzorg', 'BIG-registratie'], posted_at: daysAgo(3) }),
      job('zorg', 2, { skills: ['Wondzorg'], posted_at: daysAgo(10) }),
      job('zorg', 3, { skills: ['Triage'], posted_at: daysAgo(20) }),
      job('software', 1, { skills: ['TypeScript'], posted_at: daysAgo(40) }),
      job('software', 2, { skills: ['React'], posted_at: daysAgo(200), closed_at: daysAgo(150) }),
      job('bouw', 1, { skills: ['VCA'], posted_at: daysAgo(50) }),
      job('bouw', 2, { skills: ['BIM'], posted_at: daysAgo(55), description: 'Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.' }),
      job('onbekend', 1, { skills: ['TypeScript', 'React'], posted_at: daysAgo(100) }),
    ],
    today,
  );
  const ids = await db.selectFrom('global_companies').select(['id', 'website_domain']).where('name', 'like', `${tag} %`).execute();
  const idOf = (key: string) => ids.find((row) => row.website_domain === site(key))!.id;
  return { zorg: idOf('zorg'), software: idOf('software'), bouw: idOf('bouw'), onbekend: idOf('onbekend'), stil: idOf('stil') };
}
