import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.js';
import { createGlobalCompany, createTestAgency, createTestUser, followNewCompany, type TestAgency } from '../../test/support/fixtures.js';
import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { readRoutine } from '../analytics/read-routine.js';
import { readGlobalCompany } from '../discovery/read-global-company.js';
import { recordGlobalCompanyView } from '../discovery/record-view.js';
import { createReminder } from '../tasks/create-reminder.js';
import { listReminders } from '../tasks/list-reminders.js';
import { addContact } from './add-contact.js';
import { deleteCompany } from './delete-company.js';
import { followCompany } from './follow-company.js';
import { readTimeline } from './read-timeline.js';
import { recordCompanyView } from './record-company-view.js';
import { removeContact } from './remove-contact.js';
import { searchContacts } from './search-contacts.js';
import { updateContact } from './update-contact.js';

const NOW = new Date('2026-12-12T10:00:00.000Z');
const clock = () => NOW;
const later = (minutes: number) => () => new Date(NOW.getTime() + minutes * 60_000);

/** A followed company under a given name, with the agency's company id. */
async function followNamed(db: Db, actor: Actor, name: string): Promise<string> {
  return (await followCompany(db, actor, { globalCompanyId: await createGlobalCompany(db, name) }, clock)).company.id;
}

async function decisionMaker(db: Db, globalCompanyId: string, name: string, title: string | null, slug: string | null) {
  const row = await db
    .insertInto('decision_makers')
    .values({ global_company_id: globalCompanyId, name, title, linkedin_url: slug ? `https://www.linkedin.com/in/${slug}` : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function globalIdOf(db: Db, agencyId: string, companyId: string): Promise<string> {
  return (await db.selectFrom('companies').select('global_company_id').where('agency_id', '=', agencyId).where('id', '=', companyId).executeTakeFirstOrThrow()).global_company_id;
}

describeEachDatabase('people and contacts', (ctx) => {
  describe('people: the contacts of all followed companies', () => {
    let agency: TestAgency;
    let other: TestAgency;
    const search = (q?: string, extra: { limit?: number; cursor?: string } = {}) => searchContacts(ctx.db, agency.viewer, { ...(q ? { q } : {}), ...extra });

    beforeAll(async () => {
      agency = await createTestAgency(ctx.db, 'People');
      other = await createTestAgency(ctx.db, 'Other people');
      const bouw = await followNamed(ctx.db, agency.recruiter, 'Bouwbedrijf Ëlzinga');
      const zorg = await followNamed(ctx.db, agency.recruiter, 'Zorggroep Noord');
      await addContact(ctx.db, agency.recruiter, { companyId: bouw, name: 'Anne-Marie Çelik', title: 'HR-directeur', email: 'A.Celik@Elzinga.nl' }, clock);
      await addContact(ctx.db, agency.recruiter, { companyId: bouw, name: 'Piet de Vries', title: 'Uitvoerder' }, clock);
      await addContact(ctx.db, agency.recruiter, { companyId: zorg, name: 'Jan Jansen', title: 'Recruiter', phone: '+31 6 1234 5678' }, clock);
      await addContact(ctx.db, agency.recruiter, { companyId: zorg, name: 'Fatima el Amrani', title: 'Talent acquisition lead' }, clock);
      // Another agency's contacts, with names that would match.
      const theirs = await followNamed(ctx.db, other.recruiter, 'Bouwbedrijf Ëlzinga');
      await addContact(ctx.db, other.recruiter, { companyId: theirs, name: 'Jan Celik', title: 'HR-directeur' }, clock);
    });

    it('lists every contact by name with their company and its last activity, and counts them', async () => {
      const all = await search();
      expect(all.total).toBe(4);
      expect(all.items.map((c) => [c.name, c.company.name])).toEqual([
        ['Anne-Marie Çelik', 'Bouwbedrijf Ëlzinga'],
        ['Fatima el Amrani', 'Zorggroep Noord'],
        ['Jan Jansen', 'Zorggroep Noord'],
        ['Piet de Vries', 'Bouwbedrijf Ëlzinga'],
      ]);
      expect(all.items[0]).toMatchObject({ title: 'HR-directeur', email: 'a.celik@elzinga.nl', lastActivityAt: NOW, company: { id: all.items[0]!.companyId } });
      expect(all.items[2]).toMatchObject({ phone: '+31 6 1234 5678', linkedinUrl: null });
    });

    it('searches names, e-mail addresses, titles and company names, ignoring case and accents; every word must match', async () => {
      const names = async (q: string) => (await search(q)).items.map((c) => c.name);
      expect(await names('celik')).toEqual(['Anne-Marie Çelik']);
      expect(await names('ÇELIK')).toEqual(['Anne-Marie Çelik']);
      expect(await names('elzinga.nl')).toEqual(['Anne-Marie Çelik']);
      expect(await names('recruiter')).toEqual(['Jan Jansen']);
      expect(await names('elzinga')).toEqual(['Anne-Marie Çelik', 'Piet de Vries']);
      expect(await names('zorggroep talent')).toEqual(['Fatima el Amrani']);
      expect(await names('directeur zorggroep')).toEqual([]);
      // LIKE wildcards are plain text.
      expect(await names('%')).toEqual([]);
      expect((await search('elzinga')).total).toBe(2);
    });

    it('pages by name with keyset cursors, without skipping or repeating anyone added between pages', async () => {
      const first = await search(undefined, { limit: 2 });
      expect(first.items.map((c) => c.name)).toEqual(['Anne-Marie Çelik', 'Fatima el Amrani']);
      expect(first.total).toBe(4);
      // Someone added before the page already read lands where the cursor has passed; later names still come.
      const zorg = first.items[1]!.companyId;
      const added = await addContact(ctx.db, agency.recruiter, { companyId: zorg, name: 'Karin Zwart' }, clock);
      const second = await search(undefined, { limit: 2, cursor: first.nextCursor! });
      expect(second.items.map((c) => c.name)).toEqual(['Jan Jansen', 'Karin Zwart']);
      expect(second.total).toBeNull();
      const third = await search(undefined, { limit: 2, cursor: second.nextCursor! });
      expect(third.items.map((c) => c.name)).toEqual(['Piet de Vries']);
      expect(third.nextCursor).toBeNull();
      await removeContact(ctx.db, agency.recruiter, { contactId: added.contact.id }, clock);
    });

    it("shows each agency only its own people, and leaves out an unfollowed company's", async () => {
      expect((await searchContacts(ctx.db, other.viewer, {})).items.map((c) => c.name)).toEqual(['Jan Celik']);
      expect((await searchContacts(ctx.db, other.viewer, { q: 'jansen' })).total).toBe(0);
      const gone = await followNamed(ctx.db, agency.recruiter, 'Verdwenen BV');
      await addContact(ctx.db, agency.recruiter, { companyId: gone, name: 'Gerrit Weg' }, clock);
      expect((await search('gerrit')).total).toBe(1);
      await deleteCompany(ctx.db, agency.recruiter, { companyId: gone }, clock);
      expect((await search('gerrit')).total).toBe(0);
    });
  });

  describe('editing and removing a contact', () => {
    let agency: TestAgency;
    let other: TestAgency;
    beforeAll(async () => {
      agency = await createTestAgency(ctx.db, 'Editors');
      other = await createTestAgency(ctx.db, 'Not editors');
    });

    it('notes each edit as a new contact_updated entry with what changed, leaving earlier entries as they were', async () => {
      const companyId = await followNewCompany(ctx.db, agency.recruiter);
      const { contact } = await addContact(ctx.db, agency.recruiter, { companyId, name: 'Jan de Vries', title: 'Recruiter', phone: '+31 20 123 4567' }, clock);
      const before = (await readTimeline(ctx.db, agency.recruiter, { companyId })).items;

      const edited = await updateContact(
        ctx.db,
        agency.manager,
        { contactId: contact.id, title: 'HR-directeur', email: 'Jan@Example.nl', phone: null, name: 'Jan de Vries' },
        later(1),
      );
      expect(edited.contact).toMatchObject({ id: contact.id, name: 'Jan de Vries', title: 'HR-directeur', email: 'jan@example.nl', phone: null });
      expect(edited.activity).toMatchObject({ type: 'contact_updated', description: 'Jan de Vries', userId: agency.manager.userId });
      expect(edited.activity!.extraData).toEqual({
        contactId: contact.id,
        changes: { title: { from: 'Recruiter', to: 'HR-directeur' }, email: { from: null, to: 'jan@example.nl' }, phone: { from: '+31 20 123 4567', to: null } },
      });

      // The same values again change nothing and note nothing; a blank title clears it.
      expect((await updateContact(ctx.db, agency.manager, { contactId: contact.id, title: 'HR-directeur' }, later(2))).activity).toBeNull();
      await updateContact(ctx.db, agency.manager, { contactId: contact.id, title: '  ' }, later(3));

      const after = (await readTimeline(ctx.db, agency.recruiter, { companyId })).items;
      expect(after.map((entry) => entry.type)).toEqual(['contact_updated', 'contact_updated', ...before.map((entry) => entry.type)]);
      expect(after.slice(2)).toEqual(before);
      expect(after[0]!.extraData).toMatchObject({ changes: { title: { from: 'HR-directeur', to: null } } });
    });

    it('removes a contact with a contact_removed entry naming them; the earlier entries stay', async () => {
      const companyId = await followNewCompany(ctx.db, agency.recruiter);
      const { contact } = await addContact(ctx.db, agency.recruiter, { companyId, name: 'Piet Zwart', title: 'CFO' }, clock);
      const before = (await readTimeline(ctx.db, agency.recruiter, { companyId })).items;
      const removed = await removeContact(ctx.db, agency.recruiter, { contactId: contact.id }, later(1));
      expect(removed).toMatchObject({ type: 'contact_removed', description: 'Piet Zwart (CFO)', extraData: { contactId: contact.id, name: 'Piet Zwart', title: 'CFO' } });
      const after = (await readTimeline(ctx.db, agency.recruiter, { companyId })).items;
      expect(after[0]!.id).toBe(removed.id);
      expect(after.slice(1)).toEqual(before);
      expect(await ctx.db.selectFrom('contacts').select('id').where('id', '=', contact.id).execute()).toEqual([]);
      await expect(removeContact(ctx.db, agency.recruiter, { contactId: contact.id })).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'Contact' } });
      await expect(updateContact(ctx.db, agency.recruiter, { contactId: contact.id, title: 'X' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it("treats another agency's contact as not found and changes nothing; refuses viewers and empty edits", async () => {
      const companyId = await followNewCompany(ctx.db, agency.recruiter);
      const { contact } = await addContact(ctx.db, agency.recruiter, { companyId, name: 'Eva Smit' }, clock);
      await expect(updateContact(ctx.db, other.admin, { contactId: contact.id, name: 'Gekaapt' })).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'Contact' } });
      await expect(removeContact(ctx.db, other.admin, { contactId: contact.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(updateContact(ctx.db, agency.viewer, { contactId: contact.id, name: 'Kijker' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(removeContact(ctx.db, agency.viewer, { contactId: contact.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updateContact(ctx.db, agency.recruiter, { contactId: contact.id })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(updateContact(ctx.db, agency.recruiter, { contactId: contact.id, email: 'geen-adres' })).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(updateContact(ctx.db, agency.recruiter, { contactId: contact.id, name: '' })).rejects.toMatchObject({ code: 'VALIDATION' });
      const stored = await ctx.db.selectFrom('contacts').select(['name', 'email']).where('id', '=', contact.id).executeTakeFirstOrThrow();
      expect(stored).toEqual({ name: 'Eva Smit', email: null });
      expect((await readTimeline(ctx.db, agency.recruiter, { companyId })).items.map((entry) => entry.type)).toEqual(['contact_detail_added', 'company_tracked']);
    });

    it("puts an unfollowed company's contacts out of reach", async () => {
      const companyId = await followNewCompany(ctx.db, agency.recruiter);
      const { contact } = await addContact(ctx.db, agency.recruiter, { companyId, name: 'Kees Weg' }, clock);
      await deleteCompany(ctx.db, agency.recruiter, { companyId }, clock);
      await expect(updateContact(ctx.db, agency.recruiter, { contactId: contact.id, name: 'Kees' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('a decision maker becomes a contact in one click', () => {
    let agency: TestAgency;
    beforeAll(async () => {
      agency = await createTestAgency(ctx.db, 'One click');
    });

    it("copies the decision maker's name, title and LinkedIn, and refuses the same person twice", async () => {
      const companyId = await followNewCompany(ctx.db, agency.recruiter);
      const globalId = await globalIdOf(ctx.db, agency.agencyId, companyId);
      const person = await decisionMaker(ctx.db, globalId, 'Sanne Bakker', 'Head of Talent Acquisition', 'sanne-bakker');
      const added = await addContact(ctx.db, agency.recruiter, { companyId, decisionMakerId: person }, clock);
      expect(added.contact).toMatchObject({ name: 'Sanne Bakker', title: 'Head of Talent Acquisition', linkedinUrl: 'https://www.linkedin.com/in/sanne-bakker', decisionMakerId: person });
      expect(added.activity).toMatchObject({ type: 'contact_detail_added', description: 'Sanne Bakker (Head of Talent Acquisition)', extraData: { decisionMakerId: person, details: ['linkedinUrl'] } });

      const before = await ctx.db.selectFrom('contacts').select('id').where('company_id', '=', companyId).execute();
      await expect(addContact(ctx.db, agency.recruiter, { companyId, decisionMakerId: person }, clock)).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'Sanne Bakker is already a contact of this company.',
      });
      expect(await ctx.db.selectFrom('contacts').select('id').where('company_id', '=', companyId).execute()).toEqual(before);

      // Removed, they can be added again.
      await removeContact(ctx.db, agency.recruiter, { contactId: added.contact.id }, clock);
      await expect(addContact(ctx.db, agency.recruiter, { companyId, decisionMakerId: person, title: 'HR' }, clock)).resolves.toMatchObject({ contact: { title: 'HR' } });
    });

    it('counts a contact added by hand with the same LinkedIn profile as the same person', async () => {
      const companyId = await followNewCompany(ctx.db, agency.recruiter);
      const person = await decisionMaker(ctx.db, await globalIdOf(ctx.db, agency.agencyId, companyId), 'Tom Visser', null, 'tom-visser');
      await addContact(ctx.db, agency.recruiter, { companyId, name: 'T. Visser', linkedinUrl: 'linkedin.com/in/tom-visser/' }, clock);
      await expect(addContact(ctx.db, agency.recruiter, { companyId, decisionMakerId: person }, clock)).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it("refuses another company's decision maker, and a contact with neither name nor decision maker", async () => {
      const companyId = await followNewCompany(ctx.db, agency.recruiter);
      const elsewhere = await decisionMaker(ctx.db, await createGlobalCompany(ctx.db), 'Ergens Anders', null, null);
      await expect(addContact(ctx.db, agency.recruiter, { companyId, decisionMakerId: elsewhere }, clock)).rejects.toMatchObject({ code: 'NOT_FOUND', data: { entity: 'DecisionMaker' } });
      await expect(addContact(ctx.db, agency.recruiter, { companyId })).rejects.toMatchObject({ code: 'VALIDATION', data: { issues: [{ path: 'name' }] } });
    });
  });

  describe('a reminder for a colleague', () => {
    it("is the colleague's: on the company, in their routine; another agency's user is not found", async () => {
      const agency = await createTestAgency(ctx.db, 'Reminding');
      const other = await createTestAgency(ctx.db, 'Elsewhere');
      const colleague = await createTestUser(ctx.db, agency.agencyId, 'recruiter', 'Collega Kim');
      const companyId = await followNewCompany(ctx.db, agency.recruiter);
      const reminder = await createReminder(ctx.db, agency.recruiter, { companyId, dueAt: NOW.toISOString(), note: 'Bel Kim terug', userId: colleague.userId }, clock);
      expect(reminder).toMatchObject({ userId: colleague.userId, userName: 'Collega Kim', createdBy: agency.recruiter.userId });
      expect((await listReminders(ctx.db, colleague, { companyId })).map((r) => r.id)).toEqual([reminder.id]);
      const theirs = await readRoutine(ctx.db, colleague, {}, later(1));
      expect(theirs.reminders.map((r) => r.id)).toEqual([reminder.id]);
      expect((await readRoutine(ctx.db, agency.recruiter, {}, later(1))).reminders).toEqual([]);

      const count = async () => (await ctx.db.selectFrom('reminders').select((eb) => eb.fn.countAll<string>().as('n')).where('company_id', '=', companyId).executeTakeFirstOrThrow()).n;
      const before = await count();
      await expect(createReminder(ctx.db, agency.recruiter, { companyId, dueAt: NOW.toISOString(), userId: other.recruiter.userId }, clock)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        data: { entity: 'User' },
      });
      expect(await count()).toBe(before);
    });
  });

  describe('"last viewed" recorded by a POST from the company page and discovery', () => {
    it('records the view of the shared company, answers the one before, and leaves reading pure', async () => {
      const agency = await createTestAgency(ctx.db, 'Viewers');
      const companyId = await followNewCompany(ctx.db, agency.recruiter);
      const globalCompanyId = await globalIdOf(ctx.db, agency.agencyId, companyId);
      const read = () => readGlobalCompany(ctx.db, agency.recruiter, { globalCompanyId });
      expect((await read()).lastViewedAt).toBeNull();
      expect((await read()).lastViewedAt).toBeNull();

      expect(await recordCompanyView(ctx.db, agency.recruiter, { companyId }, clock)).toEqual({ viewedAt: NOW, previousViewAt: null });
      expect((await read()).lastViewedAt).toEqual(NOW);
      expect(await recordGlobalCompanyView(ctx.db, agency.recruiter, { globalCompanyId }, later(5))).toEqual({ viewedAt: later(5)(), previousViewAt: NOW });
      expect((await read()).lastViewedAt).toEqual(later(5)());
      // A viewer records their own views; a colleague's stay theirs.
      await recordCompanyView(ctx.db, agency.viewer, { companyId }, later(9));
      expect((await readGlobalCompany(ctx.db, agency.viewer, { globalCompanyId })).lastViewedAt).toEqual(later(9)());
      expect((await read()).lastViewedAt).toEqual(later(5)());
      await expect(recordGlobalCompanyView(ctx.db, agency.viewer, { globalCompanyId: '2f1d3c4b-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
});

