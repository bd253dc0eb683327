/** Word lists for believable Dutch demo companies, people and vacancies. */

import { DUTCH_PLACES } from '../discovery/domain/index.js';

/** The largest Dutch cities, from the gazetteer, biggest first. */
export const CITIES: readonly string[] = DUTCH_PLACES.filter((place) => place.kind === 'city')
  .sort((a, b) => b.population - a.population)
  .slice(0, 30)
  .map((place) => place.name);

/** Regions people name companies after: 'Zorggroep Twente', 'Rijnmond Logistiek'. */
export const REGIONS = [
  'Noord', 'Zuid', 'West', 'Oost', 'Delta', 'Polder', 'Rijn', 'Maas', 'Amstel', 'Twente', 'Veluwe', 'Kempen',
  'Zeeland', 'Waal', 'IJssel', 'Dommel', 'Vecht', 'Eemland', 'Kennemerland', 'Gooi', 'Brabant', 'Limburg',
  'Friesland', 'Drenthe', 'Achterhoek', 'Westland', 'Holland', 'Oranje', 'Flevo', 'Zaanstreek', 'Haaglanden',
  'Rijnmond', 'Midden-Nederland', 'West-Brabant', 'Liemers', 'Betuwe', 'Salland', 'Hollands Midden', 'Noordzee',
  'Waddenzee', 'Peel', 'Groene Hart', 'Zuidas', 'Lage Landen', 'Hanze', 'Dijk', 'Duin', 'Merwede',
] as const;

/** Syllables for coined brand names ('Nexora', 'Lumify'). */
export const BRAND_SYLLABLES = {
  starts: ['Nex', 'Vox', 'Blu', 'Qua', 'Tri', 'Zen', 'Lum', 'Ori', 'Ver', 'Sol', 'Kin', 'Fla', 'Mob', 'Syn', 'Ax', 'Cor', 'Dat', 'Elev', 'Fin', 'Hyp', 'Inno', 'Jet', 'Klik', 'Nim', 'Opti', 'Pix', 'Rok', 'Stri', 'Tak', 'Vin', 'Wiz', 'Yon', 'Brix', 'Cura', 'Delo', 'Fluxx', 'Hel', 'Quin', 'Ravo', 'Tel'],
  ends: ['io', 'ly', 'ora', 'ix', 'eo', 'ent', 'aro', 'ify', 'ium', 'on', 'era', 'igo', 'lab', 'ia', 'us', 'oo', 'wise', 'base', 'flow', 'stack', 'bit', 'hub', 'vo', 'mo'],
} as const;

/** A group of jobs an employer hires for together, with the skills they ask. */
export interface JobFamily {
  titles: readonly string[];
  skills: readonly string[];
  /** Whether titles take 'Junior'/'Medior'/'Senior' (not for 'Verpleegkundige' or 'Chauffeur CE'). */
  levels: boolean;
  /** Gross monthly salary for a medior, in euros. */
  pay: readonly [number, number];
}

export interface Industry {
  /** As LinkedIn names it. */
  name: string;
  /** Relative share of Dutch companies on LinkedIn: IT services and consulting are many, semiconductors few. */
  weight: number;
  /** What companies in it do, for "{name} {activity} vanuit {city}." */
  activities: readonly string[];
  /** Company name templates: {Family}, {Family2}, {Region}, {City}, {Brand}. */
  names: readonly string[];
  families: readonly JobFamily[];
  /** Hiring managers of these job families, as their LinkedIn titles read. */
  managers: readonly string[];
  /** Cities where the industry clusters (Eindhoven for chips, Den Haag for government). */
  hubs?: readonly string[];
  /** Earliest likely founding year. */
  foundedFrom?: number;
  /** Smallest typical employee count. */
  minEmployees?: number;
  /** Every job title of the industry. */
  jobs: readonly string[];
  /** Every skill the industry's jobs ask for. */
  skills: readonly string[];
}

type IndustrySpec = Omit<Industry, 'families' | 'jobs' | 'skills'> & {
  families: readonly (readonly [titles: readonly string[], skills: readonly string[], levels?: boolean, pay?: readonly [number, number]])[];
};

function industry(spec: IndustrySpec): Industry {
  const families = spec.families.map(([titles, skills, levels = true, pay]) => ({
    titles,
    skills,
    levels,
    pay: pay ?? (levels ? ([3_600, 5_200] as const) : ([2_700, 3_500] as const)),
  }));
  return {
    ...spec,
    families,
    jobs: families.flatMap((family) => family.titles),
    skills: [...new Set(families.flatMap((family) => family.skills))],
  };
}

/** Industries as LinkedIn names them, with job families typical for each. */
export const INDUSTRIES: readonly Industry[] = [
  industry({
    name: 'IT Services and IT Consulting',
    weight: 11,
    activities: ['levert IT-beheer en clouddiensten aan het mkb', 'helpt organisaties met de overstap naar de cloud', 'implementeert ERP- en CRM-systemen', 'detacheert IT-professionals bij overheid en bedrijfsleven', 'beveiligt netwerken en werkplekken van zorginstellingen en gemeenten'],
    names: ['{Brand} IT', '{Region} ICT', '{Brand} Consulting', '{Family} ICT', '{Brand} Solutions', '{Region} IT Groep', '{Brand} Cloud'],
    families: [
      [['IT Consultant', 'Functioneel Beheerder', 'Business Analist', 'Informatieanalist'], ['ITIL', 'BiSL', 'SQL', 'Requirements Engineering', 'TOPdesk']],
      [['Systeembeheerder', 'Netwerkbeheerder', 'Cloud Engineer', 'Microsoft 365 Engineer'], ['Azure', 'Microsoft 365', 'Windows Server', 'Networking', 'Linux', 'VMware', 'Intune']],
      [['Servicedesk Medewerker', 'Support Engineer', 'Werkplekbeheerder'], ['ITIL', 'TOPdesk', 'Microsoft 365', 'Active Directory'], true, [2_800, 3_800]],
      [['Cloud Architect', 'Security Consultant', 'Security Officer', 'Solution Architect'], ['Azure', 'AWS', 'ISO 27001', 'NIS2', 'TOGAF', 'SIEM'], true, [5_000, 7_200]],
      [['SAP Consultant', 'Dynamics 365 Consultant', 'Salesforce Consultant'], ['SAP S/4HANA', 'Dynamics 365', 'Salesforce', 'ERP'], true, [4_200, 6_200]],
    ],
    managers: ['IT Manager', 'Manager Operations', 'Teamleider Servicedesk', 'Practice Lead', 'CTO', 'Delivery Manager'],
    hubs: ['Amsterdam', 'Utrecht', 'Den Haag', 'Amersfoort', 'Nieuwegein'],
    foundedFrom: 1985,
  }),
  industry({
    name: 'Software Development',
    weight: 9,
    activities: ['ontwikkelt SaaS-software voor de logistiek en transportsector', 'bouwt webapplicaties en mobiele apps voor klanten in heel Europa', 'maakt een cloudplatform voor personeelsplanning', 'ontwikkelt software voor zorginstellingen en huisartsen', 'bouwt een e-commerceplatform voor webwinkels', 'ontwikkelt boekhoud- en betaalsoftware voor het mkb'],
    names: ['{Brand}', '{Brand} Software', '{Brand} Labs', '{Region} Software', '{Brand}', '{Brand} Technologies', '{Brand} Digital'],
    families: [
      [['Backend Developer', 'Java Developer', 'Software Engineer', '.NET Developer', 'Python Developer'], ['Java', 'C#', '.NET', 'Python', 'Go', 'PostgreSQL', 'Kubernetes', 'AWS', 'Microservices'], true, [4_200, 6_000]],
      [['Frontend Developer', 'Full Stack Developer', 'React Developer', 'Mobile Developer'], ['TypeScript', 'React', 'Angular', 'Vue.js', 'Node.js', 'CSS', 'Kotlin', 'Swift'], true, [3_900, 5_600]],
      [['DevOps Engineer', 'Site Reliability Engineer', 'Cloud Engineer'], ['Kubernetes', 'Terraform', 'AWS', 'Azure', 'Docker', 'CI/CD', 'Linux'], true, [4_500, 6_300]],
      [['Product Owner', 'Product Manager', 'Scrum Master', 'UX Designer'], ['Scrum', 'Jira', 'Figma', 'User Research', 'Agile'], true, [4_300, 6_100]],
      [['Data Engineer', 'Data Scientist', 'Machine Learning Engineer'], ['Python', 'SQL', 'Spark', 'dbt', 'Airflow', 'Machine Learning'], true, [4_400, 6_400]],
      [['Test Engineer', 'QA Engineer', 'Test Automation Engineer'], ['Selenium', 'Cypress', 'TMAP', 'ISTQB', 'Playwright'], true, [3_600, 5_000]],
    ],
    managers: ['CTO', 'Engineering Manager', 'Head of Engineering', 'VP Engineering', 'Teamlead Development', 'Head of Product'],
    hubs: ['Amsterdam', 'Utrecht', 'Eindhoven', 'Rotterdam', 'Delft', 'Groningen'],
    foundedFrom: 1990,
  }),
  industry({
    name: 'Business Consulting and Services',
    weight: 8,
    activities: ['adviseert organisaties over strategie en verandermanagement', 'begeleidt gemeenten en zorginstellingen bij procesverbetering', 'levert interim-managers en projectleiders', 'helpt bedrijven hun bedrijfsvoering te digitaliseren'],
    names: ['{Family} & Partners', '{Region} Advies', '{Brand} Consulting', '{Family} Management', '{Brand} Advisory', '{Family} & {Family2}'],
    families: [
      [['Management Consultant', 'Business Consultant', 'Strategy Consultant'], ['Strategie', 'Procesverbetering', 'Stakeholdermanagement', 'PowerPoint', 'Lean'], true, [4_200, 6_500]],
      [['Projectmanager', 'Programmamanager', 'Interim Manager', 'Verandermanager'], ['Prince2', 'Agile', 'Change Management', 'Stakeholdermanagement'], true, [4_800, 7_000]],
      [['Business Analyst', 'Data Analyst', 'Procesanalist'], ['SQL', 'Power BI', 'BPMN', 'Excel', 'Tableau']],
      [['Trainee Consultancy', 'Associate Consultant'], ['Analytisch denken', 'Excel', 'Presenteren', 'Projectmatig werken'], false, [3_000, 3_700]],
    ],
    managers: ['Managing Partner', 'Partner', 'Practice Lead', 'Managing Director', 'Operations Director'],
    hubs: ['Amsterdam', 'Utrecht', 'Den Haag', 'Rotterdam'],
  }),
  industry({
    name: 'Hospitals and Health Care',
    weight: 7,
    activities: ['biedt wijkverpleging en thuiszorg', 'is een algemeen ziekenhuis met een regionale functie', 'biedt ouderenzorg op meerdere locaties', 'is een huisartsenpraktijk en gezondheidscentrum', 'is een centrum voor revalidatie en fysiotherapie'],
    names: ['Zorggroep {Region}', '{Region} Ziekenhuis', 'Thuiszorg {Region}', 'Gezondheidscentrum {City}', 'Stichting Zorg {Region}', 'Zorgcentrum {Region}', 'Fysiotherapie {Family}'],
    families: [
      [['Verpleegkundige', 'Verpleegkundige IC', 'Wijkverpleegkundige', 'Verpleegkundig Specialist'], ['BIG-registratie', 'Wondzorg', 'ECD', 'Triage', 'Medicatieveiligheid'], false, [3_300, 4_700]],
      [['Verzorgende IG', 'Helpende Zorg & Welzijn', 'Zorgcoördinator'], ['ECD', 'Persoonsgerichte zorg', 'Dementiezorg', 'Medicatieveiligheid'], false, [2_600, 3_500]],
      [['Doktersassistent', 'Praktijkondersteuner', 'Medisch Secretaresse'], ['HIS', 'Triage', 'NTS', 'Spreekuur'], false],
      [['Fysiotherapeut', 'Ergotherapeut', 'Logopedist'], ['BIG-registratie', 'KNGF', 'Revalidatie'], false, [3_000, 4_200]],
      [['Operatieassistent', 'Anesthesiemedewerker', 'Radiodiagnostisch Laborant'], ['BIG-registratie', 'OK-protocollen', 'Steriele technieken'], false, [3_300, 4_900]],
    ],
    managers: ['Teamleider Zorg', 'Manager Zorg', 'Zorgmanager', 'Bestuurder', 'Hoofd Verpleging', 'Locatiemanager'],
    minEmployees: 20,
  }),
  industry({
    name: 'Construction',
    weight: 7,
    activities: ['bouwt woningen en utiliteitsgebouwen', 'renoveert en verduurzaamt bestaande woningen', 'ontwerpt en installeert klimaat- en elektrotechnische installaties', 'werkt als aannemer aan scholen, zorggebouwen en kantoren'],
    names: ['{Family} Bouw', 'Bouwbedrijf {Family}', '{Region} Bouwgroep', '{Family} Installatietechniek', 'Aannemersbedrijf {Family}', '{Region} Bouw', 'Bouwcombinatie {Region}'],
    families: [
      [['Werkvoorbereider', 'Calculator', 'Projectleider Bouw', 'Planner Bouw'], ['AutoCAD', 'BIM', 'Revit', 'Calculatie', 'Bouwbesluit', 'UAV-GC']],
      [['Uitvoerder', 'Hoofduitvoerder', 'Voorman'], ['VCA', 'Planning', 'Bouwbesluit', 'V&G-plan'], false, [3_800, 5_200]],
      [['Timmerman', 'Metselaar', 'Allround Bouwvakker', 'Tegelzetter'], ['VCA', 'Bouwtekeningen lezen', 'Timmeren'], false],
      [['Installatiemonteur', 'Elektromonteur', 'Servicemonteur W&I'], ['NEN 3140', 'VCA', 'Warmtepompen', 'Elektrotechniek'], false, [2_800, 3_800]],
      [['BIM Modelleur', 'Tekenaar Constructeur', 'Engineer Installatietechniek'], ['Revit', 'BIM', 'AutoCAD', 'Stabiliteit', 'Vabi']],
    ],
    managers: ['Bedrijfsleider', 'Projectmanager', 'Hoofd Uitvoering', 'Directeur Bouw', 'Operationeel Directeur'],
  }),
  industry({
    name: 'Transportation, Logistics, Supply Chain and Storage',
    weight: 6,
    activities: ['verzorgt warehousing en e-fulfilment voor webwinkels', 'vervoert containers van en naar de Rotterdamse haven', 'regelt internationaal wegtransport door heel Europa', 'biedt koel- en vriesopslag voor de voedingsindustrie', 'verzorgt pakketbezorging in de regio'],
    names: ['{Family} Transport', 'Transportbedrijf {Family}', '{Region} Logistics', '{Region} Logistiek', '{Family} Logistiek', '{Brand} Logistics', 'Expeditie {Region}'],
    families: [
      [['Planner', 'Transportplanner', 'Logistiek Planner', 'Disponent'], ['Transportplanning', 'TMS', 'Excel', 'Engels', 'Duits'], true, [3_000, 4_200]],
      [['Logistiek Medewerker', 'Orderpicker', 'Heftruckchauffeur', 'Reachtruckchauffeur', 'Teamleider Warehouse'], ['WMS', 'Heftruckcertificaat', 'Reachtruckcertificaat', 'VCA', 'Scannen'], false, [2_300, 2_900]],
      [['Supply Chain Analist', 'Supply Chain Planner', 'Inkoper', 'Demand Planner'], ['SAP', 'Excel', 'Power BI', 'S&OP', 'Forecasting']],
      [['Chauffeur CE', 'Chauffeur C', 'Bezorger', 'Internationaal Chauffeur'], ['Rijbewijs CE', 'Code 95', 'Digitale tachograaf', 'ADR'], false, [2_500, 3_300]],
      [['Customs Specialist', 'Douanedeclarant', 'Customer Service Logistiek'], ['Douane', 'Incoterms', 'Sagitta', 'Engels'], true, [2_900, 4_000]],
    ],
    managers: ['Operations Manager', 'Logistiek Manager', 'Manager Warehouse', 'Hoofd Planning', 'Vestigingsmanager', 'Transportmanager'],
    hubs: ['Rotterdam', 'Venlo', 'Tilburg', 'Hoofddorp', 'Waalwijk', 'Barendrecht'],
  }),
  industry({
    name: 'Retail',
    weight: 5,
    activities: ['heeft winkels en een webshop in wonen en interieur', 'verkoopt fietsen en onderdelen in eigen winkels', 'is een keten van drogisterijen', 'verkoopt mode online en in eigen winkels', 'is een supermarktondernemer met meerdere filialen'],
    names: ['{Family} Mode', '{Brand} Store', '{Family} Wonen', '{Region} Retail', '{Brand}', '{Family} Fietsen', 'Supermarkt {Family}'],
    families: [
      [['Verkoopmedewerker', 'Kassamedewerker', 'Vakkenvuller'], ['Klantvriendelijkheid', 'Kassasystemen', 'Visual Merchandising'], false, [2_100, 2_600]],
      [['Storemanager', 'Assistent Storemanager', 'Filiaalmanager', 'Afdelingsmanager'], ['Leidinggeven', 'Omzetsturing', 'Personeelsplanning', 'Visual Merchandising'], false, [2_900, 4_000]],
      [['E-commerce Specialist', 'Online Marketeer', 'SEA Specialist', 'Content Marketeer'], ['Google Analytics', 'SEO', 'SEA', 'Shopify', 'Google Ads']],
      [['Category Manager', 'Inkoper', 'Buyer', 'Merchandiser'], ['Inkoop', 'Category Management', 'Excel', 'Onderhandelen', 'Merchandising']],
    ],
    managers: ['Storemanager', 'Regiomanager', 'Head of E-commerce', 'Commercieel Directeur', 'Filiaalmanager', 'Retail Manager'],
  }),
  industry({
    name: 'Wholesale',
    weight: 5,
    activities: ['is groothandel in technische installatiematerialen', 'levert verpakkingsmaterialen aan de industrie', 'importeert en distribueert levensmiddelen', 'is groothandel in sanitair en tegels', 'levert bevestigingsmaterialen en gereedschap aan bouw en industrie'],
    names: ['{Family} Groothandel', '{Region} Trading', '{Family} Distributie', 'Groothandel {Family}', '{Brand} Supplies', '{Family} Import'],
    families: [
      [['Accountmanager Buitendienst', 'Vertegenwoordiger', 'Key Accountmanager', 'Sales Engineer'], ['B2B Sales', 'CRM', 'Onderhandelen', 'Rijbewijs B', 'Salesforce']],
      [['Commercieel Medewerker Binnendienst', 'Inside Sales', 'Orderverwerker', 'Customer Service Medewerker'], ['Orderverwerking', 'Exact', 'Klantcontact', 'Duits', 'Engels'], false, [2_700, 3_500]],
      [['Inkoper', 'Assistent Inkoper', 'Productmanager'], ['Inkoop', 'Leveranciersmanagement', 'Excel', 'SAP', 'Onderhandelen']],
      [['Magazijnmedewerker', 'Teamleider Magazijn', 'Expeditiemedewerker'], ['WMS', 'Heftruckcertificaat', 'Orderpicken', 'Voorraadbeheer'], false, [2_300, 2_900]],
    ],
    managers: ['Commercieel Directeur', 'Sales Director', 'Manager Inkoop', 'Operations Manager', 'Hoofd Verkoop Binnendienst'],
    hubs: ['Rotterdam', 'Venlo', 'Tilburg', 'Waalwijk', 'Barendrecht'],
  }),
  industry({
    name: 'Financial Services',
    weight: 5,
    activities: ['biedt hypotheken en financieel advies aan particulieren', 'verwerkt betalingen voor webwinkels', 'beheert vermogens voor particulieren en stichtingen', 'financiert groeiende mkb-bedrijven', 'ontwikkelt digitale betaal- en spaarproducten'],
    names: ['{Family} Financieel Advies', '{Brand} Pay', '{Region} Capital', '{Family} Vermogensbeheer', '{Brand} Finance', '{Region} Hypotheken'],
    families: [
      [['Financial Controller', 'Business Controller', 'Financieel Analist'], ['IFRS', 'Excel', 'Power BI', 'SAP', 'Consolidatie', 'Budgettering'], true, [4_200, 6_000]],
      [['Risk Analyst', 'Risk Manager', 'Model Validator', 'Quantitative Analyst'], ['Python', 'SQL', 'Basel', 'Kredietrisico', 'SAS'], true, [4_500, 6_800]],
      [['Compliance Officer', 'KYC Analyst', 'AML Specialist'], ['Wwft', 'KYC', 'AML', 'Wft', 'DNB-regelgeving']],
      [['Boekhouder', 'Financieel Administratief Medewerker', 'Crediteurenadministrateur'], ['Exact Online', 'AFAS', 'Twinfield', 'Excel', 'Btw-aangifte'], false, [2_800, 3_700]],
      [['Hypotheekadviseur', 'Financieel Adviseur', 'Relatiebeheerder'], ['Wft Hypothecair Krediet', 'Wft Basis', 'Advieswaardering', 'Klantcontact']],
    ],
    managers: ['Hoofd Financiën', 'CFO', 'Finance Manager', 'Manager Risk', 'Head of Compliance', 'Directeur Operations'],
    hubs: ['Amsterdam', 'Utrecht', 'Amstelveen', 'Zeist'],
  }),
  industry({
    name: 'Machinery Manufacturing',
    weight: 3,
    activities: ['ontwerpt en bouwt machines voor de voedingsindustrie', 'maakt verpakkingsmachines voor klanten wereldwijd', 'bouwt maatwerkmachines en productielijnen', 'produceert landbouwmachines', 'ontwikkelt robotica voor de maakindustrie'],
    names: ['{Family} Machinebouw', '{Region} Engineering', '{Family} Techniek', '{Brand} Machines', '{Region} Robotics', '{Family} Metaal'],
    families: [
      [['Monteur', 'Eerste Monteur', 'Werkplaatsmonteur'], ['Mechanisch monteren', 'Hydrauliek', 'Pneumatiek', 'VCA', 'Tekening lezen'], false, [2_800, 3_700]],
      [['Service Engineer', 'Servicemonteur', 'Field Service Engineer'], ['PLC', 'Elektrotechniek', 'Storingsanalyse', 'Engels', 'VCA'], true, [3_300, 4_500]],
      [['Mechanical Engineer', 'Constructeur', 'Werktuigbouwkundig Engineer'], ['SolidWorks', 'Inventor', 'FEM', 'Tolerantieanalyse', 'CAD']],
      [['PLC Programmeur', 'Embedded Software Engineer', 'Besturingstechnicus'], ['PLC', 'Siemens TIA Portal', 'C++', 'Embedded C', 'Beckhoff']],
      [['CNC Operator', 'CNC Verspaner', 'Lasser'], ['CNC', 'Heidenhain', 'Lassen', 'Tekening lezen'], false],
    ],
    managers: ['Productiemanager', 'Hoofd Engineering', 'Technisch Directeur', 'Plant Manager', 'Manager Service', 'Operations Manager'],
    hubs: ['Eindhoven', 'Helmond', 'Enschede', 'Hengelo', 'Veldhoven', 'Apeldoorn'],
  }),
  industry({
    name: 'Advertising Services',
    weight: 3,
    activities: ['maakt campagnes voor merken in food en retail', 'is een online marketingbureau voor webwinkels', 'ontwerpt merkidentiteiten en websites', 'verzorgt social media en contentmarketing'],
    names: ['{Brand} Creative', '{Brand} Media', 'Studio {Brand}', '{Brand} Agency', '{Region} Media', '{Brand} Online'],
    families: [
      [['Online Marketeer', 'Performance Marketeer', 'SEO Specialist', 'Social Media Manager'], ['Google Ads', 'Meta Ads', 'SEO', 'Google Analytics', 'HubSpot'], true, [3_100, 4_500]],
      [['Art Director', 'Grafisch Vormgever', 'Copywriter', 'Motion Designer', 'Content Creator'], ['Adobe Creative Cloud', 'Figma', 'Copywriting', 'After Effects', 'Storytelling'], true, [3_000, 4_600]],
      [['Accountmanager', 'Account Director', 'Projectmanager Marketing'], ['Klantrelaties', 'Campagnemanagement', 'Budgetbeheer', 'Presenteren']],
    ],
    managers: ['Creative Director', 'Managing Director', 'Head of Marketing', 'Head of Digital', 'Agency Director'],
    hubs: ['Amsterdam', 'Hilversum', 'Utrecht', 'Rotterdam'],
    foundedFrom: 1985,
  }),
  industry({
    name: 'Accounting',
    weight: 3,
    activities: ['is een accountantskantoor voor het mkb', 'verzorgt controle, samenstel en belastingadvies', 'doet de loon- en salarisadministratie voor ondernemers', 'controleert jaarrekeningen van zorg- en onderwijsinstellingen'],
    names: ['{Family} Accountants', '{Family} & {Family2} Accountants', '{Region} Accountants', '{Family} Belastingadviseurs', '{Family} Administratie'],
    families: [
      [['Assistent Accountant', 'Accountant', 'Registeraccountant', 'Auditor', 'Audit Manager'], ['Audit', 'IFRS', 'Dutch GAAP', 'Caseware', 'RA/AA'], true, [3_500, 5_500]],
      [['Relatiebeheerder MKB', 'Samensteller', 'Financieel Adviseur'], ['Jaarrekening', 'Exact Online', 'Twinfield', 'Samenstellen', 'Fiscaliteit']],
      [['Belastingadviseur', 'Fiscalist', 'Fiscaal Medewerker'], ['Vennootschapsbelasting', 'Inkomstenbelasting', 'Btw', 'Fiscaal recht'], true, [3_800, 5_800]],
      [['Salarisadministrateur', 'Payroll Specialist'], ['Loonadministratie', 'Nmbrs', 'AFAS', 'Loonheffingen', 'Cao'], true, [3_000, 4_100]],
    ],
    managers: ['Partner', 'Vestigingsdirecteur', 'Manager Audit', 'Teamleider Samenstel', 'Kantoorleider'],
  }),
  industry({
    name: 'Food and Beverage Manufacturing',
    weight: 2.5,
    activities: ['produceert zuivelproducten voor supermarkten in Europa', 'maakt kant-en-klaarmaaltijden', 'brouwt speciaalbier', 'verwerkt groenten en fruit tot sappen', 'bakt brood en banket voor de retail'],
    names: ['{Family} Foods', '{Region} Zuivel', '{Family} Bakkerij', 'Brouwerij {Region}', '{Region} Food Group', '{Family} Vleeswaren'],
    families: [
      [['Productiemedewerker', 'Inpakker', 'Operator Productie', 'Productieleider'], ['HACCP', 'GMP', 'Ploegendienst', 'Hygiëne'], false, [2_300, 3_000]],
      [['Kwaliteitsmanager', 'QA Medewerker', 'Food Safety Specialist', 'Laborant'], ['HACCP', 'BRC', 'IFS', 'FSSC 22000', 'Microbiologie']],
      [['Procesoperator', 'Procestechnoloog', 'Process Engineer'], ['Procesoptimalisatie', 'Lean Six Sigma', 'SCADA', 'OEE']],
      [['Technisch Onderhoud', 'Monteur Technische Dienst', 'Onderhoudsmonteur', 'Maintenance Engineer'], ['Mechanica', 'Elektrotechniek', 'Storingsanalyse', 'PLC', 'TPM'], false, [2_900, 3_900]],
    ],
    managers: ['Productiemanager', 'Plant Manager', 'Manager Kwaliteit', 'Hoofd Technische Dienst', 'Operations Manager'],
    hubs: ['Ede', 'Veenendaal', 'Oss', 'Barendrecht', 'Wageningen'],
    minEmployees: 15,
  }),
  industry({
    name: 'Real Estate',
    weight: 2.5,
    activities: ['beheert woningen en bedrijfspanden voor beleggers', 'bemiddelt bij aan- en verkoop van woningen', 'ontwikkelt woon- en werkgebieden in de stad', 'is een woningcorporatie met duizenden huurwoningen'],
    names: ['{Family} Makelaars', '{Region} Vastgoed', '{Family} Vastgoed', 'Woonstichting {Region}', '{Brand} Real Estate', '{Region} Wonen'],
    families: [
      [['Makelaar', 'Aankoopmakelaar', 'Makelaar Bedrijfshuisvesting', 'Taxateur'], ['NVM', 'Taxeren', 'Onderhandelen', 'Vastgoedrecht', 'RT-registratie']],
      [['Vastgoedbeheerder', 'Property Manager', 'Huurconsulent', 'Wooncoach'], ['Huurrecht', 'Vastgoedbeheer', 'Yardi', 'Klantcontact']],
      [['Asset Manager', 'Vastgoedanalist', 'Projectontwikkelaar'], ['Financial modelling', 'Excel', 'Vastgoedwaardering', 'Gebiedsontwikkeling'], true, [4_300, 6_500]],
    ],
    managers: ['Directeur Vastgoed', 'Asset Manager', 'Manager Vastgoedbeheer', 'Vestigingsmanager'],
  }),
  industry({
    name: 'Hospitality',
    weight: 3,
    activities: ['exploiteert hotels en restaurants in de binnenstad', 'is een congres- en evenementenlocatie', 'heeft restaurants en strandpaviljoens', 'runt vakantieparken in Nederland'],
    names: ['Hotel {City}', 'Restaurant {Family}', '{Region} Hospitality', 'Grand Café {Region}', '{Region} Vakantieparken', 'Brasserie {Family}'],
    families: [
      [['Kok', 'Sous-chef', 'Chef de partie', 'Zelfstandig Werkend Kok', 'Afwasser'], ['HACCP', 'SVH', 'Koken', 'À la carte'], false, [2_300, 3_300]],
      [['Bediening', 'Gastheer/Gastvrouw', 'Barmedewerker', 'Medewerker Bediening'], ['Gastvrijheid', 'SVH', 'Kassasystemen', 'Engels'], false, [2_100, 2_600]],
      [['Receptionist', 'Front Office Manager', 'Reservations Agent', 'Night Auditor'], ['Opera PMS', 'Gastvrijheid', 'Engels', 'Duits', 'Revenue management'], false, [2_300, 3_100]],
      [['Housekeeping Medewerker', 'Head of Housekeeping'], ['Schoonmaak', 'Planning', 'Kwaliteitscontrole'], false, [2_100, 2_600]],
    ],
    managers: ['General Manager', 'Hotelmanager', 'Operations Manager', 'Bedrijfsleider', 'F&B Manager'],
    hubs: ['Amsterdam', 'Maastricht', 'Den Haag', 'Rotterdam'],
  }),
  industry({
    name: 'Primary and Secondary Education',
    weight: 2,
    activities: ['is een stichting voor primair onderwijs met scholen in de regio', 'is een scholengemeenschap voor vmbo, havo en vwo', 'biedt praktijkonderwijs en speciaal onderwijs'],
    names: ['Stichting Onderwijs {Region}', '{Region} College', 'Scholengroep {Region}', 'Lyceum {City}', 'Stichting Primair Onderwijs {Region}'],
    families: [
      [['Leraar Basisonderwijs', 'Groepsleerkracht', 'Intern Begeleider', 'Onderwijsassistent'], ['Pabo', 'Klassenmanagement', 'Passend onderwijs', 'Differentiëren'], false, [3_200, 4_600]],
      [['Docent Wiskunde', 'Docent Nederlands', 'Docent Engels', 'Docent Natuurkunde', 'Docent Techniek'], ['Lesbevoegdheid', 'Tweedegraads', 'Eerstegraads', 'Didactiek', 'Magister'], false, [3_400, 5_100]],
      [['Conciërge', 'Administratief Medewerker Onderwijs', 'Roostermaker'], ['Magister', 'Somtoday', 'Roosterprogramma', 'Administratie'], false],
    ],
    managers: ['Directeur', 'Schoolleider', 'Teamleider', 'Rector', 'Bestuurder', 'Afdelingsleider'],
    minEmployees: 20,
  }),
  industry({
    name: 'Government Administration',
    weight: 2,
    activities: ['werkt aan wonen, werk en leefbaarheid voor de inwoners', 'voert vergunningverlening, toezicht en handhaving uit voor gemeenten', 'zorgt voor veiligheid en crisisbeheersing in de regio', 'beheert dijken en waterkwaliteit'],
    names: ['Gemeente {City}', 'Omgevingsdienst {Region}', 'Veiligheidsregio {Region}', 'Waterschap {Region}', 'Regionale Uitvoeringsdienst {Region}', 'Werkbedrijf {Region}'],
    families: [
      [['Beleidsmedewerker', 'Beleidsadviseur', 'Strategisch Adviseur'], ['Wro', 'Omgevingswet', 'Stakeholdermanagement', 'Beleidsontwikkeling', 'Awb']],
      [['Vergunningverlener', 'Toezichthouder', 'Handhaver', 'BOA'], ['Omgevingswet', 'Wabo', 'Awb', 'Handhaving'], false, [3_000, 4_300]],
      [['Informatieadviseur', 'Privacy Officer', 'Informatiebeheerder', 'CISO'], ['AVG', 'BIO', 'Informatiebeveiliging', 'Archiefwet']],
      [['Projectsecretaris', 'Juridisch Medewerker', 'Bestuursadviseur', 'Projectleider'], ['Awb', 'Juridisch advies', 'Bezwaar en beroep', 'Projectmatig werken']],
      [['Klantmanager Sociaal Domein', 'Consulent Werk en Inkomen', 'WMO-consulent'], ['Participatiewet', 'Wmo', 'Jeugdwet', 'Gespreksvoering'], false, [3_100, 4_400]],
    ],
    managers: ['Afdelingshoofd', 'Teammanager', 'Directeur Bedrijfsvoering', 'Gemeentesecretaris', 'Programmamanager'],
    hubs: ['Den Haag', 'Utrecht'],
    minEmployees: 80,
  }),
  industry({
    name: 'Civil Engineering',
    weight: 2,
    activities: ['ontwerpt en bouwt wegen, bruggen en dijken', 'werkt aan de vervanging van kabels en leidingen', 'adviseert over waterbouw en geotechniek', 'legt bedrijfsterreinen en woonwijken bouwrijp aan'],
    names: ['{Family} Infra', '{Region} Wegenbouw', '{Family} Grond-, Weg- en Waterbouw', '{Region} Ingenieurs', '{Brand} Engineering'],
    families: [
      [['Projectleider Infra', 'Omgevingsmanager', 'Contractmanager'], ['UAV-GC', 'Omgevingsmanagement', 'Stakeholdermanagement', 'Contractbeheersing', 'Systems Engineering'], true, [4_300, 6_200]],
      [['Uitvoerder GWW', 'Werkvoorbereider Infra', 'Machinist', 'Grondwerker'], ['VCA', 'GWW', 'Rijbewijs BE', 'CROW'], false, [2_800, 4_200]],
      [['Constructeur', 'Geotechnisch Adviseur', 'Ontwerper Civiele Techniek', 'Hydraulisch Engineer'], ['Civil 3D', 'AutoCAD', 'Eurocode', 'Geotechniek', 'D-Series']],
    ],
    managers: ['Projectdirecteur', 'Hoofd Engineering', 'Afdelingsmanager', 'Technisch Directeur', 'Bedrijfsleider'],
  }),
  industry({
    name: 'Insurance',
    weight: 1.5,
    activities: ['is een verzekeraar voor particulieren en ondernemers', 'is een volmachtbedrijf voor schadeverzekeringen', 'biedt zorg- en inkomensverzekeringen', 'is een assurantiekantoor in de regio'],
    names: ['{Family} Assurantiën', '{Region} Verzekeringen', '{Brand} Insurance', '{Family} Verzekeringen', 'Onderlinge {Region}'],
    families: [
      [['Schadebehandelaar', 'Acceptant', 'Underwriter', 'Schade-expert'], ['Wft Schade', 'Polisvoorwaarden', 'Schadebehandeling', 'Acceptatie']],
      [['Actuaris', 'Actuarieel Analist', 'Pricing Analyst'], ['Solvency II', 'Python', 'R', 'SAS', 'Actuariaat'], true, [4_500, 6_800]],
      [['Klantenservicemedewerker Verzekeringen', 'Adviseur Particulieren', 'Accountmanager Zakelijk'], ['Wft Basis', 'Wft Schade Particulier', 'Klantcontact', 'Adviesvaardigheden'], true, [2_900, 4_100]],
    ],
    managers: ['Directeur Schade', 'Manager Klantenservice', 'Head of Underwriting', 'CFO', 'Teammanager'],
    hubs: ['Amsterdam', 'Utrecht', 'Zwolle', 'Apeldoorn', 'Den Haag'],
  }),
  industry({
    name: 'Mental Health Care',
    weight: 1.5,
    activities: ['biedt specialistische ggz voor volwassenen en jeugd', 'begeleidt mensen met een verstandelijke beperking', 'biedt beschermd wonen en ambulante begeleiding', 'behandelt verslaving en psychische klachten'],
    names: ['{Region} GGZ', 'GGZ {Region}', 'Stichting {Region} Begeleiding', '{Brand} Psychologie', 'Zorgboerderij {Family}'],
    families: [
      [['GZ-psycholoog', 'Psycholoog', 'Psychiater', 'Regiebehandelaar'], ['BIG-registratie', 'CGT', 'EMDR', 'Diagnostiek'], false, [4_000, 6_000]],
      [['Sociaal Psychiatrisch Verpleegkundige', 'Persoonlijk Begeleider', 'Woonbegeleider', 'Ambulant Begeleider'], ['Ggz', 'Herstelgericht werken', 'Crisisinterventie', 'Rapporteren'], false, [2_800, 3_900]],
      [['Ervaringsdeskundige', 'Activiteitenbegeleider'], ['Ervaringsdeskundigheid', 'Groepsbegeleiding', 'Ggz'], false],
    ],
    managers: ['Teamleider', 'Manager Behandelzaken', 'Regiomanager', 'Bestuurder', 'Regiebehandelaar'],
  }),
  industry({
    name: 'Utilities',
    weight: 1.5,
    activities: ['beheert het elektriciteits- en gasnet in de regio', 'levert drinkwater aan huishoudens en bedrijven', 'legt warmtenetten aan in bestaande wijken', 'ontwikkelt zonneparken en windprojecten'],
    names: ['{Region} Energie', '{Region} Netbeheer', '{Region} Water', '{Brand} Energy', '{Region} Warmte'],
    families: [
      [['Monteur Elektrotechniek', 'Monteur Middenspanning', 'Storingsmonteur', 'Monteur Gas'], ['NEN 3140', 'VIAG', 'VCA', 'Middenspanning', 'Storingsdienst'], false, [2_900, 4_000]],
      [['Netwerkontwikkelaar', 'Asset Engineer', 'Netbeheerder', 'Engineer Hoogspanning'], ['Netberekeningen', 'GIS', 'Vision', 'Hoogspanning', 'Asset management'], true, [4_000, 5_800]],
      [['Adviseur Energietransitie', 'Projectleider Warmtenet', 'Energieadviseur'], ['Warmtenetten', 'Energietransitie', 'Zonne-energie', 'Stakeholdermanagement']],
    ],
    managers: ['Hoofd Netbeheer', 'Manager Operations', 'Technisch Directeur', 'Programmamanager Energietransitie', 'Teamleider Monteurs'],
    hubs: ['Arnhem', 'Leeuwarden', "'s-Hertogenbosch", 'Rotterdam'],
  }),
  industry({
    name: 'Non-profit Organizations',
    weight: 1.5,
    activities: ['zet zich in voor kinderen en gezinnen in kwetsbare situaties', 'zamelt geld in voor medisch onderzoek', 'biedt welzijnswerk en jongerenwerk in de wijk', 'werkt aan natuurbehoud en educatie'],
    names: ['Stichting {Region}', 'Welzijn {Region}', 'Stichting {Brand}', '{Region} Fonds', 'Vereniging {Region}'],
    families: [
      [['Fondsenwerver', 'Relatiebeheerder Fondsenwerving', 'Communicatieadviseur'], ['Fondsenwerving', 'CRM', 'Communicatie', 'Sociale media']],
      [['Projectcoördinator', 'Programmamedewerker', 'Vrijwilligerscoördinator'], ['Projectmanagement', 'Vrijwilligersbeleid', 'Subsidieaanvragen', 'Netwerken'], true, [3_200, 4_300]],
      [['Jongerenwerker', 'Maatschappelijk Werker', 'Sociaal Werker', 'Ambulant Begeleider'], ['Hbo SPH', 'Registerplein', 'Gespreksvoering', 'Outreachend werken'], false, [2_900, 4_000]],
    ],
    managers: ['Directeur', 'Bestuurder', 'Teamleider', 'Manager Fondsenwerving', 'Coördinator'],
  }),
  industry({
    name: 'Facilities Services',
    weight: 1.5,
    activities: ['verzorgt schoonmaak en glasbewassing voor kantoren en scholen', 'levert beveiliging en receptiediensten', 'biedt integrale facilitaire dienstverlening', 'verzorgt bedrijfscatering en facilitair beheer'],
    names: ['{Family} Schoonmaak', '{Region} Facilitair', '{Brand} Facility Services', '{Family} Beveiliging', '{Region} Schoonmaakdiensten'],
    families: [
      [['Schoonmaker', 'Objectleider', 'Glazenwasser', 'Allround Schoonmaker'], ['Schoonmaaktechniek', 'VSR', 'Planning'], false, [2_100, 2_700]],
      [['Beveiliger', 'Receptiebeveiliger', 'Meldkamermedewerker'], ['Diploma Beveiliger', 'BHV', 'EHBO', 'Toegangscontrole'], false, [2_300, 2_900]],
      [['Facilitair Medewerker', 'Facility Coördinator', 'Servicedeskmedewerker Facilitair'], ['Facility management', 'Planon', 'TOPdesk', 'Gastvrijheid'], false],
    ],
    managers: ['Regiomanager', 'Operationeel Manager', 'Rayonmanager', 'Facility Manager', 'Directeur'],
  }),
  industry({
    name: 'Law Practice',
    weight: 1.5,
    activities: ['is een advocatenkantoor voor ondernemers', 'staat werkgevers bij in arbeidsrecht', 'is een notariskantoor voor particulieren en bedrijven', 'procedeert in ondernemings- en vastgoedzaken'],
    names: ['{Family} Advocaten', '{Family} & {Family2} Advocaten', '{Family} Notarissen', '{Region} Advocaten', '{Family} Legal'],
    families: [
      [['Advocaat', 'Advocaat-stagiaire', 'Senior Associate', 'Juridisch Medewerker'], ['Ondernemingsrecht', 'Arbeidsrecht', 'Procesrecht', 'Contractenrecht', 'Vastgoedrecht'], false, [3_800, 6_500]],
      [['Juridisch Secretaresse', 'Legal Assistant', 'Paralegal'], ['Juridische correspondentie', 'Dossierbeheer', 'Agendabeheer', 'Engels'], false, [2_900, 3_900]],
      [['Kandidaat-notaris', 'Notarieel Medewerker', 'Notarisklerk'], ['Notarieel recht', 'Familierecht', 'Onroerend goed', 'Akten opstellen'], false, [3_300, 5_200]],
    ],
    managers: ['Managing Partner', 'Partner', 'Kantoordirecteur', 'Notaris'],
    hubs: ['Amsterdam', 'Den Haag', 'Rotterdam', 'Utrecht'],
  }),
  industry({
    name: 'Higher Education',
    weight: 1.2,
    activities: ['is een hogeschool met opleidingen in techniek, zorg en economie', 'is een universiteit met onderzoek en onderwijs van wereldniveau', 'verzorgt deeltijdopleidingen voor werkenden'],
    names: ['Hogeschool {Region}', 'Hogeschool {City}', '{Region} Academy', 'Universiteit {City}', '{Brand} Business School'],
    families: [
      [['Docent', 'Hogeschooldocent', 'Universitair Docent', 'Promovendus', 'Postdoc'], ['Onderzoek', 'Didactiek', 'BKO', 'Publiceren'], false, [3_200, 5_500]],
      [['Onderzoeker', 'Research Assistant', 'Data Steward'], ['Onderzoek', 'R', 'Python', 'Statistiek', 'Research Data Management'], false, [3_100, 4_800]],
      [['Studieadviseur', 'Beleidsmedewerker Onderwijs', 'Onderwijskundige'], ['Studiebegeleiding', 'Onderwijsontwikkeling', 'Accreditatie', 'NVAO']],
    ],
    managers: ['Decaan', 'Opleidingsmanager', 'Directeur Bedrijfsvoering', 'Afdelingshoofd', 'Hoogleraar'],
    hubs: ['Utrecht', 'Leiden', 'Groningen', 'Delft', 'Amsterdam', 'Nijmegen', 'Wageningen', 'Enschede', 'Eindhoven', 'Maastricht', 'Tilburg'],
    minEmployees: 200,
  }),
  industry({
    name: 'Pharmaceutical Manufacturing',
    weight: 1,
    activities: ['ontwikkelt en produceert geneesmiddelen', 'maakt vaccins en biologische medicijnen', 'produceert generieke medicijnen voor de Europese markt'],
    names: ['{Brand} Pharma', '{Brand} Biosciences', '{Region} Pharmaceuticals', '{Brand} Therapeutics'],
    families: [
      [['QA Officer', 'QC Analist', 'Validation Engineer', 'Qualified Person'], ['GMP', 'GDP', 'HPLC', 'Validatie', 'CAPA']],
      [['Research Scientist', 'Analist', 'Laborant', 'Clinical Research Associate'], ['HPLC', 'Celkweek', 'PCR', 'GCP', 'Assay development'], true, [3_400, 5_400]],
      [['Operator Farmaceutische Productie', 'Process Engineer', 'Productiemedewerker Cleanroom'], ['GMP', 'Cleanroom', 'Aseptisch werken', 'Procesvalidatie'], false, [2_700, 3_800]],
      [['Regulatory Affairs Specialist', 'Pharmacovigilance Officer'], ['Regulatory Affairs', 'EMA', 'Pharmacovigilance', 'CTD-dossiers'], true, [4_200, 6_000]],
    ],
    managers: ['Head of QA', 'Site Director', 'Productiemanager', 'Director R&D', 'QC Manager'],
    hubs: ['Leiden', 'Oss', 'Nijmegen', 'Utrecht', 'Amsterdam'],
    minEmployees: 25,
  }),
  industry({
    name: 'Chemical Manufacturing',
    weight: 1,
    activities: ['produceert basischemicaliën in de haven', 'maakt coatings en verven voor de industrie', 'produceert kunststoffen en harsen'],
    names: ['{Region} Chemie', '{Brand} Chemicals', '{Family} Coatings', '{Region} Polymers'],
    families: [
      [['Procesoperator', 'Operator Chemie', 'Shiftleader'], ['VCA-VOL', 'Procesoperator B', 'DCS', 'Ploegendienst'], false, [3_000, 4_300]],
      [['Process Engineer', 'Chemical Engineer', 'Procestechnoloog'], ['Aspen Plus', 'HAZOP', 'Procesoptimalisatie', 'P&ID'], true, [4_000, 5_900]],
      [['HSE Advisor', 'Veiligheidskundige', 'Milieukundige'], ['HSE', 'VCA-VOL', 'BRZO', 'Risico-inventarisatie']],
    ],
    managers: ['Site Manager', 'Productiemanager', 'HSE Manager', 'Hoofd Technische Dienst'],
    hubs: ['Rotterdam', 'Schiedam', 'Dordrecht', 'Emmen'],
    minEmployees: 25,
  }),
  industry({
    name: 'Farming',
    weight: 1,
    activities: ['teelt tomaten en paprika’s onder glas', 'kweekt snijbloemen en potplanten voor de export', 'veredelt groentezaden', 'is een melkveebedrijf met eigen zuivelverwerking'],
    names: ['{Family} Kwekerij', '{Region} Growers', 'Kwekerij {Family}', '{Family} Plant', '{Region} Seeds'],
    families: [
      [['Teeltmedewerker', 'Oogstmedewerker', 'Kasmedewerker', 'Teeltadviseur'], ['Glastuinbouw', 'Gewasbescherming', 'Klimaatcomputer', 'Oogsten'], false, [2_200, 2_800]],
      [['Medewerker Agrarisch Loonwerk', 'Trekkerchauffeur', 'Medewerker Melkveehouderij'], ['Rijbewijs T', 'GPS-besturing', 'Melkrobot', 'Agrarische machines'], false, [2_300, 2_900]],
      [['Teeltspecialist', 'Gewasadviseur', 'R&D Specialist Veredeling'], ['Plantenveredeling', 'Gewasbescherming', 'Data-analyse', 'Bodemkunde']],
    ],
    managers: ['Teeltmanager', 'Bedrijfsleider', 'Directeur-eigenaar', 'Hoofd Teelt'],
    hubs: ['Naaldwijk', 'Aalsmeer', 'Barendrecht', 'Emmen'],
  }),
  industry({
    name: 'Telecommunications',
    weight: 0.8,
    activities: ['legt glasvezel aan in dorpen en steden', 'levert zakelijke telefonie en internet', 'beheert mobiele netwerken en zendmasten'],
    names: ['{Region} Fiber', '{Brand} Telecom', '{Region} Glasvezel', '{Brand} Connect'],
    families: [
      [['Glasvezelmonteur', 'Monteur Telecom', 'Field Engineer'], ['Glasvezel', 'Lassen glasvezel', 'VCA', 'Netwerktechniek'], false, [2_600, 3_500]],
      [['Network Engineer', 'Netwerkarchitect', 'NOC Engineer'], ['Cisco', 'Juniper', 'BGP', 'MPLS', '5G'], true, [4_000, 5_800]],
      [['Retail Sales Medewerker Telecom', 'Customer Care Medewerker'], ['Klantcontact', 'Verkoop', 'Telecomproducten'], false, [2_200, 2_800]],
    ],
    managers: ['Head of Network', 'CTO', 'Operations Director', 'Manager Field Service'],
    hubs: ['Den Haag', 'Amsterdam', 'Utrecht', 'Rotterdam'],
  }),
  industry({
    name: 'Motor Vehicle Manufacturing',
    weight: 0.6,
    activities: ['bouwt trucks en bedrijfswagens', 'ontwikkelt elektrische bussen', 'bouwt opbouwen en aanhangwagens op maat'],
    names: ['{Family} Carrosserie', '{Region} Trucks', '{Brand} Mobility', '{Family} Aanhangwagens'],
    families: [
      [['Autotechnicus', 'Monteur Bedrijfswagens', 'Diagnosetechnicus'], ['Diagnose', 'Elektrische voertuigen', 'APK', 'Hoogvoltage'], false, [2_700, 3_600]],
      [['Productiemedewerker Assemblage', 'Teamleider Productie'], ['Assemblage', 'Lean', '5S', 'Ploegendienst'], false, [2_400, 3_200]],
      [['Automotive Engineer', 'Test Engineer Automotive', 'Kwaliteitsingenieur'], ['CAN-bus', 'MATLAB', 'FMEA', 'IATF 16949', 'Simulink'], true, [3_900, 5_600]],
    ],
    managers: ['Productiemanager', 'Plant Manager', 'Manager Engineering', 'Hoofd Kwaliteit'],
    hubs: ['Eindhoven', 'Helmond', 'Veldhoven'],
    minEmployees: 20,
  }),
  industry({
    name: 'Semiconductor Manufacturing',
    weight: 0.6,
    activities: ['ontwikkelt chipmachines en onderdelen', 'maakt fotonische chips', 'levert precisiecomponenten aan de halfgeleiderindustrie'],
    names: ['{Brand} Semiconductors', '{Brand} Photonics', '{Region} Precision', '{Brand} Microsystems'],
    families: [
      [['System Engineer', 'Mechatronics Engineer', 'Optical Engineer', 'Physicist'], ['Mechatronica', 'Optica', 'MATLAB', 'Systems Engineering', 'Lithografie'], true, [4_600, 6_800]],
      [['Software Engineer C++', 'Embedded Software Engineer', 'Test Engineer'], ['C++', 'Python', 'Linux', 'Embedded C', 'Git'], true, [4_400, 6_400]],
      [['Cleanroom Operator', 'Process Engineer', 'Equipment Engineer'], ['Cleanroom', 'SPC', 'Wafer processing', 'Six Sigma'], true, [3_200, 5_000]],
    ],
    managers: ['Engineering Manager', 'Group Lead', 'Director Operations', 'Head of R&D', 'CTO'],
    hubs: ['Eindhoven', 'Veldhoven', 'Nijmegen', 'Delft', 'Enschede'],
    foundedFrom: 1980,
  }),
];

/** Jobs every kind of employer posts, whatever its industry. */
export const GENERIC_FAMILIES: readonly JobFamily[] = [
  { titles: ['Accountmanager', 'Sales Manager', 'Business Developer', 'Inside Sales Medewerker'], skills: ['Acquisitie', 'B2B Sales', 'CRM', 'Salesforce', 'HubSpot', 'Onderhandelen'], levels: true, pay: [3_300, 4_800] },
  { titles: ['Marketing Manager', 'Marketingcommunicatie Medewerker', 'Content Marketeer'], skills: ['Content', 'SEO', 'HubSpot', 'Google Analytics', 'Social media'], levels: true, pay: [3_200, 4_600] },
  { titles: ['Financieel Administratief Medewerker', 'Business Controller', 'Salarisadministrateur'], skills: ['Exact Online', 'AFAS', 'Excel', 'Power BI'], levels: true, pay: [3_000, 4_600] },
  { titles: ['HR-adviseur', 'Recruiter', 'HR Business Partner', 'Medewerker Personeelszaken'], skills: ['AFAS', 'Arbeidsrecht', 'Werving en selectie', 'Verzuimbegeleiding'], levels: true, pay: [3_200, 4_700] },
  { titles: ['Klantenservicemedewerker', 'Customer Success Manager', 'Office Manager', 'Management Assistent', 'Receptioniste'], skills: ['Klantcontact', 'Microsoft Office', 'Zendesk', 'Plannen'], levels: false, pay: [2_600, 3_600] },
  { titles: ['Functioneel Applicatiebeheerder', 'IT Support Medewerker'], skills: ['TOPdesk', 'Microsoft 365', 'ITIL'], levels: true, pay: [3_100, 4_300] },
];

/** Decision makers' titles by what they do, as they read on LinkedIn. */
export const TITLES = {
  /** Owners and directors: who decides in small companies. */
  executives: ['Eigenaar', 'Directeur-eigenaar', 'Algemeen Directeur', 'Oprichter', 'Founder & CEO', 'Managing Director', 'CEO', 'Directeur', 'COO'],
  /** HR in companies with a few dozen people: one generalist, often part-time. */
  hrSmall: ['HR-adviseur', 'HR Manager', 'HR-medewerker', 'Manager P&O', 'Office Manager'],
  /** HR in mid-sized companies. */
  hrMid: ['HR Manager', 'HR-manager', 'Manager P&O', 'Hoofd P&O', 'HR-adviseur', 'Senior HR-adviseur', 'HR Business Partner', 'Recruiter', 'Corporate Recruiter', 'Medewerker Werving & Selectie', 'Talent Acquisition Specialist'],
  /** HR and talent acquisition in large companies. */
  hrLarge: ['HR Director', 'HR-directeur', 'Directeur HR', 'Chief People Officer', 'Head of Talent Acquisition', 'Talent Acquisition Lead', 'Corporate Recruiter', 'Recruiter', 'Senior Recruiter', 'Talent Acquisition Specialist', 'HR Business Partner', 'Recruitment Manager', 'Teamlead Recruitment', 'Employer Branding Specialist', 'Manager P&O', 'Hoofd P&O', 'HR-adviseur'],
  /** People an agency meets but who do not hire. */
  unrelated: ['Marketing Manager', 'Office Manager', 'Communicatieadviseur', 'Sales Director', 'Commercieel Manager', 'Management Assistent', 'Facilitair Manager', 'IT Manager', 'Inkoper'],
} as const;

export const DECISION_MAKER_TITLES: readonly string[] = [
  ...new Set([...TITLES.hrLarge, ...TITLES.hrMid, ...TITLES.executives, 'Operations Manager', 'CTO', 'Finance Director', 'Hoofd Financiën', 'Productiemanager', 'Teamleider Zorg']),
];

export const NAME_PARTS = {
  prefixes: ['Van Dijk', 'De Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Jansen', 'Koster', 'Noord', 'Delta', 'Polder', 'Oranje', 'Holland', 'Rijn', 'Maas', 'Zeeland', 'Kempen', 'Veluwe', 'Twente', 'Amstel', 'Dommel', 'Waal'],
  cores: ['Techniek', 'Logistiek', 'Software', 'Zorg', 'Bouw', 'Solutions', 'Systems', 'Groep', 'Digital', 'Engineering', 'Installaties', 'Finance', 'Labs', 'Data', 'Foods', 'Retail', 'Mobility', 'Energy'],
  suffixes: ['B.V.', 'B.V.', 'B.V.', 'N.V.', 'Holding', '& Partners', 'Nederland'],
} as const;

export const FIRST_NAMES = [
  'Sanne', 'Daan', 'Lotte', 'Bram', 'Emma', 'Lucas', 'Julia', 'Thijs', 'Sophie', 'Ruben', 'Anouk', 'Jesse', 'Fleur', 'Niels', 'Iris', 'Joost', 'Eva', 'Sem', 'Noor', 'Milan',
  'Marieke', 'Mark', 'Jeroen', 'Sander', 'Martijn', 'Linda', 'Wendy', 'Petra', 'Erik', 'Peter', 'Hans', 'Ingrid', 'Esther', 'Bas', 'Rob', 'Joyce', 'Saskia', 'Bart', 'Dennis', 'Kim',
  'Maarten', 'Marloes', 'Ellen', 'Jan', 'Remco', 'Tim', 'Thomas', 'Lisa', 'Laura', 'Femke', 'Anne', 'Judith', 'Ilse', 'Roel', 'Wouter', 'Koen', 'Stefan', 'Michiel', 'Annemiek', 'Monique',
  'Yvonne', 'Gerard', 'Frank', 'Richard', 'Jolanda', 'Chantal', 'Nicole', 'Jasper', 'Hanneke', 'Maaike', 'Rik', 'Joris', 'Pieter', 'Eline', 'Marit', 'Renske', 'Jelle', 'Sjoerd', 'Freek', 'Manon',
  'Mohamed', 'Fatima', 'Ahmed', 'Samira', 'Rachid', 'Özlem', 'Hatice', 'Kevin', 'Priya', 'Zoë', 'Chloé', 'Mehmet', 'Naima', 'Youssef', 'Shanti', 'Ricardo', 'Mariska', 'Arjen', 'Hester', 'Gijs',
] as const;

export const LAST_NAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet',
  'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters', 'de Jonge', 'Kuipers', 'van Veen', 'Post', 'Kuiper', 'Veenstra', 'Kramer', 'van den Brink', 'Scholten',
  'van Wijk', 'Postma', 'Martens', 'Vink', 'de Ruiter', 'Timmermans', 'Groen', 'Gerritsen', 'Jonker', 'van Loon', 'Boer', 'van der Velde', 'Willemsen', 'Smeets', 'de Lange', 'de Vos', 'Bosch', 'van Dongen', 'Schipper', 'de Koning',
  'van der Laan', 'Koning', 'van der Velden', 'Driessen', 'van Doorn', 'Hermans', 'Evers', 'van den Bosch', 'van der Meulen', 'Hofman', 'Bosman', 'Wolters', 'Sanders', 'van der Horst', 'Mertens', 'Yılmaz', 'El Amrani', 'Kaya', 'Bouzid', 'Ramdin',
] as const;

export const NOTES = [
  'Werken nu met twee vaste bureaus, maar staan open voor een specialist.',
  'Groeien hard in het tweede halfjaar; budget voor externe werving is er.',
  'HR-manager is nieuw sinds maart — opnieuw kennismaken.',
  'Vacatures staan al lang open; interne recruiter is overbelast.',
  'Willen eerst een voorstel met tarieven per functie zien.',
  'Goed gesprek, vervolgafspraak met de hiring manager gepland.',
] as const;

/**
 * Closing lines by which employers turn agencies away, each one that
 * `detectNoAgencies` recognises, in the wordings Dutch vacancies use.
 */
export const NO_AGENCY_LINES = {
  nl: [
    'Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.',
    'Acquisitie n.a.v. deze vacature wordt niet op prijs gesteld.',
    'Reacties van bemiddelingsbureaus worden niet in behandeling genomen.',
    'Reacties van werving- en selectiebureaus worden niet in behandeling genomen.',
    'Werving- en selectiebureaus worden verzocht niet te reageren.',
    'Wij werken niet samen met recruitmentbureaus.',
    'Deze vacature wordt zonder tussenkomst van bureaus ingevuld.',
    'Geen acquisitie n.a.v. deze vacature.',
    'Acquisitie door bureaus wordt niet gewaardeerd.',
  ],
  en: ['No agencies please.', 'We do not accept CVs from recruitment agencies.', 'Agencies need not apply.'],
} as const;

/** What Dutch employers offer besides salary. */
export const BENEFITS = [
  '8% vakantiegeld', 'een dertiende maand', 'een goede pensioenregeling', 'een NS Business Card', 'een leaseauto', '25 vakantiedagen bij een fulltime dienstverband',
  'een persoonlijk opleidingsbudget', 'de mogelijkheid om hybride te werken', 'een reiskostenvergoeding', 'een thuiswerkvergoeding', 'een fiets van de zaak', 'een laptop en telefoon van de zaak',
] as const;

/** What a vacancy says you will do, after "Als {title} …". */
export const TASKS = [
  'draag je bij aan de dagelijkse gang van zaken in het team',
  'pak je zelfstandig je eigen projecten op',
  'ben je het aanspreekpunt voor collega’s en klanten',
  'denk je mee over verbeteringen in onze werkwijze',
  'werk je nauw samen met collega’s van andere afdelingen',
  'krijg je de ruimte om je vak verder te ontwikkelen',
  'zorg je ervoor dat afspraken met klanten worden nagekomen',
  'help je nieuwe collega’s op weg',
] as const;
export const TASKS_EN = ['build and run the products our customers rely on', 'own projects from first idea to delivery', 'work closely with colleagues across teams', 'help us scale as we grow across Europe'] as const;
/** Working hours as vacancies state them. */
export const PART_TIME_HOURS = ['24-32 uur', '16-36 uur', '28-36 uur'] as const;
export const FULL_TIME_HOURS = ['32-40 uur', '36 uur', '40 uur', '32-40 uur'] as const;
export const CALLS_TO_ACTION = [
  'Herken jij jezelf hierin? Solliciteer dan direct via de knop hieronder.',
  'Enthousiast? Stuur je cv en motivatie via de sollicitatieknop.',
  'Solliciteer vóór het einde van de maand.',
  'Een assessment kan onderdeel zijn van de selectieprocedure.',
] as const;
