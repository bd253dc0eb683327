import { BENEFITS, CALLS_TO_ACTION, FULL_TIME_HOURS, GENERIC_FAMILIES, NO_AGENCY_LINES, PART_TIME_HOURS, TASKS, TASKS_EN } from './dutch-market.js';
import { pickCity, type Company } from './market-companies.js';
import { euros, list, reportsTo, slugify } from './market-text.js';
import { DAY_MS } from '../platform/time/days.js';
import { gaussian, pickSome, type Random } from './random.js';

/* The market's vacancies: titles, Dutch or English descriptions, pay, where and how long they are open. */

/** The `source` of every market job; with `external_id` it names the job. */
const MARKET_SOURCE = 'demo';
const PART_TIME_INDUSTRIES = new Set(['Hospitals and Health Care', 'Mental Health Care', 'Primary and Secondary Education', 'Hospitality', 'Retail', 'Non-profit Organizations']);
const VOG_INDUSTRIES = new Set(['Hospitals and Health Care', 'Mental Health Care', 'Primary and Secondary Education', 'Government Administration', 'Facilities Services', 'Non-profit Organizations']);

/** One vacancy of the company, posted at `postedAt`, as a jobs import row; closed unless still open `now`. */
export function job(
  random: Random,
  company: Company,
  postedAt: number,
  now: number,
  number: number,
  recruiter: Record<string, string | boolean> | undefined,
): Record<string, string | string[]> {
  const { industry } = company;
  const roll = random.next();
  const family = roll < 0.15 ? random.pick(GENERIC_FAMILIES) : roll < 0.85 ? random.pick(company.families) : random.pick(industry.families);
  const base = random.pick(family.titles);
  const level = family.levels ? seniority(random, base) : '';
  const skills = pickSome(random, family.skills, random.int(2, Math.min(5, family.skills.length)));
  const where = random.next();
  const location =
    where < (company.employees > 200 ? 0.7 : 0.85)
      ? company.city.name
      : where < 0.96
        ? pickCity(random).name
        : where < 0.985
          ? 'Nederland'
          : `${company.city.name}, ${company.city.province}`;
  const flourish = company.english ? 0 : random.next();
  const suffix = flourish < 0.85 ? '' : flourish < 0.92 ? ' (32-40 uur)' : flourish < 0.95 ? ' (m/v/x)' : ` | ${location}`;
  const title = `${level}${base}${suffix}`;
  const multiplier = level === 'Junior ' ? 0.8 : level === 'Senior ' ? 1.3 : 1;
  const pay = [family.pay[0], family.pay[1]].map((euros) => Math.round((euros * multiplier) / 100) * 100) as [number, number];
  const description = company.english
    ? englishDescription(random, company, `${level}${base}`, location, skills, pay)
    : dutchDescription(random, company, `${level}${base}`, location, skills, pay, recruiter);
  const closing = company.refusesAgencies && random.chance(0.9) ? ` ${random.pick(company.english ? NO_AGENCY_LINES.en : NO_AGENCY_LINES.nl)}` : '';
  const host = company.employees > 500 && random.chance(0.6) ? 'werkenbij' : 'www';
  const row: Record<string, string | string[]> = {
    company_linkedin_url: `https://www.linkedin.com/company/${company.slug}`,
    title,
    description: description + closing,
    location,
    skills,
    posted_at: new Date(postedAt).toISOString(),
    url: `https://${host}.${company.slug}.nl/vacatures/${slugify(base)}-${number}`,
    source: MARKET_SOURCE,
    external_id: `demo-${number}`,
  };
  // Most vacancies close within one to two months; a few stay open for a year ("evergreen").
  const days = random.chance(0.04) ? random.int(150, 500) : Math.max(3, 35 * Math.exp(0.75 * gaussian(random)));
  const closedAt = Math.floor((postedAt + days * DAY_MS + random.int(0, 23) * 3_600_000) / 1000) * 1000;
  if (closedAt < now) row.closed_at = new Date(closedAt).toISOString();
  return row;
}

function dutchDescription(
  random: Random,
  company: Company,
  title: string,
  location: string,
  skills: readonly string[],
  [low, high]: [number, number],
  recruiter: Record<string, string | boolean> | undefined,
): string {
  const { industry, name } = company;
  const intro = [
    () => `Voor onze vestiging in ${location} zoeken wij een ${title}.`,
    () => `${name} zoekt een enthousiaste ${title} in ${location}.`,
    () => `Ben jij de ${title} die ons team in ${location} komt versterken?`,
    () => `Wil jij als ${title} het verschil maken bij ${name}?`,
  ][random.int(0, 3)]!();
  const task = random.pick(TASKS);
  const extra = /Accountmanager|Sales|Business Developer|Vertegenwoordiger/.test(title)
    ? ' Acquisitie van nieuwe klanten is een belangrijk deel van je werk.'
    : industry.name === 'Construction' || industry.name === 'Civil Engineering'
      ? ' Je werkt nauw samen met architecten, ingenieursbureaus en onderaannemers.'
      : '';
  const education = high >= 4_500 ? 'Je hebt een afgeronde hbo- of wo-opleiding' : high >= 3_600 ? 'Je hebt hbo-werk- en denkniveau' : 'Je hebt een afgeronde mbo-opleiding of ervaring in een vergelijkbare functie';
  const years = title.startsWith('Junior') ? 'en bent net afgestudeerd of hebt een eerste baan achter de rug' : title.startsWith('Senior') ? 'en minimaal vijf jaar relevante ervaring' : 'en een paar jaar relevante ervaring';
  const hours = random.pick(PART_TIME_INDUSTRIES.has(industry.name) && random.chance(0.6) ? PART_TIME_HOURS : FULL_TIME_HOURS);
  const [a, b, c] = pickSome(random, BENEFITS, 3);
  const contact = recruiter && random.chance(0.5) ? `Vragen? Neem contact op met ${recruiter.name}, ${recruiter.title}.` : random.pick(CALLS_TO_ACTION);
  const vog = VOG_INDUSTRIES.has(industry.name) ? ' Een VOG is onderdeel van de procedure.' : '';
  return [
    `${intro} ${name} ${random.pick(industry.activities)}.`,
    `Wat ga je doen? Als ${title} ${task}.${extra} Je rapporteert aan ${reportsTo(random.pick(industry.managers))}.`,
    `Wat vragen wij? ${education} ${years}. Je hebt ervaring met ${list(skills, 'en')}.`,
    `Wat bieden wij? Een salaris van €${euros(low)} tot €${euros(high)} bruto per maand bij ${hours} per week, ${a}, ${b} en ${c}.`,
    `${contact}${vog}`,
  ].join('\n\n');
}

function englishDescription(random: Random, company: Company, title: string, location: string, skills: readonly string[], [low, high]: [number, number]): string {
  const { industry, name } = company;
  return [
    `${name} is looking for a ${title} in ${location}. We work in ${industry.name.toLowerCase()} and serve customers across Europe.`,
    `What you'll do: ${random.pick(TASKS_EN)}. You report to the ${random.pick(industry.managers)}.`,
    `What we ask: ${title.startsWith('Senior') ? 'at least five years' : 'a few years'} of experience with ${list(skills, 'and')}. Fluent English; Dutch is a plus.`,
    `What we offer: €${euros(low)} to €${euros(high)} gross per month, 8% holiday allowance, a good pension plan and room to grow.`,
    'Interested? Apply via the button below.',
  ].join('\n\n');
}

function seniority(random: Random, title: string): string {
  if (/Trainee|Assistent|Director|Head|Registeraccountant|Qualified|Senior|Junior|Stagiaire|Eerste/.test(title)) return '';
  const roll = random.next();
  if (roll < 0.22) return 'Senior ';
  if (/Manager|Architect|Lead|Hoofd|Controller|Scientist/.test(title)) return '';
  return roll < 0.32 ? 'Medior ' : roll < 0.44 ? 'Junior ' : '';
}

