/* What the demo team writes on its leads and opportunities, in Dutch as the agency works. */

/** A lead's or opportunity's title when no vacancy names it: the phrase, a dash, the company. */
export const DOSSIER_TITLES = {
  lead: ['Structurele werving', 'Uitbreiding team', 'Interim-capaciteit', 'Werving op meerdere vestigingen', 'Moeilijk vervulbare functies'],
  opportunity: ['Raamovereenkomst werving', 'Wervingstraject', 'Recruitmentpartnerschap', 'Werving en selectie 2027'],
} as const;

/** Notes a recruiter leaves on a new lead: why it is worth a call. */
export const LEAD_NOTES = [
  'Vacature staat al drie weken open en er wordt geen bureau uitgesloten.',
  'Via LinkedIn gezien dat het team dit jaar flink groeit.',
  'Meerdere vergelijkbare functies tegelijk open: structurele behoefte.',
  'Nieuwe HR-manager gestart; goed moment om kennis te maken.',
  'Tip van een kandidaat die hier eerder werkte.',
] as const;

/** The first e-mail to the contact, logged on the lead. */
export const INTRO_MAILS = [
  { subject: 'Kennismaking', body: 'Korte introductie van ons bureau gestuurd, met twee vergelijkbare plaatsingen als voorbeeld.' },
  { subject: 'Uw vacature', body: 'Aangeboden om mee te zoeken naar kandidaten voor de openstaande functie.' },
  { subject: 'Ondersteuning bij werving', body: 'Gemaild met onze aanpak en doorlooptijden voor deze functie.' },
] as const;

/** What the first meeting is about, logged as an appointment. */
export const MEETINGS = ['Kennismakingsgesprek op locatie.', 'Intake voor de openstaande functies.', 'Videocall met HR en de hiring manager.'] as const;

/** How a lead ends up qualified. */
export const QUALIFIED = ['Behoefte, budget en beslisser bevestigd.', 'Hiring manager wil een voorstel ontvangen.'] as const;

/** Each step of an opportunity, as the timeline tells it. */
export const OPPORTUNITY_STEPS = {
  proposal: [
    { subject: 'Voorstel werving en selectie', body: 'Voorstel met fee per plaatsing en garantieregeling verstuurd.' },
    { subject: 'Offerte', body: 'Offerte voor de komende drie vacatures verstuurd.' },
  ],
  negotiation: [
    'Klant vraagt om een lagere fee bij exclusiviteit.',
    'Inkoop is aangesloten; voorwaarden worden besproken.',
    'Tegenvoorstel ontvangen: langere garantieperiode gevraagd.',
  ],
  won: ['Raamovereenkomst getekend.', 'Opdracht voor de eerste twee functies binnen.'],
  followUp: ['Referenties van vergelijkbare plaatsingen meesturen.', 'Nabellen over het voorstel.'],
} as const;

/** Why an opportunity waits. */
export const HOLD_REASONS = ['Wervingsstop tot het nieuwe budgetjaar.', 'Reorganisatie; besluit volgt na de zomer.', 'Klant wacht op goedkeuring van de directie.'] as const;
