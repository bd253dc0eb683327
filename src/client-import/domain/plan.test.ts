import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recruitmentBd } from '../../pipeline/domain/index.js';
import { readImportFile } from '../read-file.js';
import { describeLine, detectSource, parseDay, parseMoney, planImport, presetColumns, suggestLossReason, suggestStage, type ImportPlan } from './index.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'client-import');
const USERS = [
  { id: 'u-sanne', email: 'sanne@example-bureau.nl', name: 'Sanne de Vries' },
  { id: 'u-pieter', email: 'pieter@example-bureau.nl', name: 'Pieter Jansen' },
];

async function planOf(file: string, stages?: Record<string, string>): Promise<ImportPlan & { source: string }> {
  const table = await readImportFile(readFileSync(join(FIXTURES, file)));
  const source = detectSource(table.headers);
  return { source, ...planImport(table, { source, columns: presetColumns(source, table.headers), stages }, { pipeline: recruitmentBd, users: USERS }) };
}

const byName = (plan: ImportPlan, name: string) => plan.companies.find((c) => c.name === name)!;

describe('values', () => {
  it.each([
    ['€ 3.280,50', 3280.5], ['3280.5', 3280.5], ['3280,5', 3280.5], ['EUR 3,280.50', 3280.5], ['8.000', 8000], ['12.500,00', 12500],
    ['1.234.567', 1234567], ['0,5', 0.5], ['15000', 15000], ['-20', -20],
  ])('reads %s as %d', (text, value) => expect(parseMoney(text)).toBe(value));
  it.each(['abc', '', '1,2,3', '€', '12.5.6'])('reads %s as no amount', (text) => expect(parseMoney(text)).toBeUndefined());
  it.each([
    ['15-1-2027', '2027-01-15'], ['31/12/2026', '2026-12-31'], ['1.3.2027', '2027-03-01'], ['2026-11-30', '2026-11-30'], ['2027-02-01 09:00', '2027-02-01'], ['2027-02-01T09:00:00Z', '2027-02-01'],
  ])('reads the day %s', (text, day) => expect(parseDay(text)).toBe(day));
  it.each(['31-2-2027', '2027-13-01', 'morgen', '12-2027'])('reads %s as no day', (text) => expect(parseDay(text)).toBeUndefined());
});

describe('suggestions', () => {
  it.each([
    ['Lead In', 'prospect'], ['Contact Made', 'contacted'], ['Demo Scheduled', 'meeting'], ['Appointment Scheduled', 'meeting'], ['Gecontacteerd', 'contacted'],
    ['Vergadering', 'meeting'], ['Closed Won', 'won'], ['closedlost', 'lost'], ['Verloren', 'lost'], ['Iets heel anders', 'prospect'],
  ])('maps the stage %s to %s', (source, stage) => expect(suggestStage(recruitmentBd, source)).toBe(stage));
  it.each([
    ['Budget bevroren (vacaturestop)', 'budget_or_hiring_freeze'], ['Kiest voor ander bureau, goedkoper', 'existing_partner'], ['Geen reactie na drie mails', 'no_response'],
    ['Fees te hoog', 'terms_not_acceptable'], ['Verhuisd naar Belgie', 'other'],
  ])('maps the lost reason %s to %s', (text, key) => expect(suggestLossReason(text)).toBe(key));
});

describe('planImport', () => {
  it('plans the Pipedrive export: one company per organisation, its leading deal’s stage, owners, lost reasons, contacts', async () => {
    const plan = await planOf('pipedrive.csv');
    expect(plan.source).toBe('pipedrive');
    expect(plan.companies.map((c) => c.name)).toEqual([
      "Bouwbedrijf Van 't Hek", 'Café De Gouden Leeuw', 'Technisch Bureau Smit, Zonen & Co', 'Zorggroep Noorderlicht', 'Bakkerij Ærø & Zn', 'Transport Groot B.V.', 'Installatiebedrijf Stilte',
    ]);
    const hek = byName(plan, "Bouwbedrijf Van 't Hek");
    expect(hek).toMatchObject({ stage: 'meeting', sourceStage: 'Demo Scheduled', ownerId: 'u-sanne', value: 8000, closeDate: '2027-03-01', city: 'Utrecht', lines: [2, 3] });
    expect(hek.contacts.map((c) => [c.name, c.email])).toEqual([['Zoë Jansen', 'zoe.jansen@vanthek.nl'], ["Kees van 't Hek", 'kees@vanthek.nl']]);
    expect(hek.deals.map((d) => d.title)).toEqual(['Werving projectleiders', 'Uitvoerders 2027']);
    expect(byName(plan, 'Café De Gouden Leeuw')).toMatchObject({ stage: 'prospect', ownerId: null, value: 3280.5, city: 'Groningen' });
    expect(byName(plan, 'Technisch Bureau Smit, Zonen & Co')).toMatchObject({ stage: 'won', ownerId: 'u-pieter', value: 3280.5, closeDate: '2026-11-30' });
    const noorderlicht = byName(plan, 'Zorggroep Noorderlicht');
    expect(noorderlicht).toMatchObject({ stage: 'lost', lossReason: { lossReason: 'existing_partner', lossReasonText: 'Kiest voor ander bureau, goedkoper' } });
    expect(noorderlicht.contacts).toHaveLength(1);
    expect(byName(plan, 'Transport Groot B.V.').lossReason).toEqual({ lossReason: 'other', lossReasonText: 'Not stated in the import' });
    expect(byName(plan, 'Installatiebedrijf Stilte').lossReason?.lossReason).toBe('no_response');
    expect(byName(plan, 'Bakkerij Ærø & Zn').stage).toBe('prospect');
    expect(plan.rejects).toEqual([{ line: 10, code: 'missing_name' }]);
    expect(plan.warnings).toEqual(expect.arrayContaining([{ line: 4, code: 'owner_unknown', value: 'Onbekende Collega' }, { line: 9, code: 'lost_without_reason' }]));
    expect(plan.stages.find((s) => s.name === 'Proposal Made')).toMatchObject({ lines: 1, suggested: 'prospect' });
  });

  it('follows an edited stage mapping; won and lost stay outcomes', async () => {
    const plan = await planOf('pipedrive.csv', { 'Negotiations Started': 'meeting', 'Proposal Made': 'meeting' });
    expect(byName(plan, 'Bakkerij Ærø & Zn').stage).toBe('meeting');
    expect(byName(plan, 'Technisch Bureau Smit, Zonen & Co').stage).toBe('won');
  });

  it('plans the HubSpot export', async () => {
    const plan = await planOf('hubspot.csv');
    expect(plan.source).toBe('hubspot');
    expect(byName(plan, 'Café De Gouden Leeuw')).toMatchObject({ stage: 'meeting', website: 'goudenleeuw.nl', ownerId: 'u-pieter', lines: [2, 7] });
    expect(byName(plan, 'Café De Gouden Leeuw').deals.map((d) => d.recordId)).toEqual(['1001', '1006']);
    expect(byName(plan, 'Technisch Bureau Smit, Zonen & Co')).toMatchObject({ stage: 'won', website: 'smitzonen.nl', ownerId: 'u-sanne', value: 3280.5 });
    expect(byName(plan, 'Zorggroep Noorderlicht').lossReason).toEqual({ lossReason: 'terms_not_acceptable', lossReasonText: 'Fees te hoog' });
    expect(byName(plan, 'Dataweb B.V.')).toMatchObject({ stage: 'prospect', ownerId: null, value: 25000.75, closeDate: '2027-03-31' });
    expect(plan.rejects).toEqual([{ line: 8, code: 'missing_name' }]);
  });

  it.each(['spreadsheet.csv', 'spreadsheet.xlsx'])('plans the spreadsheet %s with its notes', async (file) => {
    const plan = await planOf(file);
    expect(plan.source).toBe('spreadsheet');
    expect(byName(plan, "Bouwbedrijf Van 't Hek")).toMatchObject({
      stage: 'contacted', website: 'vanthek.nl', linkedin: 'https://www.linkedin.com/company/van-t-hek', city: 'Utrecht', ownerId: 'u-sanne', value: 12500,
      notes: [expect.objectContaining({ body: 'Belt liever dan mailt; voorkeur voor dinsdag' })], contacts: [expect.objectContaining({ name: 'Zoë Jansen' })],
    });
    expect(byName(plan, 'Café De Gouden Leeuw')).toMatchObject({ stage: 'meeting', value: 3280.5, notes: [expect.objectContaining({ body: 'Terras open vanaf april, 20 koks nodig' })] });
    expect(byName(plan, 'Klant Zonder Fase').stage).toBe('prospect');
    expect(byName(plan, 'Verloren B.V.')).toMatchObject({ stage: 'lost', ownerId: null, value: null });
    expect(plan.rejects).toEqual([{ line: 6, code: 'missing_name' }]);
    expect(plan.warnings).toEqual(expect.arrayContaining([{ line: 5, code: 'value_unreadable', value: 'abc' }, { line: 5, code: 'owner_unknown', value: 'onbekend@elders.nl' }]));
  });

  it('says each refusal with its line number, in Dutch and in English', () => {
    expect(describeLine({ line: 10, code: 'missing_name' }, 'nl')).toBe('Regel 10: de bedrijfsnaam ontbreekt.');
    expect(describeLine({ line: 10, code: 'missing_name' }, 'en')).toBe('Line 10: the company name is missing.');
  });
});
