/**
 * Word lists for the generated job market of bench/import and bench/search.
 * Kept here, apart from the demo data (src/services/demo), so the bench data
 * set, and with it the figures, stay comparable from run to run.
 */

export interface BenchIndustry {
  /** As LinkedIn names it. */
  name: string;
  /** Relative share of companies. */
  weight: number;
  /** Words that go into company names ("Zorggroep", "Logistiek"). */
  nameWords: readonly string[];
  /** What a company does, for "{name} {activity} vanuit {city}." */
  activities: readonly string[];
  titles: readonly string[];
  skills: readonly string[];
}

export const BENCH_INDUSTRIES: readonly BenchIndustry[] = [
  {
    name: 'IT Services and IT Consulting', weight: 11, nameWords: ['IT', 'ICT', 'Consulting', 'Solutions', 'Cloud'],
    activities: ['levert IT-beheer en clouddiensten aan het mkb', 'implementeert ERP- en CRM-systemen bij middelgrote bedrijven'],
    titles: ['IT Consultant', 'Functioneel Beheerder', 'Systeembeheerder', 'Cloud Engineer', 'Servicedesk Medewerker', 'Security Consultant'],
    skills: ['ITIL', 'TOPdesk', 'Azure', 'Microsoft 365', 'Windows Server', 'VMware', 'Intune', 'Active Directory', 'ISO 27001', 'SAP'],
  },
  {
    name: 'Software Development', weight: 9, nameWords: ['Software', 'Labs', 'Digital', 'Technologies'],
    activities: ['ontwikkelt SaaS-software voor de logistiek', 'bouwt webapplicaties en mobiele apps voor klanten in heel Europa'],
    titles: ['Backend Developer', 'Frontend Developer', 'Full Stack Developer', 'DevOps Engineer', 'Data Engineer', 'Product Owner', 'Test Engineer'],
    skills: ['Java', 'Python', 'TypeScript', 'React', 'Node.js', 'Go', 'PostgreSQL', 'Kubernetes', 'Docker', 'AWS', 'Terraform', 'Kotlin', 'C#', '.NET', 'Scrum', 'Playwright'],
  },
  {
    name: 'Hospitals and Health Care', weight: 8, nameWords: ['Zorggroep', 'Zorg', 'Thuiszorg', 'Gezondheidscentrum'],
    activities: ['biedt wijkverpleging en thuiszorg', 'biedt ouderenzorg op meerdere locaties', 'is een algemeen ziekenhuis met een regionale functie'],
    titles: ['Verpleegkundige', 'Wijkverpleegkundige', 'Verzorgende IG', 'Doktersassistent', 'Fysiotherapeut', 'Operatieassistent'],
    skills: ['BIG-registratie', 'Wondzorg', 'ECD', 'Triage', 'Medicatieveiligheid', 'Dementiezorg', 'Revalidatie', 'Palliatieve zorg'],
  },
  {
    name: 'Construction', weight: 7, nameWords: ['Bouw', 'Bouwgroep', 'Aannemers', 'Infra'],
    activities: ['bouwt woningen en utiliteitsgebouwen', 'renoveert en verduurzaamt huurwoningen'],
    titles: ['Uitvoerder', 'Werkvoorbereider', 'Projectleider Bouw', 'Timmerman', 'Calculator', 'BIM Modelleur'],
    skills: ['AutoCAD', 'Revit', 'BIM', 'VCA', 'Calculatie', 'Bestektekenen', 'Bouwbesluit', 'Metselen'],
  },
  {
    name: 'Transportation, Logistics, Supply Chain and Storage', weight: 7, nameWords: ['Logistiek', 'Transport', 'Distributie', 'Cargo'],
    activities: ['verzorgt warehousing en distributie voor webwinkels', 'vervoert koel- en vriesgoederen door Europa'],
    titles: ['Chauffeur CE', 'Orderpicker', 'Planner Logistiek', 'Warehouse Manager', 'Expediteur', 'Heftruckchauffeur'],
    skills: ['Code 95', 'Rijbewijs CE', 'Reachtruck', 'WMS', 'Heftruck', 'ADR', 'Transportplanning', 'Douane'],
  },
  {
    name: 'Financial Services', weight: 5, nameWords: ['Finance', 'Capital', 'Vermogensbeheer', 'Financial'],
    activities: ['beheert vermogen voor particulieren en stichtingen', 'verstrekt financieringen aan het mkb'],
    titles: ['Financieel Adviseur', 'Controller', 'Risk Analyst', 'Compliance Officer', 'Hypotheekadviseur'],
    skills: ['IFRS', 'Wft', 'KYC', 'Risk Management', 'Power BI', 'Hypotheken', 'Beleggen', 'Treasury'],
  },
  {
    name: 'Accounting', weight: 5, nameWords: ['Accountants', 'Administratie', 'Belastingadvies'],
    activities: ['verzorgt de administratie en jaarrekening van ondernemers', 'adviseert over belastingen en bedrijfsopvolging'],
    titles: ['Assistent Accountant', 'Belastingadviseur', 'Boekhouder', 'Salarisadministrateur', 'Accountant'],
    skills: ['Jaarrekening', 'Btw-aangifte', 'Exact Online', 'Twinfield', 'Loonadministratie', 'Nmbrs', 'AFAS', 'Fiscaal recht'],
  },
  {
    name: 'Retail', weight: 6, nameWords: ['Retail', 'Winkels', 'Mode', 'Wonen'],
    activities: ['heeft winkels in heel Nederland en een webwinkel', 'verkoopt woonaccessoires en meubels'],
    titles: ['Winkelmanager', 'Verkoopmedewerker', 'Category Manager', 'Filiaalmanager', 'E-commerce Manager'],
    skills: ['Kassa', 'Visual Merchandising', 'Voorraadbeheer', 'Klantenservice', 'Retail Analytics', 'Shopify', 'Verkoop'],
  },
  {
    name: 'Food and Beverage Manufacturing', weight: 4, nameWords: ['Foods', 'Zuivel', 'Bakkerij', 'Brouwerij'],
    activities: ['produceert zuivel voor de Europese markt', 'maakt brood en banket voor supermarkten'],
    titles: ['Operator Productie', 'Kwaliteitsmedewerker', 'Food Technologist', 'Productieleider', 'Procesoperator'],
    skills: ['HACCP', 'BRC', 'IFS', 'GMP', 'Lean Six Sigma', 'Procesoptimalisatie', 'Levensmiddelentechnologie'],
  },
  {
    name: 'Machinery Manufacturing', weight: 5, nameWords: ['Machinebouw', 'Techniek', 'Engineering', 'Metaal'],
    activities: ['ontwerpt en bouwt machines voor de voedingsindustrie', 'levert maatwerk in plaatbewerking en verspaning'],
    titles: ['Monteur', 'Service Engineer', 'Constructeur', 'PLC Programmeur', 'CNC Operator', 'Lasser'],
    skills: ['SolidWorks', 'PLC', 'Siemens TIA Portal', 'Hydrauliek', 'Pneumatiek', 'Lassen', 'CNC', 'Inventor', 'Elektrotechniek'],
  },
  {
    name: 'Semiconductor Manufacturing', weight: 1, nameWords: ['Semiconductors', 'Photonics', 'Systems'],
    activities: ['ontwikkelt machines voor de chipindustrie', 'maakt optische componenten voor lithografie'],
    titles: ['Mechatronics Engineer', 'Process Engineer', 'Cleanroom Operator', 'Optical Engineer', 'System Architect'],
    skills: ['Mechatronica', 'C++', 'Matlab', 'Optica', 'FMEA', 'Six Sigma', 'Cleanroom', 'Systems Engineering'],
  },
  {
    name: 'Government Administration', weight: 3, nameWords: ['Gemeente', 'Omgevingsdienst', 'Waterschap'],
    activities: ['is de gemeentelijke organisatie voor inwoners en ondernemers', 'zorgt voor vergunningverlening en handhaving in de regio'],
    titles: ['Beleidsmedewerker', 'Juridisch Medewerker', 'Vergunningverlener', 'Projectsecretaris', 'Handhaver'],
    skills: ['Beleidsadvisering', 'Awb', 'Omgevingswet', 'Wet open overheid', 'Stakeholdermanagement', 'Politieke sensitiviteit'],
  },
  {
    name: 'Education', weight: 4, nameWords: ['College', 'Scholengroep', 'Academie', 'Onderwijs'],
    activities: ['biedt middelbaar beroepsonderwijs aan duizenden studenten', 'is een scholengroep voor primair onderwijs'],
    titles: ['Docent Wiskunde', 'Leerkracht Basisonderwijs', 'Onderwijsassistent', 'Docent Engels', 'Intern Begeleider'],
    skills: ['Lesbevoegdheid', 'Didactiek', 'Passend onderwijs', 'Mentoraat', 'Onderwijskunde', 'Klassenmanagement'],
  },
  {
    name: 'Hospitality', weight: 4, nameWords: ['Hotel', 'Horeca', 'Restaurant', 'Catering'],
    activities: ['exploiteert hotels en restaurants in de regio', 'verzorgt bedrijfscatering en evenementen'],
    titles: ['Kok', 'Sous-chef', 'Medewerker Bediening', 'Hotel Receptionist', 'Bedrijfsleider Horeca'],
    skills: ['Sociale Hygiëne', 'Horeca', 'Opera PMS', 'Wijnkennis', 'Gastvrijheid', 'Menuplanning'],
  },
  {
    name: 'Telecommunications', weight: 2, nameWords: ['Telecom', 'Netwerken', 'Connect', 'Glasvezel'],
    activities: ['legt glasvezelnetwerken aan in het buitengebied', 'levert zakelijke telefonie en internet'],
    titles: ['Netwerkbeheerder', 'Glasvezelmonteur', 'Network Engineer', 'Field Engineer'],
    skills: ['Cisco', 'CCNA', 'Glasvezel', '5G', 'BGP', 'Netwerkbeheer', 'Fortinet', 'VoIP'],
  },
  {
    name: 'Wholesale', weight: 5, nameWords: ['Groothandel', 'Trading', 'Import', 'Supply'],
    activities: ['levert technische onderdelen aan installateurs', 'importeert en distribueert levensmiddelen'],
    titles: ['Accountmanager Binnendienst', 'Inkoper', 'Commercieel Medewerker', 'Accountmanager Buitendienst'],
    skills: ['Salesforce', 'CRM', 'Inkoop', 'Acquisitie', 'Onderhandelen', 'Orderverwerking', 'Exportdocumenten'],
  },
  {
    name: 'Renewables and Environment', weight: 3, nameWords: ['Energie', 'Solar', 'Installaties', 'Duurzaam'],
    activities: ['installeert zonnepanelen en warmtepompen', 'ontwikkelt wind- en zonneparken'],
    titles: ['Elektromonteur', 'Installatietechnicus', 'Projectontwikkelaar Zon', 'Servicemonteur Warmtepompen'],
    skills: ['NEN 3140', 'Zonnepanelen', 'Warmtepompen', 'Laadpalen', 'VIAG', 'F-gassen', 'Domotica'],
  },
  {
    name: 'Insurance', weight: 3, nameWords: ['Verzekeringen', 'Assurantiën', 'Insurance'],
    activities: ['verzekert ondernemers en particulieren', 'behandelt schades voor grote verzekeraars'],
    titles: ['Schadebehandelaar', 'Acceptant', 'Actuaris', 'Verzekeringsadviseur'],
    skills: ['Schadebehandeling', 'Solvency II', 'Actuariële modellen', 'Polisadministratie', 'SAS', 'R', 'Wft Schade'],
  },
  {
    name: 'Marketing Services', weight: 4, nameWords: ['Media', 'Marketing', 'Creative', 'Agency'],
    activities: ['maakt campagnes voor bekende merken', 'helpt webwinkels groeien met online marketing'],
    titles: ['Marketing Manager', 'Content Marketeer', 'SEO Specialist', 'Data Analyst', 'Grafisch Ontwerper'],
    skills: ['Google Analytics', 'SEO', 'SEA', 'HubSpot', 'Copywriting', 'Adobe Creative Suite', 'Social media', 'Google Ads'],
  },
  {
    name: 'Legal Services', weight: 2, nameWords: ['Advocaten', 'Juristen', 'Legal', 'Notarissen'],
    activities: ['adviseert ondernemers over arbeidsrecht en contracten', 'is een notariskantoor voor particulieren en bedrijven'],
    titles: ['Advocaat', 'Paralegal', 'Bedrijfsjurist', 'Kandidaat-notaris', 'Juridisch Secretaresse'],
    skills: ['Arbeidsrecht', 'Ondernemingsrecht', 'Contractenrecht', 'Procesvoering', 'Due Diligence', 'Vastgoedrecht'],
  },
  {
    name: 'Real Estate', weight: 2, nameWords: ['Vastgoed', 'Makelaars', 'Wonen', 'Property'],
    activities: ['beheert woningen en bedrijfspanden', 'bemiddelt bij aan- en verkoop van woningen'],
    titles: ['Makelaar', 'Vastgoedbeheerder', 'Property Manager', 'Taxateur'],
    skills: ['NVM', 'Taxatie', 'Vastgoedbeheer', 'Huurrecht', 'Verhuur', 'Onderhoudsplanning'],
  },
  {
    name: 'Pharmaceutical Manufacturing', weight: 1, nameWords: ['Pharma', 'Biotech', 'Life Sciences'],
    activities: ['produceert generieke geneesmiddelen', 'ontwikkelt vaccins en biologische medicijnen'],
    titles: ['QA Officer', 'Research Analist', 'Validatie Engineer', 'Regulatory Affairs Specialist', 'Laborant'],
    skills: ['GxP', 'HPLC', 'Validatie', 'Labwerk', 'Regulatory Affairs', 'Microbiologie', 'CAPA'],
  },
];

/** Skills any employer asks for, besides the industry's own. */
export const GENERIC_SKILLS = [
  'Engels', 'Nederlands', 'Duits', 'Communicatie', 'Teamwork', 'Microsoft Office', 'Excel', 'Projectmanagement', 'Rijbewijs B',
  'Klantgericht', 'Planning', 'Agile', 'Leiderschap', 'SQL', 'Presenteren', 'Coaching', 'Prince2', 'Lean', 'Frans', 'Outlook',
  'Kwaliteitsbewustzijn', 'Veiligheidsbewustzijn', 'Data-analyse', 'Procesmanagement', 'Budgetbeheer', 'Rapportage',
  'Klachtafhandeling', 'Administratie', 'Timemanagement',
] as const;

export const LEVELS = ['Junior', 'Medior', 'Senior', 'Lead'] as const;

/** Parts of coined brand names ('Nexora', 'Lumify'). */
export const BRAND_STARTS = ['Nex', 'Vox', 'Blu', 'Qua', 'Tri', 'Zen', 'Lum', 'Ori', 'Ver', 'Sol', 'Kin', 'Fla', 'Mob', 'Syn', 'Cor', 'Dat', 'Elev', 'Fin', 'Hyp', 'Inno', 'Jet', 'Klik', 'Nim', 'Opti', 'Pix', 'Rok', 'Tak', 'Vin', 'Wiz', 'Brix', 'Cura', 'Delo', 'Hel', 'Quin', 'Ravo', 'Tel'] as const;
export const BRAND_ENDS = ['io', 'ly', 'ora', 'ix', 'eo', 'ent', 'aro', 'ify', 'ium', 'on', 'era', 'igo', 'ia', 'us', 'vo', 'mo', 'flow', 'base', 'hub'] as const;
export const FAMILY_NAMES = ['Van Dijk', 'De Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Jansen', 'Koster', 'Van Leeuwen', 'Verhoeven', 'Willems', 'Kuipers'] as const;
export const REGIONS = ['Noord', 'Zuid', 'West', 'Oost', 'Delta', 'Polder', 'Rijn', 'Maas', 'Amstel', 'Twente', 'Veluwe', 'Kempen', 'Waal', 'IJssel', 'Gooi', 'Brabant', 'Achterhoek', 'Westland', 'Rijnmond', 'Betuwe'] as const;
export const LEGAL_FORMS = ['B.V.', 'B.V.', 'Holding B.V.', 'N.V.', 'Groep', 'Nederland'] as const;

/** Sentences that fill company descriptions. */
export const COMPANY_SENTENCES = [
  'Wij zijn een familiebedrijf met korte lijnen en een informele sfeer.',
  'Met ruim dertig jaar ervaring zijn wij marktleider in onze regio.',
  'Onze klanten vinden we in de zorg, het onderwijs en de overheid.',
  'Duurzaamheid en innovatie staan centraal in alles wat we doen.',
  'We groeien snel en openen dit jaar twee nieuwe vestigingen.',
  'Ons team bestaat uit gedreven vakmensen die trots zijn op hun werk.',
  'Wij werken voor opdrachtgevers in de Benelux en Duitsland.',
  'Kwaliteit, veiligheid en service maken het verschil voor onze klanten.',
] as const;

/** Sentences that fill job descriptions; {title}, {company}, {city}, {skill} are filled in. */
export const JOB_SENTENCES = [
  'Als {title} bij {company} werk je in een hecht team aan uitdagende projecten.',
  'Je standplaats is {city}, maar je werkt ook regelmatig op locatie bij klanten.',
  'Ervaring met {skill} is een pre, de rest leren we je op de werkvloer.',
  'Je rapporteert aan de teamleider en denkt mee over verbeteringen in het proces.',
  'Wij zoeken iemand die zelfstandig werkt, oplossingsgericht is en van aanpakken weet.',
  'Je hebt minimaal een afgeronde mbo- of hbo-opleiding in een relevante richting.',
  'Je beheerst de Nederlandse taal goed in woord en geschrift.',
  'Bij ons krijg je de ruimte om jezelf te ontwikkelen met cursussen en trainingen.',
  'Je werkt 32 tot 40 uur per week, deels vanuit huis.',
  'Het salaris ligt tussen de 3.200 en 4.800 euro bruto per maand, afhankelijk van ervaring.',
] as const;

export const BENEFITS = [
  '8% vakantiegeld', 'een dertiende maand', 'een goede pensioenregeling', 'een NS Business Card', 'een leaseauto',
  'een persoonlijk opleidingsbudget', 'een reiskostenvergoeding', 'een thuiswerkvergoeding', 'een fiets van de zaak',
] as const;

/** Closing lines by which employers turn agencies away; src/domain/no-agencies.ts recognises each. */
export const NO_AGENCY_LINES = [
  'Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.',
  'Reacties van werving- en selectiebureaus worden niet in behandeling genomen.',
  'Wij werken niet samen met recruitmentbureaus.',
  'Geen acquisitie n.a.v. deze vacature.',
  'No agencies please.',
  'We do not accept CVs from recruitment agencies.',
] as const;

/** A closing line that mentions agencies but does not turn them away. */
export const AGENCY_MENTION = 'Heb je vragen over deze vacature? Bel onze afdeling acquisitie en sales.';

export const JOB_SOURCES = ['indeed', 'linkedin', 'werkzoeken', 'nationalevacaturebank'] as const;
