/*
 * The server's one message catalogue: the Dutch for every English text a
 * problem response can carry (titles, details, field messages), keyed by
 * the English text as the code writes it (gettext style, so a message
 * stays readable where it is thrown). `{name}` stands for a part that
 * varies; a part that is itself in the catalogue (an entity, an action) is
 * translated too. zod's own messages come with Dutch from zod's locale
 * (FieldIssue.nl). A text that is missing stays English:
 * test/messages.test.ts finds messages in the code that lack Dutch.
 */
const DUTCH: Readonly<Record<string, string>> = {
  // Problem titles (PROBLEM_TYPES).
  'This status change is not allowed': 'Deze statuswijziging is niet toegestaan',
  'A loss reason is required': 'Een reden van verlies is verplicht',
  'This stage asks for more before a record may enter it': 'Deze fase vraagt meer voordat een record erin mag',
  'The request is not valid': 'Het verzoek is niet geldig',
  'Not found': 'Niet gevonden',
  Conflict: 'Conflict',
  'Not logged in': 'Niet ingelogd',
  Forbidden: 'Niet toegestaan',
  'Too many attempts': 'Te veel pogingen',
  'The request body is too large': 'De inhoud van het verzoek is te groot',
  'Unsupported content type': 'Niet-ondersteund inhoudstype',
  'Internal server error': 'Interne serverfout',
  'Service unavailable': 'Dienst niet beschikbaar',

  // Details the HTTP layer writes.
  'Invalid input: {issues}': 'Ongeldige invoer: {issues}',
  'There is no {route}.': '{route} bestaat niet.',
  'The URL is not valid.': 'De URL is niet geldig.',
  'The body is not valid JSON.': 'De inhoud is geen geldige JSON.',
  'The body is empty, but its content type says JSON.': 'De inhoud is leeg, maar het inhoudstype zegt JSON.',
  'The request body is too large.': 'De inhoud van het verzoek is te groot.',
  'Send JSON (application/json), not {type}.': 'Stuur JSON (application/json), geen {type}.',
  'Something went wrong on our side. Quote request id {id} when reporting it.':
    'Er ging bij ons iets mis. Noem verzoek-id {id} als je het meldt.',
  'The database is not reachable right now. Try again in a few seconds.': 'De database is nu niet bereikbaar. Probeer het over een paar seconden opnieuw.',
  'The database did not answer.': 'De database gaf geen antwoord.',

  // Domain errors (platform/errors.ts) and their parts.
  "Cannot move from '{from}' to '{to}'. Allowed: {allowed}.": "Kan niet van '{from}' naar '{to}'. Toegestaan: {allowed}.",
  none: 'geen',
  "Moving to '{to}' requires a loss reason.": "Naar '{to}' verplaatsen vraagt een reden van verlies.",
  "Moving to '{to}' requires: {gates}.": "Naar '{to}' verplaatsen vraagt: {gates}.",
  '{entity} {id} not found.': '{entity} {id} niet gevonden.',
  Company: 'Bedrijf',
  Stage: 'Fase',
  GlobalCompany: 'Gedeeld bedrijf',
  User: 'Gebruiker',
  ApiToken: 'API-token',
  Invite: 'Uitnodiging',
  Reminder: 'Herinnering',
  Notification: 'Melding',
  DecisionMaker: 'Beslisser',
  Contact: 'Contactpersoon',
  'You are not allowed to {action}.': 'Je hebt geen toestemming om {action}.',
  'view companies': 'bedrijven te bekijken',
  'create companies': 'bedrijven toe te voegen',
  'edit companies': 'bedrijven te wijzigen',
  'delete companies': 'bedrijven te verwijderen',
  'view leads': 'leads te bekijken',
  'create leads': 'leads toe te voegen',
  'edit leads': 'leads te wijzigen',
  'delete leads': 'leads te verwijderen',
  'view opportunities': 'opportunities te bekijken',
  'create opportunities': 'opportunities toe te voegen',
  'edit opportunities': 'opportunities te wijzigen',
  'delete opportunities': 'opportunities te verwijderen',
  'view vacancies': 'vacatures te bekijken',
  'create vacancies': 'vacatures toe te voegen',
  'edit vacancies': 'vacatures te wijzigen',
  'delete vacancies': 'vacatures te verwijderen',
  'manage triggers': 'triggers te beheren',
  'export lists': 'lijsten te exporteren',
  "see the team's work": 'het werk van het team te zien',
  'work with {kind}, which your agency switched off': 'met {kind} te werken, die je bureau heeft uitgeschakeld',
  'manage users': 'gebruikers te beheren',
  'manage settings': 'instellingen te beheren',
  'import shared company data': 'gedeelde bedrijfsgegevens te importeren',
  "import the agency's clients": 'de klanten van het bureau te importeren',
  'send this request from another site (cross-site requests are refused)': 'dit verzoek vanaf een andere site te sturen (verzoeken tussen sites worden geweigerd)',

  // Domain errors the slices write.
  'Wrong e-mail address or password.': 'Verkeerd e-mailadres of wachtwoord.',
  'Log in or send a valid API token.': 'Log in of stuur een geldig API-token.',
  'Too many failed logins. Try again in {minutes} minute(s).': 'Te veel mislukte inlogpogingen. Probeer het over {minutes} minuut/minuten opnieuw.',
  '{name} is already followed by your agency.': '{name} wordt al gevolgd door je bureau.',
  'is a deactivated user; choose an active colleague': 'is een gedeactiveerde gebruiker; kies een actieve collega',
  'A user with e-mail {email} already exists.': 'Er bestaat al een gebruiker met e-mailadres {email}.',
  '{name} is already a contact of this company.': '{name} is al een contactpersoon van dit bedrijf.',
  'nothing to change: give name, title, email, phone or linkedinUrl': 'niets te wijzigen: geef name, title, email, phone of linkedinUrl',
  'This reminder is done; done reminders are kept.': 'Deze herinnering is afgerond; afgeronde herinneringen blijven bewaard.',
  'A suggested reminder is dismissed by marking it done.': 'Een voorgestelde herinnering verdwijnt door haar af te ronden.',
  'This reminder was just marked done; done reminders are kept.': 'Deze herinnering is net afgerond; afgeronde herinneringen blijven bewaard.',
  // Actions a reminder's assignee, its creator, managers and admins may take (tasks/domain/reminder-rights.ts), and the routine of one's own.
  "complete a colleague's reminder": 'de herinnering van een collega af te ronden',
  "delete a colleague's reminder": 'de herinnering van een collega te verwijderen',
  "read a colleague's routine": 'het overzicht Vandaag van een collega te bekijken',
  'Send the file as text/csv or application/x-ndjson.': 'Stuur het bestand als text/csv of application/x-ndjson.',
  'Import files are limited to {size} MB; split the file.': 'Importbestanden zijn hoogstens {size} MB; splits het bestand.',
  'The import stopped; the batches before this point were written.': 'De import is gestopt; de delen tot hier zijn opgeslagen.',

  // The client import (src/client-import).
  'ClientImport': 'Klantimport',
  'ClientImportFile': 'Importbestand',
  'Send the file as CSV or XLSX.': 'Stuur het bestand als CSV of XLSX.',
  'Client import files are limited to {size} MB; split the file.': 'Klantimportbestanden zijn hoogstens {size} MB; splits het bestand.',
  'the file has no header row': 'het bestand heeft geen kopregel',
  'the file has a header but no rows': 'het bestand heeft een kopregel maar geen rijen',
  'the file has more than {max} rows; split it': 'het bestand heeft meer dan {max} rijen; splits het',
  'the file is not a CSV file: {why}': 'het bestand is geen CSV-bestand: {why}',
  'the file is not an XLSX workbook': 'het bestand is geen XLSX-werkmap',
  'the workbook has no sheet': 'de werkmap heeft geen blad',
  'an imported lost record needs its loss reason': 'een geïmporteerd verloren record heeft een reden van verlies nodig',
  'not a stage of this pipeline': 'geen fase van deze pipeline',
  'not a user of this agency': 'geen gebruiker van dit bureau',
  'not a column of the file': 'geen kolom van het bestand',
  'This import is still running; undo it once it has finished.': 'Deze import loopt nog; maak hem ongedaan als hij klaar is.',

  // Field messages (platform/input and the slices' schemas).
  'must be a UUID': 'moet een UUID zijn',
  'must be a date (YYYY-MM-DD)': 'moet een datum zijn (JJJJ-MM-DD)',
  // Stage gates and pipeline moves (pipeline/domain).
  'not a field of this pipeline': 'geen veld van deze pipeline',
  'expected text': 'verwacht tekst',
  'expected a number': 'verwacht een getal',
  'expected a date (YYYY-MM-DD)': 'verwacht een datum (JJJJ-MM-DD)',
  'expected one of {options}': 'verwacht een van {options}',
  'the record is in this pipeline already': 'het record staat al in deze pipeline',
  'the pipeline is archived': 'de pipeline is gearchiveerd',
  'a {from} record cannot move to a {to} pipeline': 'een {from}-record kan niet naar een {to}-pipeline',
  'companies follow a clients pipeline': 'bedrijven volgen een klantenpipeline',
  'must not be empty': 'mag niet leeg zijn',
  'must be at most {max} characters': 'mag hoogstens {max} tekens lang zijn',
  'must not contain control characters': 'mag geen stuurtekens bevatten',
  'You cannot deactivate yourself; ask another admin.': 'U kunt uzelf niet deactiveren; vraag een andere beheerder.',
  // Roles, branches and the agency's dossier kinds (identity).
  Role: 'Rol',
  Branch: 'Vestiging',
  'is not a role of your agency': 'is geen rol van je bureau',
  'must be a role key: 2 to 40 lowercase letters, digits or dashes, starting with a letter': 'moet een rolsleutel zijn: 2 tot 40 kleine letters, cijfers of streepjes, beginnend met een letter',
  'must be a permission name (docs/api.md, Roles and permissions)': 'moet de naam van een recht zijn (docs/api.md, Rollen en rechten)',
  'Your agency already has a role with key {key}.': 'Je bureau heeft al een rol met sleutel {key}.',
  'Built-in roles cannot be changed; add a role of your own.': 'Standaardrollen kunnen niet worden gewijzigd; voeg een eigen rol toe.',
  'Built-in roles cannot be deleted.': 'Standaardrollen kunnen niet worden verwijderd.',
  'This role is held by users or invites; give them another role first.': 'Gebruikers of uitnodigingen hebben deze rol; geef hun eerst een andere rol.',
  'This role was deleted just now; choose another role.': 'Deze rol is net verwijderd; kies een andere rol.',
  'Send name or permissions.': 'Stuur name of permissions.',
  'Send role, name or branchId.': 'Stuur role, name of branchId.',
  'Send name or archived.': 'Stuur name of archived.',
  'is not an active branch of your agency': 'is geen actieve vestiging van je bureau',
  'must be a branch id, mine or none': 'moet een vestigings-id, mine of none zijn',
  'Your agency already has a branch named {name}.': 'Je bureau heeft al een vestiging met de naam {name}.',
  'must be leads or opportunities': 'moet leads of opportunities zijn',
  // Team settings (identity: users, invites, profile).
  'This is the last active admin of the agency; make another user admin first.':
    'Dit is de laatste actieve beheerder van het bureau; maak eerst iemand anders beheerder.',
  'Send name or language.': 'Stuur een naam of een taal.',
  'This invite link is not valid. Check that you copied all of it, or ask your admin for a new one.':
    'Deze uitnodigingslink is niet geldig. Controleer of je hem helemaal hebt gekopieerd, of vraag je beheerder om een nieuwe.',
  'This invite link was already used. Log in with your e-mail address and password.':
    'Deze uitnodigingslink is al gebruikt. Log in met je e-mailadres en wachtwoord.',
  'This invite was withdrawn. Ask your admin for a new one.': 'Deze uitnodiging is ingetrokken. Vraag je beheerder om een nieuwe.',
  'This invite link has expired. Ask your admin for a new one.': 'Deze uitnodigingslink is verlopen. Vraag je beheerder om een nieuwe.',
  'This invite was already accepted; deactivate the user instead.': 'Deze uitnodiging is al geaccepteerd; deactiveer de gebruiker in plaats daarvan.',
  'create an API token with an API token (log in and create it there)': 'een API-token aanmaken met een API-token (log in en maak het daar aan)',
  'must be valid Unicode text': 'moet geldige Unicode-tekst zijn',
  'must be a whole number from {min} to {max}': 'moet een geheel getal van {min} tot en met {max} zijn',
  'must be a whole number of days from 1 to 366': 'moet een geheel aantal dagen van 1 tot en met 366 zijn',
  'must lie between the years {first} and {last}': 'moet tussen de jaren {first} en {last} liggen',
  'must be an ISO 8601 date-time with offset': 'moet een ISO 8601-datum en -tijd met tijdzone zijn',
  'must be an ISO 8601 date or date-time with offset': 'moet een ISO 8601-datum of -datum en -tijd met tijdzone zijn',
  'is not a cursor this API returned': 'is geen cursor die deze API gaf',
  'is not a cursor for this sort': 'is geen cursor voor deze sortering',
  'must be an e-mail address': 'moet een e-mailadres zijn',
  'must be a phone number': 'moet een telefoonnummer zijn',
  'must be a LinkedIn profile URL': 'moet een LinkedIn-profiel-URL zijn',
  'must be a stage key': 'moet de sleutel van een fase zijn',
  'must be true or false': 'moet true of false zijn',
  'must be at least {min} characters': 'moet minstens {min} tekens lang zijn',
  'must be after from': 'moet na from liggen',
  'the period must span at most {years} years': 'de periode mag hoogstens {years} jaar beslaan',
  'must be within the last year or later': 'moet binnen het afgelopen jaar of later liggen',
  'must be within {years} years from now': 'moet binnen {years} jaar vanaf nu liggen',
  'is not a place we know: {name}': 'is geen plaats die we kennen: {name}',
  'nothing to change: give ownerId, branchId, favorited, newJobsNotifications, expectedValue, expectedCloseDate or fields':
    'niets te wijzigen: geef ownerId, branchId, favorited, newJobsNotifications, expectedValue, expectedCloseDate of fields',
  // A company's deal values (clients/update-company.ts).
  'must be a number of euros': 'moet een bedrag in euro zijn',
  'must not be negative': 'mag niet negatief zijn',
  'must be at most 1000000000000': 'mag hoogstens 1000000000000 zijn',
  'must have at most 2 decimals': 'mag hoogstens 2 decimalen hebben',
  "unknown stage '{stage}'; stages are {stages}": "onbekende fase '{stage}'; de fasen zijn {stages}",

  // The companies page: its filter, sort, export, bulk actions and saved views (src/clients/company-*.ts, bulk-update-companies.ts).
  CompanyView: 'Opgeslagen weergave',
  'must be a UUID or unassigned': 'moet een UUID of unassigned zijn',
  'must list at most {max}': 'mag hoogstens {max} waarden bevatten',
  'must list from {min} to {max} values': 'moet {min} tot en met {max} waarden bevatten',
  'must be a text or a list of texts': 'moet een tekst of een lijst teksten zijn',
  'must be a field key and a value: key:value': 'moet een veldsleutel en een waarde zijn: sleutel:waarde',
  'must be one of {options}': 'moet een van {options} zijn',
  'must be asc or desc': 'moet asc of desc zijn',
  'must be nl or en': 'moet nl of en zijn',
  'must be csv or xlsx': 'moet csv of xlsx zijn',
  'must be a column key': 'moet de sleutel van een kolom zijn',
  'must be an action: stage, owner, branch, favorite, alerts or unfollow': 'moet een actie zijn: stage, owner, branch, favorite, alerts of unfollow',
  'must be { ids: […] } or { filter: {…} }': 'moet { ids: […] } of { filter: {…} } zijn',
  'matches more than {limit} records; narrow the filter': 'past op meer dan {limit} records; verfijn het filter',
  'nothing to change: give name, shared or settings': 'niets te wijzigen: geef name, shared of settings',
  "change a colleague's shared view": 'de gedeelde weergave van een collega te wijzigen',
  "delete a colleague's shared view": 'de gedeelde weergave van een collega te verwijderen',

  // Pipelines: creating and editing them (pipeline/create-pipeline.ts, edit-pipeline.ts, domain/definition-rules.ts).
  Pipeline: 'Pijplijn',
  'manage pipelines': 'pijplijnen te beheren',
  'must be lower-case letters, digits and _ (at most 40), starting with a letter': 'moet uit kleine letters, cijfers en _ bestaan (hoogstens 40), te beginnen met een letter',
  'is not a template; templates are {templates}': 'is geen sjabloon; de sjablonen zijn {templates}',
  'nothing to change: give definition, name, isDefault or archived': 'niets te wijzigen: geef definition, name, isDefault of archived',
  'moves go with a definition that archives stages': 'moves hoort bij een definitie die fasen archiveert',
  'another stage has this key': 'een andere fase heeft deze sleutel',
  'is not a stage of the pipeline': 'is geen fase van de pijplijn',
  'must be an active stage: every new record starts there': 'moet een actieve fase zijn: elk nieuw record begint daar',
  'must be an open stage (one without an outcome)': 'moet een open fase zijn (een zonder uitkomst)',
  'a pipeline has at most one On hold stage': 'een pijplijn heeft hoogstens één fase Wachtend',
  'a stage cannot move to itself': 'een fase kan niet naar zichzelf gaan',
  'is an archived stage: archived stages take no records': 'is een gearchiveerde fase: gearchiveerde fasen nemen geen records op',
  'is listed twice': 'staat er twee keer in',
  'is not a field of the pipeline': 'is geen veld van de pijplijn',
  'another item of this stage has this key': 'een ander punt van deze fase heeft deze sleutel',
  'another field has this key': 'een ander veld heeft deze sleutel',
  'a select field needs options': 'een keuzeveld heeft opties nodig',
  'only select fields have options': 'alleen keuzevelden hebben opties',
  'another option has this key': 'een andere optie heeft deze sleutel',
  'must be an active stage': 'moet een actieve fase zijn',
  'must be one of the next stages of the from stage': 'moet een van de volgende fasen van de from-fase zijn',
  "a pipeline's kind never changes": 'het soort van een pijplijn verandert nooit',
  "stage '{stage}' is missing: stages are never removed; archive it (active: false) instead":
    "fase '{stage}' ontbreekt: fasen worden nooit verwijderd; archiveer haar (active: false) in plaats daarvan",
  'is not a stage this change archives': 'is geen fase die deze wijziging archiveert',
  'must be an active stage of the new definition': 'moet een actieve fase van de nieuwe definitie zijn',
  'the stage holds {count} record(s): name an active stage to move them to': 'de fase bevat {count} record(s): noem een actieve fase om ze naartoe te verplaatsen',
  'This pipeline was changed by someone else (it is now at version {version}); reload it and make your change again.':
    'Iemand anders heeft deze pijplijn gewijzigd (ze is nu bij versie {version}); laad haar opnieuw en breng je wijziging opnieuw aan.',
  'Records of this pipeline are being moved right now; try again in a moment.': 'Er worden nu records van deze pijplijn verplaatst; probeer het zo opnieuw.',
  'Every kind keeps one default pipeline: make another pipeline the default instead.':
    'Elk soort houdt één standaardpijplijn: maak in plaats daarvan een andere pijplijn de standaard.',
  'Another pipeline was made the default at the same moment; try again.': 'Op hetzelfde moment werd een andere pijplijn de standaard; probeer het opnieuw.',
  'An archived pipeline cannot be the default.': 'Een gearchiveerde pijplijn kan niet de standaard zijn.',
  'The default pipeline cannot be archived: make another pipeline the default first.': 'De standaardpijplijn kan niet gearchiveerd worden: maak eerst een andere pijplijn de standaard.',
  'The pipeline still holds {count} record(s): move them to another pipeline before archiving it.':
    'De pijplijn bevat nog {count} record(s): verplaats ze naar een andere pijplijn voordat je haar archiveert.',
  // Triggers (src/automation).
  Group: 'Groep',
  Rule: 'Regel',
  'must be a number': 'moet een getal zijn',
  'must be a whole number': 'moet een geheel getal zijn',
  'must be at least 1': 'moet minstens 1 zijn',
  'must be at most 3650': 'mag hoogstens 3650 zijn',
  'must be at most 10': 'mag hoogstens 10 zijn',
  'must be at most 20': 'mag hoogstens 20 zijn',
  'must be at most 100': 'mag hoogstens 100 zijn',
  'must name at least one': 'moet er minstens een noemen',
  'must name at most 50': 'mag er hoogstens 50 noemen',
  'must have at least one action': 'moet minstens een actie hebben',
  'is an event of companies only (pipelineKind clients): leads and opportunities have no jobs of their own': 'is een gebeurtenis van alleen bedrijven (pipelineKind clients): leads en opportunities hebben geen eigen vacatures',
  'name either a company or a dossier': 'noem een bedrijf of een dossier, niet allebei',
  'is not a pipeline of your agency': 'is geen pipeline van je bureau',
  'is not a {kind} pipeline': 'is geen {kind}-pipeline',
  "is not an active stage of the rule's pipeline": 'is geen actieve fase van de pipeline van de regel',
  "is not an active stage of the agency's {kind} pipelines": 'is geen actieve fase van de {kind}-pipelines van het bureau',
  'is not a stage group of those pipelines': 'is geen fasegroep van die pipelines',
  'must name a user, or set owner': 'moet een gebruiker noemen, of owner aanzetten',
  'is required for this operator': 'is verplicht bij deze vergelijking',
  '{id} is not a group of your agency': '{id} is geen groep van je bureau',
  '{id} is not an active user of your agency': '{id} is geen actieve gebruiker van je bureau',
  'nothing to change': 'niets te wijzigen',
  'is the name of another group': 'is de naam van een andere groep',
  "is no built-in rule of this pipeline's template": 'is geen ingebouwde regel van het sjabloon van deze pipeline',

  // Leads, opportunities and vacancies (src/dossiers).
  Lead: 'Lead',
  Opportunity: 'Opportunity',
  Dossier: 'Dossier',
  Vacancy: 'Vacature',
  ContactRole: 'Contactrol',
  Job: 'Vacature uit de markt',
  'must be lead or opportunity': 'moet lead of opportunity zijn',
  'nothing to change: give name or position': 'niets te wijzigen: geef name of position',
  'must be at most 999999999999': 'mag hoogstens 999999999999 zijn',
  'must be my, branches or all': 'moet my, branches of all zijn',
  'must be a stage group key': 'moet de sleutel van een fasegroep zijn',
  'must be a move, owner or delete action': 'moet een actie move, owner of delete zijn',
  'an appointment needs a moment': 'een afspraak heeft een tijdstip nodig',
  "is not a job of the client's company": 'is geen vacature van het bedrijf van de klant',
  'a {kind} enters a {pipeline} pipeline': 'een {kind} komt in een {pipeline}-pijplijn',
  'only a lead in its end stage ({stages}) can be converted': 'alleen een lead in zijn eindfase ({stages}) kan worden omgezet',
  'This lead has already been converted into an opportunity.': 'Deze lead is al omgezet in een opportunity.',
  '{name} is already linked to this dossier.': '{name} is al aan dit dossier gekoppeld.',
  'This vacancy already has a lead.': 'Deze vacature heeft al een lead.',
  'This vacancy already has an opportunity.': 'Deze vacature heeft al een opportunity.',
  'This role is given to contacts on dossiers: give them another role first.': 'Contactpersonen op dossiers hebben deze rol: geef ze eerst een andere rol.',
  ListValue: 'Lijstwaarde',
  'must be source, priority or category': 'moet source, priority of category zijn',
  'must be 1 to 100 lower-case letters, digits or underscores': 'moet 1 tot 100 kleine letters, cijfers of liggende streepjes zijn',
  "is not a value of the agency's source list": 'staat niet in de lijst met bronnen van het bureau',
  "is not a value of the agency's priority list": 'staat niet in de lijst met prioriteiten van het bureau',
  "is not a value of the agency's category list": 'staat niet in de lijst met categorieën van het bureau',
  'This list already has a value {key}.': 'Deze lijst heeft al een waarde {key}.',
  'Dossiers have this value: give them another one first.': 'Dossiers hebben deze waarde: geef ze eerst een andere.',
};

interface Template {
  pattern: RegExp;
  names: string[];
  dutch: string;
}

/** The entries with `{name}` parts, as patterns that capture those parts. */
const TEMPLATES: Template[] = Object.entries(DUTCH)
  .filter(([english]) => english.includes('{'))
  .map(([english, dutch]) => {
    const names: string[] = [];
    const source = english
      .split(/(\{\w+\})/)
      .map((piece) => {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        if (!name) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '([\\s\\S]+?)';
      })
      .join('');
    return { pattern: new RegExp(`^${source}$`), names, dutch };
  });

export type Language = 'en' | 'nl';
export const LANGUAGES: readonly Language[] = ['en', 'nl'];

/** The Dutch of an English text, or undefined when the catalogue lacks it. */
export function dutchFor(english: string): string | undefined {
  const exact = DUTCH[english];
  if (exact !== undefined) return exact;
  for (const { pattern, names, dutch } of TEMPLATES) {
    const match = pattern.exec(english);
    if (!match) continue;
    return names.reduce((text, name, index) => {
      const part = match[index + 1]!;
      return text.replace(`{${name}}`, () => DUTCH[part] ?? part);
    }, dutch);
  }
  return undefined;
}

/** A catalogue entry with its `{name}` parts filled in, in the language asked for. */
export function format(template: string, parts: Readonly<Record<string, string>>, language: Language): string {
  const wording = language === 'en' ? template : (DUTCH[template] ?? template);
  return wording.replace(/\{(\w+)\}/g, (whole, name: string) => parts[name] ?? whole);
}

/** A text in the language asked for; English (the code's own) when there is no translation. */
export function translate(english: string, language: Language): string {
  return language === 'en' ? english : (dutchFor(english) ?? english);
}
