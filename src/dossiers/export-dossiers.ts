import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { systemClock, type Clock } from '../platform/clock.js';
import type { Db } from '../platform/db/database.js';
import { parseInput } from '../platform/input/input.js';
import { findStage } from '../pipeline/domain/index.js';
import { listPipelines } from '../pipeline/index.js';
import { spreadsheet, type SheetColumn } from '../clients/index.js';
import { dossierPermission } from './domain/index.js';
import { dossierFilterFields } from './dossier-filter.js';
import { walkDossiers } from './list-dossiers.js';
import type { DossierList } from './dossier-lists.js';
import type { DossierListRow } from './dossier-views.js';

export const exportDossiersInput = z
  .object({
    ...dossierFilterFields,
    format: z.enum(['csv', 'xlsx'], { error: 'must be csv or xlsx' }).default('csv'),
    /** The language of the headers and stage names; the route takes it from Accept-Language when left out. */
    language: z.enum(['nl', 'en'], { error: 'must be nl or en' }).default('en'),
  })
  .strict();

const HEADERS = {
  title: { nl: 'Titel', en: 'Title' },
  client: { nl: 'Klant', en: 'Client' },
  stage: { nl: 'Fase', en: 'Stage' },
  owner: { nl: 'Eigenaar', en: 'Owner' },
  source: { nl: 'Bron', en: 'Source' },
  priority: { nl: 'Prioriteit', en: 'Priority' },
  category: { nl: 'Categorie', en: 'Category' },
  value: { nl: 'Waarde (EUR)', en: 'Value (EUR)' },
  close: { nl: 'Verwachte sluitingsdatum', en: 'Expected close date' },
  created: { nl: 'Aangemaakt', en: 'Created' },
} as const;

/**
 * The overview's list as CSV or XLSX (SPEC R4.5): the same filter and
 * order as the list, every match, written by the companies export's writer.
 */
export async function exportDossiers(db: Db, actor: Actor, input: z.input<typeof exportDossiersInput>, clock: Clock = systemClock): Promise<{ filename: string; contentType: string; body: Readable }> {
  const { format, language, ...filter } = parseInput(exportDossiersInput, input);
  authorize(actor, dossierPermission(filter.kind, 'view'));
  authorize(actor, 'exports:run');
  const pipelines = new Map((await listPipelines(db, actor.agencyId, { archived: true })).map((pipeline) => [pipeline.id, pipeline]));
  const stageName = (row: DossierListRow) => {
    const pipeline = pipelines.get(row.pipeline_id);
    return (pipeline && findStage(pipeline, row.stage)?.name[language]) ?? row.stage;
  };
  // Source, priority and category by their name in the agency's lists, as the overview shows them.
  const values = await db.selectFrom('dossier_list_values').select(['list', 'key', 'name_nl', 'name_en']).where('agency_id', '=', actor.agencyId).execute();
  const names = new Map(values.map((value) => [`${value.list}:${value.key}`, language === 'nl' ? value.name_nl : value.name_en]));
  const listName = (list: DossierList, key: string | null) => (key === null ? null : (names.get(`${list}:${key}`) ?? key));
  const columns: SheetColumn<DossierListRow>[] = [
    { key: 'title', header: HEADERS.title[language], kind: 'text', value: (row) => row.title },
    { key: 'client', header: HEADERS.client[language], kind: 'text', value: (row) => row.company_name },
    { key: 'stage', header: HEADERS.stage[language], kind: 'text', value: stageName },
    { key: 'owner', header: HEADERS.owner[language], kind: 'text', value: (row) => row.owner_name },
    { key: 'source', header: HEADERS.source[language], kind: 'text', value: (row) => listName('source', row.source) },
    { key: 'priority', header: HEADERS.priority[language], kind: 'text', value: (row) => listName('priority', row.priority) },
    { key: 'category', header: HEADERS.category[language], kind: 'text', value: (row) => listName('category', row.category) },
    { key: 'value', header: HEADERS.value[language], kind: 'number', value: (row) => (row.value === null ? null : Number(row.value)) },
    { key: 'close', header: HEADERS.close[language], kind: 'date', value: (row) => row.expected_close_date },
    { key: 'created', header: HEADERS.created[language], kind: 'datetime', value: (row) => row.created_at },
  ];
  const plural = filter.kind === 'lead' ? 'leads' : 'opportunities';
  const filename = `${plural}-${clock().toISOString().slice(0, 10)}.${format}`;
  const sheetName = filter.kind === 'lead' ? 'Leads' : 'Opportunities';
  return { filename, ...spreadsheet(format, columns, walkDossiers(db, actor, filter), language, sheetName) };
}
