/**
 * Which of a company's decision makers a recruitment agency should contact
 * first (SPEC R5.5): a transparent rule on title and seniority, with the
 * reason shown beside the person. Dutch and English titles alike.
 *
 *   rule (reasonKey)          score  titles, for example
 *   talent_acquisition_lead     95   Head of / Manager / Lead Talent Acquisition, Hoofd Werving, Recruitment Director
 *   hr_lead                     90   HR Director, HR-directeur, Directeur P&O, Head of HR, Hoofd P&O, CHRO, Chief People Officer
 *   recruitment_manager         88   Recruitment Manager, Recruitment Lead, Teamleider Werving & Selectie
 *   recruiter                   80   (Corporate) Recruiter, Talent Acquisition Specialist, Wervingsadviseur
 *   hr_manager                  78   HR Manager, Manager P&O, People & Culture Lead
 *   hr_partner                  70   HR Business Partner, People Partner
 *   hiring_manager              70   director level in a main job family (CTO, Finance Director, Directeur Zorg)
 *                               65   manager level in a main job family (Engineering Manager, Teamleider Development)
 *                               45   director level in a family with only a few of the jobs
 *                               40   manager level in a family with only a few of the jobs
 *   hr_advisor                  60   HR-adviseur, HR Officer, Personeelszaken, P&O-medewerker
 *   executive                   50   CEO, Algemeen Directeur, Managing Director, Owner, Eigenaar, DGA, Director;
 *                                    also a CFO, COO … where the company does not hire in their field
 *   line_manager                40   Teamleider, Manager, Afdelingshoofd, Bedrijfsleider (department not named)
 *   hr_support                  35   HR Assistant, Junior Recruiter, Stagiair HR, HR-administratie
 *   other                       15   anyone else, including leaders of families the company does not hire in
 *   no_title                     5   no title known
 *
 * Seniority orders the HR rules: chief / director / head > manager / lead >
 * specialist / officer / adviseur > assistant / junior / intern; the last
 * never leads anything, even in HR.
 *
 * Job families come from the titles of the company's jobs (developer →
 * engineering/IT, verpleegkundige → care …). A family is a main one when it
 * holds at least a fifth of the classified jobs, or five jobs. A leader whose
 * title names a family is a hiring manager there: a Finance Director is one
 * at a company hiring controllers, but unrelated at a company hiring only
 * nurses. Titles that manage things rather than people (account, project,
 * product manager) lead no family.
 */

export type RelevanceKey =
  | 'talent_acquisition_lead'
  | 'hr_lead'
  | 'recruitment_manager'
  | 'recruiter'
  | 'hr_manager'
  | 'hr_partner'
  | 'hiring_manager'
  | 'hr_advisor'
  | 'executive'
  | 'line_manager'
  | 'hr_support'
  | 'other'
  | 'no_title';

export type JobFamily =
  | 'engineering'
  | 'care'
  | 'finance'
  | 'logistics'
  | 'sales'
  | 'production'
  | 'customer_service'
  | 'marketing'
  | 'hospitality'
  | 'education'
  | 'legal'
  | 'retail'
  | 'office';

export const JOB_FAMILY_LABELS: Readonly<Record<JobFamily, string>> = {
  engineering: 'engineering/IT',
  care: 'care',
  finance: 'finance',
  logistics: 'logistics',
  sales: 'sales',
  production: 'production/technical',
  customer_service: 'customer service',
  marketing: 'marketing/communication',
  hospitality: 'hospitality',
  education: 'education',
  legal: 'legal',
  retail: 'retail',
  office: 'office/administration',
};

export interface Relevance {
  /** 0–100; higher is a better first contact. */
  score: number;
  /** Short English explanation, e.g. "Leads talent acquisition: decides on agency use". */
  reason: string;
  /** The rule that decided, for the UI to word the reason in its own language. */
  reasonKey: RelevanceKey;
  /** For a leader of a job family: that family. */
  family?: JobFamily;
  /** For a leader of a job family: how many of the company's jobs fall in it. */
  familyJobs?: number;
}

/** How many of the jobs fall in each family (jobs of no known family are left out). */
export type JobFamilyCounts = ReadonlyMap<JobFamily, number>;

/**
 * A title in a comparable form: lower case, no accents, words separated by
 * single spaces; a few multi-word terms become one token first so that their
 * parts do not mislead ("P&O" is HR, not "o"; "business development" is sales,
 * not engineering; "customer care" is service, not care).
 */
function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\bp\s*(&|en)\s*o\b/g, ' pno ')
    .replace(/\bw\s*(&|en)\s*s\b/g, ' werving ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bbusiness development\b/g, 'bizdev')
    .replace(/\bcustomer (care|service|support|success)\b/g, 'customerservice')
    .replace(/\b(learning and development|l and d|talent (development|management)|talentontwikkeling)\b/g, 'learning')
    .replace(/\blead generation\b/g, 'leadgeneration')
    .replace(/\b(product|process|business|data|service|budget|risk|content) owner\b/g, '$1owner')
    .trim();
}

interface FamilyRule {
  family: JobFamily;
  /** Words in a job title that put the job in this family. */
  job: RegExp;
  /** Words in a leader's title that say this family is theirs. */
  lead: RegExp;
}

// Order matters for jobs: the first family whose `job` pattern matches wins
// ("sales engineer" is sales, "service engineer" production, "data engineer" IT).
const FAMILY_RULES: readonly FamilyRule[] = [
  {
    family: 'sales',
    job: /\b(sales|verkoo?p|verkoper|account ?manager|accountmanager|key account|account executive|bizdev|binnendienst|buitendienst|commercie|commercial|vertegenwoordiger)/,
    lead: /\b(sales|verkoop|commercie|commercial|cco|bizdev|account ?management|accountmanagement|key account)/,
  },
  {
    family: 'customer_service',
    job: /\b(customerservice|klantenservice|klantcontact|klantadviseur|call ?cent|contact ?cent)/,
    lead: /\b(customerservice|klantenservice|klantcontact|call ?cent|contact ?cent)/,
  },
  {
    family: 'marketing',
    job: /\b(marketing|marketeer|communicatie|communications?\b|content|social media|seo\b|sea\b|copywriter|grafisch|graphic|leadgeneration)/,
    lead: /\b(marketing|communicatie|communications?\b|brand|cmo\b|content|growth\b)/,
  },
  {
    family: 'finance',
    job: /\b(financ|controller|controlling|accountan|boekhoud|administrateur|crediteuren|debiteuren|fiscal|tax\b|audit|treasury|payroll|salarisadministra)/,
    lead: /\b(financ|cfo\b|controlling|control\b|accounting|boekhouding|administratie|treasury|fiscal|tax\b)/,
  },
  {
    family: 'legal',
    job: /\b(jurist|juridisch|legal|advocaat|lawyer|paralegal|notaris|compliance)/,
    lead: /\b(legal|juridisch|general counsel|compliance)/,
  },
  {
    family: 'care',
    job: /\b(verpleeg|verzorg|zorg|nurse|nursing|care\b|caregiver|arts\b|huisarts|doktersassistent|apothe|fysiotherap|therapeut|psycholo|psychiater|ggz|(persoonlijk |woon|client|clienten)?begeleider|agogisch|helpende|kraam|operatieassistent|anesthesie|laborant|tandarts|mondhygien|verloskund|ziekenhuis|medisch|medical|physician|doctor|ambulance)/,
    lead: /\b(zorg|care\b|verpleg|verpleeg|nursing|medisch|medical|kliniek|behandel|cno\b|ggz)/,
  },
  {
    family: 'education',
    job: /\b(docent|leraar|lerares|leerkracht|teacher|onderwijs|pedagogisch|kinderopvang|pm er\b)/,
    lead: /\b(onderwijs|education|school|kinderopvang)/,
  },
  {
    family: 'hospitality',
    job: /\b(horeca|kok\b|chef ?kok|sous ?chef|keuken|bediening|barista|bartender|barmedewerker|hotel|afwas|catering|restaurant|gastvrouw|gastheer)/,
    lead: /\b(horeca|keuken|kitchen|f and b|food and beverage|restaurant|hotel|bediening|chef ?kok|head chef|executive chef)/,
  },
  {
    family: 'engineering',
    job: /\b(software|developer|ontwikkelaar|programm|devops|data (engineer|scien|analist|analyst|architect)|cloud|machine learning|ml engineer|front ?end|back ?end|full ?stack|it\b|ict|scrum|product ?owner|ux\b|ui\b|tester|test engineer|qa\b|cyber|it security|security (engineer|analyst|architect)|sysadmin|systeembeheer|netwerk|network|applicatiebeheer|functioneel beheer|servicedesk|helpdesk|database|dba\b)/,
    lead: /\b(engineer|development|develop|ontwikkeling|software|back ?end|front ?end|full ?stack|mobile|cloud|java|net\b|it\b|ict\b|technology|tech\b|technologie|technisch|technical|data\b|platform|digital|devops|infrastructure|infra\b|security|cyber|architecture|cto\b|cio\b|cdo\b|informatie|information|automatisering|r and d\b)/,
  },
  {
    family: 'logistics',
    job: /\b(logisti|warehouse|magazijn|orderpick|heftruck|reachtruck|chauffeur|driver|vrachtwagen|transport|planner|supply chain|inkoop|inkoper|purchas|buyer|procurement|expeditie|expediteur|distributie|koerier|bezorg|douane|customs|forwarding|shipping|dispatch)/,
    lead: /\b(logisti|warehouse|magazijn|transport|supply chain|distributie|distribution|expeditie|fleet|wagenpark|inkoop|purchasing|procurement|operations|operationee?l|bedrijfsvoering|coo\b)/,
  },
  {
    family: 'production',
    job: /\b(productie|production|operator|monteur|mechanic|technicus|technician|technisch|technical|onderhoud|maintenance|elektr|electric|installat|lasser|welder|cnc|draaier|frezer|werkvoorbereid|assemblage|assembly|constructie|bankwerker|timmerman|metselaar|loodgieter|stukadoor|uitvoerder|calculator|werkplaats|proces|process|mechanical|werktuigbouw|kwaliteit|quality|service engineer|field engineer|bouw|civiel|civil)/,
    lead: /\b(productie|production|operations|operationee?l|bedrijfsvoering|technisch|technical|technische dienst|techniek|onderhoud|maintenance|plant\b|fabriek|manufacturing|engineer|werkplaats|coo\b|bouw|uitvoering|kwaliteit|quality)/,
  },
  {
    family: 'retail',
    job: /\b(winkel|retail|kassa|caissi|filiaal|store|vakkenvuller)/,
    lead: /\b(winkel|retail|filiaal|store)/,
  },
  {
    family: 'office',
    job: /\b(administratie|administratief|secretar|office\b|officemanager|receptie|management ?assist|backoffice|back office|facilit)/,
    lead: /\b(office\b|facilit|secretariaat|administratie)/,
  },
];

/** The family of a job title, or undefined when no family word appears. */
export function jobFamilyOf(jobTitle: string): JobFamily | undefined {
  const title = normalizeTitle(jobTitle);
  const rule = FAMILY_RULES.find((r) => r.job.test(title));
  if (rule) return rule.family;
  // A bare "engineer" in a job title is most often software.
  return /\bengineer/.test(title) ? 'engineering' : undefined;
}

/** Counts the company's jobs per family. */
export function countJobFamilies(jobTitles: readonly string[]): JobFamilyCounts {
  const counts = new Map<JobFamily, number>();
  for (const title of jobTitles) {
    const family = jobFamilyOf(title);
    if (family) counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  return counts;
}

const MAIN_FAMILY_SHARE = 0.2;
const MAIN_FAMILY_JOBS = 5;

/** A family is a main one with a fifth of the classified jobs, or five jobs. */
export function isMainFamily(family: JobFamily, counts: JobFamilyCounts): boolean {
  const jobs = counts.get(family) ?? 0;
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return jobs > 0 && (jobs >= MAIN_FAMILY_JOBS || jobs >= MAIN_FAMILY_SHARE * total);
}

// People titles. Leader words may end a Dutch compound (salesmanager, teamleider, afdelingshoofd).
const JUNIOR = /\b(junior|jr|assistent|assistente|assistant|intern|internship|stagiair|stagiaire|stage|trainee|werkstudent|student|apprentice|leerling)\b|secretar/;
const HR_SUPPORT = /\b(administratie|administratief|support|ondersteun\w*|medewerker administratie)\b/;
const DIRECTOR_LEVEL = /(hoofd|directeur|directrice|director)\b|\b(head|chief|vp|vice president|svp|evp|cto|cfo|coo|cio|cmo|cco|cdo|cno|chro)\b/;
const MANAGER_LEVEL = /(manager|leader|(?<!ge|op)leider|(?<!ge)leidster|leidinggevende|lead|supervisor|chef|voorman)\b/;
/** Titles with "manager" or "leider" that manage a thing, not people. */
const NOT_A_LEADER =
  /\b((key )?account ?|project ?|product ?|category ?|case ?|contract ?|event ?|community ?|content ?|property ?|relatie ?|relationship ?|portfolio ?|traffic ?|release ?|asset ?|vendor ?|risk ?|claims? ?|office ?)(manager|leider)\b|\bprojectleider\b|\bleadgeneration\b/g;

/** C-suite titles stay executives where the company does not hire in their own field. */
const C_LEVEL = /\b(cto|cfo|coo|cio|cmo|cco|cdo|cno|cso|chief \w+ officer)\b/;
const RECRUITMENT = /\b(recruit|talent (acquisition|acquisitie|attraction|partner|scout|sourc)|sourcer|werving)/;
const TALENT_ACQUISITION = /\btalent (acquisition|acquisitie|attraction)/;
const HR = /\b(hr|hrm|hrd|hrbp|human resources?|human capital|pno|personeel\w*|people (and culture|en cultuur|operations|ops|team|partner|business partner|lead|director|directeur|advisor|adviseur|specialist|officer|generalist|experience))\b|\b(head|director|directeur|vp|chief|hoofd) (of )?people\b|\bchro\b/;
const HR_PARTNER = /\b(business partner|hrbp|people partner)\b/;
const EXECUTIVE =
  /\b(ceo|chief executive|algemeen directeur|algemene directie|managing director|general manager|country manager|directeur eigenaar|eigenaar directeur|directeur grootaandeelhouder|dga|eigenaar|owner|co ?founder|founder|oprichter|mede ?oprichter|bestuurder|bestuursvoorzitter|raad van bestuur|president|statutair directeur|managing partner|vennoot|ondernemer|zaakvoerder)\b|^partner$/;

const rule = (reasonKey: RelevanceKey, score: number, reason: string): Relevance => ({ score, reason, reasonKey });

const jobsText = (n: number) => (n === 1 ? '1 job' : `${n} jobs`);

/** The relevance of one title, given the company's jobs per family. */
export function relevanceOf(title: string | null | undefined, counts: JobFamilyCounts): Relevance {
  const t = normalizeTitle(title ?? '');
  if (!t) return rule('no_title', 5, 'No title known');

  const junior = JUNIOR.test(t);
  const levelOf = (text: string) => (junior ? null : DIRECTOR_LEVEL.test(text) ? 'director' : MANAGER_LEVEL.test(text) ? 'manager' : null);
  // In HR any manager counts ("HR & Office Manager"); elsewhere an account or project manager leads no people.
  const hrLevel = levelOf(t);
  const leaderText = t.replace(NOT_A_LEADER, ' ');
  const level = levelOf(leaderText);

  if (RECRUITMENT.test(t)) {
    if (junior) return rule('hr_support', 35, 'Junior or assistant in recruitment: little say in agency use');
    if (hrLevel === 'director' || (hrLevel === 'manager' && TALENT_ACQUISITION.test(t))) {
      return rule('talent_acquisition_lead', 95, 'Leads talent acquisition: decides on agency use');
    }
    if (hrLevel === 'manager') return rule('recruitment_manager', 88, 'Manages recruitment: chooses and briefs agencies');
    return rule('recruiter', 80, 'Recruits in-house: first contact for agency support');
  }

  if (HR.test(t)) {
    if (junior || HR_SUPPORT.test(t)) return rule('hr_support', 35, 'Junior or assistant in HR: little say in agency use');
    if (HR_PARTNER.test(t)) return rule('hr_partner', 70, 'HR business partner: knows the hiring needs of departments');
    if (hrLevel === 'director') return rule('hr_lead', 90, 'Leads HR: decides on recruitment budget and agencies');
    if (hrLevel === 'manager') return rule('hr_manager', 78, 'Manages HR: involved in hiring and agency choices');
    return rule('hr_advisor', 60, 'Works in HR: can point to the people who hire');
  }

  if (junior) return rule('other', 15, 'Junior or assistant role: no say in hiring');

  if (level) {
    const families = FAMILY_RULES.filter((r) => r.lead.test(leaderText)).map((r) => r.family);
    if (families.length > 0) {
      // The family of the title in which the company has the most jobs.
      const family = families.reduce((best, f) => ((counts.get(f) ?? 0) > (counts.get(best) ?? 0) ? f : best));
      const jobs = counts.get(family) ?? 0;
      const label = JOB_FAMILY_LABELS[family];
      const detail = { family, familyJobs: jobs };
      const verb = level === 'director' ? 'Leads' : 'Manages';
      if (jobs > 0) {
        const main = isMainFamily(family, counts);
        const score = (main ? 65 : 40) + (level === 'director' ? 5 : 0);
        return { ...rule('hiring_manager', score, `${verb} ${label}, which has ${jobsText(jobs)}`), ...detail };
      }
      if (!EXECUTIVE.test(t) && !C_LEVEL.test(t)) {
        return { ...rule('other', 15, `${verb} ${label}, where the company has no jobs`), ...detail };
      }
    }
  }

  // A bare "Directeur" or "Director" runs the company; a bare "Hoofd" or "Teamleider" a team.
  if (EXECUTIVE.test(t) || C_LEVEL.test(t) || (level === 'director' && /(directeur|directrice|director)\b/.test(leaderText))) {
    return rule('executive', 50, 'Runs the company: decides on hiring, above all at smaller companies');
  }
  if (level) return rule('line_manager', 40, 'Leads a team; its department is not named');
  return rule('other', 15, 'Role unrelated to hiring');
}

/**
 * The company's people, most relevant for recruitment outreach first, each
 * with the reason; equal scores by name, then in the order given.
 * `jobTitles` are the titles of the company's open jobs (or recent ones).
 */
export function rankDecisionMakers<T extends { name: string; title: string | null }>(
  people: readonly T[],
  jobTitles: readonly string[],
): (T & { relevance: Relevance })[] {
  const counts = countJobFamilies(jobTitles);
  return people
    .map((person, index) => ({ person: { ...person, relevance: relevanceOf(person.title, counts) }, index }))
    .sort(
      (a, b) =>
        b.person.relevance.score - a.person.relevance.score ||
        a.person.name.localeCompare(b.person.name, 'nl') ||
        a.index - b.index,
    )
    .map(({ person }) => person);
}
