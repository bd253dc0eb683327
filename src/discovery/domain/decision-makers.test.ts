import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countJobFamilies,
  isMainFamily,
  jobFamilyOf,
  rankDecisionMakers,
  relevanceOf,
  type JobFamily,
  type RelevanceKey,
} from './decision-makers.js';

const softwareJobs = ['Senior Software Developer', 'Backend Engineer (Java)', 'Data Engineer', 'Frontend Developer', 'DevOps Engineer', 'Controller'];
const careJobs = ['Verpleegkundige', 'Verzorgende IG', 'Wijkverpleegkundige', 'Helpende Plus'];
const financeJobs = ['Financial Controller', 'Boekhouder', 'Financieel administrateur'];

/** Given the company hires for `jobs`, when `title` is scored, then it gets this key and score. */
const scored = (title: string | null, jobs: readonly string[] = softwareJobs) => {
  const { reasonKey, score } = relevanceOf(title, countJobFamilies(jobs));
  return { reasonKey, score };
};
const expectRule = (title: string | null, reasonKey: RelevanceKey, score: number, jobs?: readonly string[]) =>
  expect(scored(title, jobs), String(title)).toEqual({ reasonKey, score });

describe('relevanceOf: talent acquisition and recruitment', () => {
  it.each([
    'Head of Talent Acquisition',
    'Talent Acquisition Lead',
    'Talent Acquisition Manager',
    'Manager Talent Acquisitie',
    'Hoofd Werving',
    'Hoofd Werving & Selectie',
    'Recruitment Director',
    'Head of Recruitment',
  ])('%s leads talent acquisition (95)', (title) => {
    expectRule(title, 'talent_acquisition_lead', 95);
  });

  it.each(['Recruitment Manager', 'Recruitment Lead', 'Teamleider Werving & Selectie', 'Recruitmentmanager'])(
    '%s manages recruitment (88)',
    (title) => expectRule(title, 'recruitment_manager', 88),
  );

  it.each(['Recruiter', 'Corporate Recruiter', 'Senior Recruiter', 'Talent Acquisition Specialist', 'Talent Acquisition Partner', 'Wervingsadviseur', 'Medewerker Werving en Selectie', 'IT Recruiter'])(
    '%s is a recruiter (80)',
    (title) => expectRule(title, 'recruiter', 80),
  );

  it('gives the reason in words', () => {
    expect(relevanceOf('Head of Talent Acquisition', new Map()).reason).toBe('Leads talent acquisition: decides on agency use');
  });
});

describe('relevanceOf: HR', () => {
  it.each(['HR Director', 'HR-directeur', 'Directeur HR', 'Head of HR', 'Hoofd P&O', 'Hoofd Personeelszaken', 'Directeur P&O', 'CHRO', 'Chief People Officer', 'Chief Human Resources Officer', 'VP People', 'Head of People & Culture'])(
    '%s leads HR (90)',
    (title) => expectRule(title, 'hr_lead', 90),
  );

  it.each(['HR Manager', 'HR-manager', 'Manager P&O', 'Manager HRM', 'People & Culture Lead', 'Teamleider HR', 'Personeelsmanager', 'HR & Office Manager'])(
    '%s manages HR (78)',
    (title) => expectRule(title, 'hr_manager', 78),
  );

  it.each(['HR Business Partner', 'HRBP', 'Senior HR Business Partner', 'People Partner'])('%s is an HR business partner (70)', (title) => {
    expectRule(title, 'hr_partner', 70);
  });

  it.each(['HR-adviseur', 'HR Advisor', 'HR Officer', 'HR Generalist', 'Personeelszaken', 'Medewerker Personeelszaken', 'P&O-adviseur', 'Adviseur P&O'])(
    '%s works in HR (60)',
    (title) => expectRule(title, 'hr_advisor', 60),
  );

  it.each(['HR Assistant', 'HR-assistent', 'Junior HR Advisor', 'Stagiair HR', 'HR Intern', 'Junior Recruiter', 'Recruitment Assistant', 'Medewerker HR-administratie', 'HR Support'])(
    '%s is junior or support in HR (35)',
    (title) => expectRule(title, 'hr_support', 35),
  );
});

describe('relevanceOf: hiring managers depend on the company’s jobs', () => {
  it.each([
    ['CTO', 70],
    ['Chief Technology Officer', 70],
    ['Head of Engineering', 70],
    ['VP Engineering', 70],
    ['Engineering Manager', 65],
    ['Teamleider Development', 65],
    ['Development Manager', 65],
    ['IT Manager', 65],
    ['ICT-manager', 65],
    ['Lead Developer', 65],
    ['Tech Lead', 65],
    ['Technisch Directeur', 70],
    ['Teamlead Backend', 65],
  ] as const)('given a company hiring developers, %s manages engineering (%i)', (title, score) => {
    expectRule(title, 'hiring_manager', score, softwareJobs);
    expect(relevanceOf(title, countJobFamilies(softwareJobs))).toMatchObject({ family: 'engineering', familyJobs: 5 });
  });

  it('names the family and its jobs in the reason', () => {
    expect(relevanceOf('Engineering Manager', countJobFamilies(softwareJobs)).reason).toBe('Manages engineering/IT, which has 5 jobs');
    expect(relevanceOf('CTO', countJobFamilies(['Developer'])).reason).toBe('Leads engineering/IT, which has 1 job');
  });

  it('given a company hiring only nurses, a Finance Director is unrelated and a care manager is a hiring manager', () => {
    expectRule('Finance Director', 'other', 15, careJobs);
    expect(relevanceOf('Finance Director', countJobFamilies(careJobs))).toMatchObject({
      family: 'finance',
      familyJobs: 0,
      reason: 'Leads finance, where the company has no jobs',
    });
    expectRule('Directeur Zorg', 'hiring_manager', 70, careJobs);
    expectRule('Zorgmanager', 'hiring_manager', 65, careJobs);
    expectRule('Teamleider Zorg', 'hiring_manager', 65, careJobs);
    expectRule('Verpleegkundig Manager', 'hiring_manager', 65, careJobs);
    // A C-level title stays an executive, as the company may still hire through them.
    expectRule('CTO', 'executive', 50, careJobs);
    expectRule('Chief Operating Officer', 'executive', 50, careJobs);
  });

  it('given a company hiring controllers, the Finance Director is a hiring manager', () => {
    for (const title of ['Finance Director', 'Financieel Directeur', 'CFO', 'Hoofd Financiën']) expectRule(title, 'hiring_manager', 70, financeJobs);
    for (const title of ['Finance Manager', 'Manager Finance & Control', 'Teamleider Administratie']) expectRule(title, 'hiring_manager', 65, financeJobs);
  });

  it('ranks a leader of a family with only a few of the jobs below the main ones', () => {
    // One controller among five developers: finance is not a main family.
    expectRule('Finance Director', 'hiring_manager', 45, softwareJobs);
    expectRule('Finance Manager', 'hiring_manager', 40, softwareJobs);
  });

  it.each([
    ['Sales Director', 'sales', ['Accountmanager', 'Sales Representative']],
    ['Salesmanager', 'sales', ['Accountmanager']],
    ['Commercieel Directeur', 'sales', ['Medewerker Verkoop Binnendienst']],
    ['Logistiek Manager', 'logistics', ['Chauffeur CE', 'Magazijnmedewerker', 'Orderpicker']],
    ['Warehouse Manager', 'logistics', ['Reachtruckchauffeur', 'Magazijnmedewerker']],
    ['Operations Manager', 'logistics', ['Chauffeur CE', 'Planner']],
    ['Productiemanager', 'production', ['Operator', 'Procesoperator', 'Monteur']],
    ['Hoofd Technische Dienst', 'production', ['Onderhoudsmonteur', 'Elektromonteur']],
    ['Operations Manager', 'production', ['Operator', 'CNC-draaier']],
    ['Manager Klantenservice', 'customer_service', ['Medewerker Klantenservice']],
    ['Marketing Manager', 'marketing', ['Online Marketeer', 'Content Marketeer']],
    ['Chef-kok', 'hospitality', ['Kok', 'Zelfstandig werkend kok']],
    ['Store Manager', 'retail', ['Winkelmedewerker', 'Kassamedewerker']],
  ] as const)('%s manages %s', (title, family, jobs) => {
    expect(relevanceOf(title, countJobFamilies(jobs))).toMatchObject({ reasonKey: 'hiring_manager', family });
  });
});

describe('relevanceOf: executives and everyone else', () => {
  it.each(['CEO', 'Chief Executive Officer', 'Algemeen Directeur', 'Managing Director', 'Owner', 'Eigenaar', 'Directeur-eigenaar', 'DGA', 'Founder', 'Co-founder', 'Oprichter', 'Directeur', 'General Manager', 'Bestuurder', 'Country Manager Netherlands'])(
    '%s runs the company (50)',
    (title) => expectRule(title, 'executive', 50),
  );

  it('gives a founder who is also CTO the better of the two', () => {
    expectRule('Founder & CTO', 'hiring_manager', 70, softwareJobs);
    expectRule('Founder & CTO', 'executive', 50, careJobs);
  });

  it.each(['Teamleider', 'Manager', 'Bedrijfsleider', 'Vestigingsmanager', 'Afdelingshoofd', 'Head of Department', 'People Manager', 'Talent Development Manager'])('%s leads a team of no named department (40)', (title) => {
    expectRule(title, 'line_manager', 40);
  });

  it.each([
    'Software Engineer',
    'Accountmanager',
    'Key Account Manager',
    'Project Manager',
    'Projectleider',
    'Product Manager',
    'Product Owner',
    'Office Manager',
    'Begeleider',
    'Opleider',
    'Executive Assistant to the CEO',
    'Management Assistant',
    'Directiesecretaresse',
    'Assistant Store Manager',
    'Lead Generation Specialist',
    'Controller',
    'Salarisadministrateur',
  ])('%s is unrelated to hiring (15)', (title) => {
    expectRule(title, 'other', 15);
  });

  it.each([null, '', '   '])('no title (%j) scores 5', (title) => {
    expectRule(title, 'no_title', 5);
  });
});

describe('job families', () => {
  it.each([
    ['Senior Software Developer', 'engineering'],
    ['Data Engineer', 'engineering'],
    ['Engineer', 'engineering'],
    ['Sales Engineer', 'sales'],
    ['Service Engineer', 'production'],
    ['Werktuigbouwkundig Engineer', 'production'],
    ['Verpleegkundige', 'care'],
    ['Persoonlijk Begeleider Gehandicaptenzorg', 'care'],
    ['Boekhouder', 'finance'],
    ['Accountant', 'finance'],
    ['Accountmanager', 'sales'],
    ['Chauffeur CE', 'logistics'],
    ['Planner', 'logistics'],
    ['Productieplanner', 'production'],
    ['Medewerker Klantenservice', 'customer_service'],
    ['Customer Care Agent', 'customer_service'],
    ['Docent Wiskunde', 'education'],
    ['Jurist', 'legal'],
  ] as const)('%s is in %s', (title, family) => {
    expect(jobFamilyOf(title)).toBe(family);
  });

  it('knows no family for titles without a family word', () => {
    expect(jobFamilyOf('Duizendpoot')).toBeUndefined();
  });

  it('calls a family main with a fifth of the classified jobs or five jobs', () => {
    const counts = countJobFamilies([...Array(20).fill('Developer'), ...Array(5).fill('Chauffeur'), 'Controller', 'Duizendpoot']);
    expect(counts).toEqual(
      new Map<JobFamily, number>([
        ['engineering', 20],
        ['logistics', 5],
        ['finance', 1],
      ]),
    );
    expect(isMainFamily('engineering', counts)).toBe(true);
    expect(isMainFamily('logistics', counts)).toBe(true); // 5 jobs, though under a fifth
    expect(isMainFamily('finance', counts)).toBe(false);
    expect(isMainFamily('care', counts)).toBe(false);
  });
});

describe('rankDecisionMakers', () => {
  it('puts HR above the CTO above the Finance Director at a software company', () => {
    const people = [
      { name: 'Fleur', title: 'Finance Director' },
      { name: 'Chris', title: 'CTO' },
      { name: 'Hanna', title: 'HR Director' },
      { name: 'Tom', title: 'Head of Talent Acquisition' },
      { name: 'Sam', title: null },
      { name: 'Eva', title: 'CEO' },
      { name: 'Rik', title: 'Recruiter' },
    ];
    expect(rankDecisionMakers(people, ['Java Developer', 'Java Developer', 'Scrum Master', 'Data Engineer']).map((p) => p.title)).toEqual([
      'Head of Talent Acquisition',
      'HR Director',
      'Recruiter',
      'CTO',
      'CEO',
      'Finance Director',
      null,
    ]);
  });

  it('puts juniors below leads, also in HR', () => {
    const ranked = rankDecisionMakers(
      [
        { name: 'A', title: 'Junior Recruiter' },
        { name: 'B', title: 'HR Assistant' },
        { name: 'C', title: 'Recruitment Lead' },
        { name: 'D', title: 'HR Manager' },
      ],
      [],
    );
    expect(ranked.map((p) => p.name)).toEqual(['C', 'D', 'A', 'B']);
  });

  it('orders equal scores by name, then keeps the given order', () => {
    const people = [
      { id: 1, name: 'Zoë', title: 'Recruiter' },
      { id: 2, name: 'Anna', title: 'Recruiter' },
      { id: 3, name: 'Bram', title: 'Corporate Recruiter' },
      { id: 4, name: 'Anna', title: 'Recruiter' },
    ];
    expect(rankDecisionMakers(people, []).map((p) => p.id)).toEqual([2, 4, 3, 1]);
  });

  it('keeps the people’s own fields and adds the relevance', () => {
    const [ranked] = rankDecisionMakers([{ id: 'p1', name: 'Ann', title: 'Hoofd P&O', email: 'ann@example.nl' }], []);
    expect(ranked).toEqual({
      id: 'p1',
      name: 'Ann',
      title: 'Hoofd P&O',
      email: 'ann@example.nl',
      relevance: { score: 90, reasonKey: 'hr_lead', reason: 'Leads HR: decides on recruitment budget and agencies' },
    });
  });

  it('scores within 0..100 and returns a sorted permutation of its input', () => {
    const titles = [
      'HR Director', 'Recruiter', 'CTO', 'Finance Director', 'CEO', 'Teamleider', 'Software Engineer', 'Junior Recruiter',
      'Directeur Zorg', 'Accountmanager', 'Operations Manager', 'HR Business Partner', 'Hoofd P&O', 'Stagiair',
    ];
    const title = fc.oneof(fc.constantFrom(...titles), fc.string(), fc.constant(null));
    const person = fc.record({ name: fc.string(), title });
    const jobTitle = fc.oneof(fc.constantFrom('Developer', 'Verpleegkundige', 'Controller', 'Chauffeur', 'Operator', 'Accountmanager'), fc.string());
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), fc.array(jobTitle, { maxLength: 30 }), (people, jobs) => {
        const ranked = rankDecisionMakers(people, jobs);
        expect(ranked).toHaveLength(people.length);
        for (const p of ranked) {
          expect(Number.isInteger(p.relevance.score)).toBe(true);
          expect(p.relevance.score).toBeGreaterThanOrEqual(0);
          expect(p.relevance.score).toBeLessThanOrEqual(100);
          expect(p.relevance.reason.length).toBeGreaterThan(0);
        }
        const key = (p: { name: string; title: string | null }) => JSON.stringify([p.name, p.title]);
        expect(ranked.map(key).sort()).toEqual(people.map(key).sort());
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i - 1]!.relevance.score).toBeGreaterThanOrEqual(ranked[i]!.relevance.score);
        }
      }),
    );
  });
});
