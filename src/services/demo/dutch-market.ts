/** Word lists for believable Dutch demo companies, people and vacancies. */

export const CITIES = [
  'Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda',
  'Nijmegen', 'Arnhem', 'Haarlem', 'Enschede', 'Amersfoort', 'Zwolle', 'Leiden', 'Maastricht', 'Delft',
  'Den Bosch', 'Apeldoorn', 'Leeuwarden', 'Hilversum', 'Schiphol', 'Venlo',
] as const;

/** Industries as LinkedIn names them, with job families typical for each. */
export const INDUSTRIES = [
  { name: 'Software Development', jobs: ['Backend Developer', 'Frontend Developer', 'DevOps Engineer', 'Product Owner', 'Data Engineer'], skills: ['TypeScript', 'Java', 'Kubernetes', 'React', 'Python', 'AWS', 'Scrum'] },
  { name: 'IT Services and IT Consulting', jobs: ['IT Consultant', 'Systeembeheerder', 'Servicedesk Medewerker', 'Cloud Architect'], skills: ['Azure', 'ITIL', 'Microsoft 365', 'Networking', 'Linux'] },
  { name: 'Hospitals and Health Care', jobs: ['Verpleegkundige', 'Doktersassistent', 'Zorgcoördinator', 'Fysiotherapeut'], skills: ['BIG-registratie', 'Wondzorg', 'ECD', 'Triage'] },
  { name: 'Construction', jobs: ['Werkvoorbereider', 'Uitvoerder', 'Calculator', 'Projectleider Bouw'], skills: ['AutoCAD', 'BIM', 'VCA', 'Revit'] },
  { name: 'Transportation, Logistics, Supply Chain and Storage', jobs: ['Planner', 'Logistiek Medewerker', 'Supply Chain Analist', 'Chauffeur CE'], skills: ['SAP', 'WMS', 'Excel', 'Code 95'] },
  { name: 'Financial Services', jobs: ['Financial Controller', 'Risk Analyst', 'Compliance Officer', 'Boekhouder'], skills: ['IFRS', 'Excel', 'SQL', 'Power BI', 'Wft'] },
  { name: 'Machinery Manufacturing', jobs: ['Monteur', 'Service Engineer', 'Mechanical Engineer', 'PLC Programmeur'], skills: ['SolidWorks', 'PLC', 'Siemens', 'Lean'] },
  { name: 'Retail', jobs: ['Storemanager', 'E-commerce Specialist', 'Category Manager', 'Verkoopmedewerker'], skills: ['Google Analytics', 'SEO', 'Merchandising'] },
  { name: 'Food and Beverage Manufacturing', jobs: ['Productiemedewerker', 'Kwaliteitsmanager', 'Procesoperator', 'Technisch Onderhoud'], skills: ['HACCP', 'BRC', 'Lean Six Sigma'] },
  { name: 'Government Administration', jobs: ['Beleidsmedewerker', 'Projectsecretaris', 'Vergunningverlener', 'Informatieadviseur'], skills: ['Wro', 'Stakeholdermanagement', 'Awb'] },
] as const;

export const NAME_PARTS = {
  prefixes: ['Van Dijk', 'De Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'De Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Jansen', 'Koster', 'Noord', 'Delta', 'Polder', 'Oranje', 'Holland', 'Rijn', 'Maas', 'Zeeland', 'Kempen', 'Veluwe', 'Twente', 'Amstel', 'Dommel', 'Waal'],
  cores: ['Techniek', 'Logistiek', 'Software', 'Zorg', 'Bouw', 'Solutions', 'Systems', 'Groep', 'Digital', 'Engineering', 'Installaties', 'Finance', 'Labs', 'Data', 'Foods', 'Retail', 'Mobility', 'Energy'],
  suffixes: ['B.V.', 'B.V.', 'B.V.', 'N.V.', 'Holding', '& Partners', 'Nederland'],
} as const;

export const FIRST_NAMES = ['Sanne', 'Daan', 'Lotte', 'Bram', 'Emma', 'Lucas', 'Julia', 'Thijs', 'Sophie', 'Ruben', 'Anouk', 'Jesse', 'Fleur', 'Niels', 'Iris', 'Joost', 'Eva', 'Sem', 'Noor', 'Milan'] as const;
export const LAST_NAMES = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer'] as const;

export const DECISION_MAKER_TITLES = ['HR Director', 'Head of Talent Acquisition', 'Corporate Recruiter', 'HR Business Partner', 'Operations Manager', 'CTO', 'Finance Director', 'Algemeen Directeur'] as const;

export const NOTES = [
  'Werken nu met twee vaste bureaus, maar staan open voor een specialist.',
  'Groeien hard in het tweede halfjaar; budget voor externe werving is er.',
  'HR-manager is nieuw sinds maart — opnieuw kennismaken.',
  'Vacatures staan al lang open; interne recruiter is overbelast.',
  'Willen eerst een voorstel met tarieven per functie zien.',
  'Goed gesprek, vervolgafspraak met de hiring manager gepland.',
] as const;
