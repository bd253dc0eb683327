import type { Actor } from '../identity/domain/index.js';
import type { Db } from '../platform/db/database.js';
import { addContact } from '../clients/index.js';
import { listDecisionMakers } from '../discovery/index.js';
import { FIRST_NAMES, LAST_NAMES, TITLES } from './dutch-market.js';
import type { Random } from './random.js';

const MINUTE = 60_000;

export interface ContactSearch {
  companyId: string;
  globalCompanyId: string;
  /** When the recruiter starts looking; each contact is added a few minutes after the one before. */
  at: Date;
}

/**
 * What a recruiter does before the first outreach: opens the company's
 * decision makers, ranked for recruitment, and adds the first one or two as
 * contacts with what LinkedIn and the company's website give away (profile,
 * e-mail address, sometimes a phone number). Through the real use cases, at
 * the search's moment. Returns how many contacts were added.
 */
export async function findContacts(db: Db, random: Random, actor: Actor, search: ContactSearch): Promise<number> {
  const clockAt = (time: number) => () => new Date(time);
  const people = await listDecisionMakers(db, actor, { globalCompanyId: search.globalCompanyId }, clockAt(search.at.getTime()));
  const company = await db.selectFrom('global_companies').select('website_domain').where('id', '=', search.globalCompanyId).executeTakeFirstOrThrow();
  // Now and then the best-ranked person is out of reach and the recruiter starts with the next.
  const ranked = people.length > 1 && random.chance(0.2) ? [people[1]!, people[0]!, ...people.slice(2)] : people;
  const count = random.chance(0.35) ? 2 : 1;
  const chosen = ranked.length > 0 ? ranked.slice(0, count) : [{ id: undefined, name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`, title: random.pick(TITLES.hrMid), linkedinUrl: null }];

  let time = search.at.getTime();
  for (const person of chosen) {
    const linkedin = person.linkedinUrl && random.chance(0.85) ? person.linkedinUrl : undefined;
    const email = company.website_domain && (random.chance(0.6) || !linkedin) ? emailAddress(random, person.name, company.website_domain) : undefined;
    const phone = random.chance(0.3) ? mobileNumber(random) : undefined;
    await addContact(
      db,
      actor,
      {
        companyId: search.companyId,
        name: person.name,
        ...(person.title ? { title: person.title } : {}),
        ...(person.id ? { decisionMakerId: person.id } : {}),
        ...(linkedin ? { linkedinUrl: linkedin } : {}),
        ...(email ? { email } : {}),
        ...(phone ? { phone } : {}),
      },
      clockAt(time),
    );
    time += random.int(3, 15) * MINUTE;
  }
  return chosen.length;
}

/** The address patterns Dutch employers use: sanne.devries@, s.devries@, and at small firms sanne@. */
function emailAddress(random: Random, name: string, domain: string): string {
  const [first = '', ...rest] = name.split(' ').map(ascii);
  const last = rest.join('');
  const roll = random.next();
  const local = !last || roll < 0.1 ? first : roll < 0.7 ? `${first}.${last}` : `${first.charAt(0)}.${last}`;
  return `${local}@${domain}`;
}

/** A Dutch mobile number as people write it on a signature: +31 6 1234 5678. */
function mobileNumber(random: Random): string {
  const digits = () => String(random.int(0, 9999)).padStart(4, '0');
  return `+31 6 ${digits()} ${digits()}`;
}

const ascii = (text: string) =>
  text
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
