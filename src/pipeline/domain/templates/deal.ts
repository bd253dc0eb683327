import type { ChecklistItem, PipelineTemplate, Stage } from '../pipeline.js';

/**
 * Deal pipeline (SPEC R3.2; seed 004): Lead, Qualification, Viewing,
 * Negotiation, Closing, Won, Lost and On hold (Wachtend).
 *   - Forward one step freely; skipping ahead is allowed with a reason
 *     (`skipNeedsReason`).
 *   - Lost from every open stage, with a loss reason; On hold from every
 *     open stage, with a reason and a resume date; from On hold back to any
 *     open stage (the one it came from is offered first).
 *   - Our choices where the seed is silent (docs/pipelines.md): one step
 *     back is allowed (a deal falls back to Viewing when the buyer wants to
 *     see more); Lost may restart at Lead; Won is final.
 * Each stage's entry criteria must be ticked to enter it and its "move on
 * when" list to move forward out of it, as the seed's checklists say.
 */
const item = (key: string, phase: ChecklistItem['phase'], nl: string, en: string): ChecklistItem => ({ key, phase, label: { nl, en } });

const OPEN = ['lead', 'qualification', 'viewing', 'negotiation', 'closing'] as const;

/** An open stage's moves: one back, every later stage (skips need a reason), Lost and On hold. */
function openNext(key: (typeof OPEN)[number]): string[] {
  const at = OPEN.indexOf(key);
  return [...(at > 0 ? [OPEN[at - 1]!] : []), ...OPEN.slice(at + 1), 'won', 'lost', 'on_hold'];
}

const open = (stage: Omit<Stage, 'next' | 'requires' | 'active'> & { key: (typeof OPEN)[number] }): Stage => ({
  ...stage,
  next: openNext(stage.key),
  requires: [],
  active: true,
});

export const deal: PipelineTemplate = {
  key: 'deal',
  kind: 'clients',
  name: { nl: 'Dealpipeline', en: 'Deal pipeline' },
  entryStage: 'lead',
  skipNeedsReason: true,
  fields: [],
  automations: {},
  stages: [
    open({
      key: 'lead',
      name: { nl: 'Lead', en: 'Lead' },
      color: 'grey',
      icon: 'users',
      staleAfterDays: 14,
      probability: 10,
      group: 'early',
      checklist: [
        item('interest_shown', 'entry', 'Contact heeft interesse getoond', 'Contact has shown interest'),
        item('contact_details', 'entry', 'Basiscontactgegevens zijn bekend (naam, e-mail/telefoon)', 'Basic contact details are available (name, e-mail/phone)'),
        item('source_known', 'entry', 'Bron is bekend (website, doorverwijzing, event …)', 'Source is identified (website, referral, event …)'),
        item('responded', 'exit', 'Contact heeft gereageerd op het eerste contact', 'Contact has responded to the initial outreach'),
        item('budget_range', 'exit', 'Budgetbereik is bekend', 'Budget range is identified'),
        item('preferences_known', 'exit', 'Wensen zijn bekend', 'Preferences are known'),
        item('genuine_intent', 'exit', 'Contact toont echte koopintentie', 'Contact shows genuine intent'),
      ],
    }),
    open({
      key: 'qualification',
      name: { nl: 'Kwalificatie', en: 'Qualification' },
      color: 'blue',
      icon: 'search',
      staleAfterDays: 14,
      probability: 20,
      group: 'early',
      checklist: [
        item('contact_established', 'entry', 'Eerste contact is gelegd', 'Initial contact is established'),
        item('preferences_known', 'entry', 'Basiswensen zijn bekend', 'Basic preferences are known'),
        item('responsive', 'entry', 'Contact reageert en is betrokken', 'Contact is responsive and engaged'),
        item('budget_confirmed', 'exit', 'Budget is bevestigd en realistisch', 'Budget is confirmed and realistic'),
        item('timeline_clear', 'exit', 'Tijdlijn is duidelijk en haalbaar', 'Timeline is clear and achievable'),
        item('criteria_defined', 'exit', 'Criteria zijn goed omschreven', 'Criteria are well defined'),
        item('interest_confirmed', 'exit', 'Interesse in een bezichtiging is bevestigd', 'Viewing interest is confirmed'),
      ],
    }),
    open({
      key: 'viewing',
      name: { nl: 'Bezichtiging', en: 'Viewing' },
      color: 'teal',
      icon: 'eye',
      staleAfterDays: 14,
      probability: 40,
      group: 'active',
      checklist: [
        item('qualified', 'entry', 'De koper is gekwalificeerd', 'Buyer is qualified'),
        item('options_identified', 'entry', 'Opties zijn geïdentificeerd', 'Options are identified'),
        item('viewings_planned', 'entry', 'Bezichtigingen zijn gepland of gedaan', 'Viewings are scheduled or done'),
        item('viewed', 'exit', 'Minstens één bezichtiging gedaan', 'At least one viewing done'),
        item('strong_interest', 'exit', 'Sterke interesse in een specifiek aanbod', 'Strong interest in a specific offer'),
        item('ready_to_offer', 'exit', 'Klaar om een bod te bespreken', 'Ready to discuss an offer'),
      ],
    }),
    open({
      key: 'negotiation',
      name: { nl: 'Onderhandeling', en: 'Negotiation' },
      color: 'purple',
      icon: 'handshake',
      staleAfterDays: 10,
      probability: 60,
      group: 'active',
      checklist: [
        item('specific_interest', 'entry', 'Specifieke interesse is uitgesproken', 'Specific interest is expressed'),
        item('viewings_done', 'entry', 'Bezichtigingen zijn afgerond', 'Viewings are completed'),
        item('ready_to_offer', 'entry', 'Klaar om een bod te doen', 'Ready to make an offer'),
        item('offer_accepted', 'exit', 'Bod is geaccepteerd', 'Offer is accepted'),
        item('terms_agreed', 'exit', 'Voorwaarden zijn overeengekomen', 'Terms are agreed'),
        item('ready_for_contract', 'exit', 'Beide partijen zijn klaar voor het contract', 'Both parties are ready for the contract'),
      ],
    }),
    open({
      key: 'closing',
      name: { nl: 'Afronding', en: 'Closing' },
      color: 'orange',
      icon: 'file-text',
      staleAfterDays: 10,
      probability: 80,
      group: 'closing',
      checklist: [
        item('offer_accepted', 'entry', 'Bod is geaccepteerd', 'Offer is accepted'),
        item('terms_agreed', 'entry', 'Voorwaarden zijn overeengekomen', 'Terms are agreed'),
        item('committed', 'entry', 'Beide partijen zetten door', 'Both parties are committed to closing'),
        item('contract_signed', 'exit', 'Contract is door alle partijen getekend', 'Contract is signed by all parties'),
        item('payment_arranged', 'exit', 'Betaling is verwerkt of geregeld', 'Payment is processed or arranged'),
        item('completed', 'exit', 'Transactie is officieel afgerond', 'Transaction is officially completed'),
      ],
    }),
    {
      key: 'won',
      name: { nl: 'Gewonnen', en: 'Won' },
      color: 'green',
      icon: 'trophy',
      outcome: 'won',
      next: [],
      requires: [],
      checklist: [],
      group: 'closed',
      active: true,
    },
    {
      key: 'lost',
      name: { nl: 'Verloren', en: 'Lost' },
      color: 'red',
      icon: 'x-circle',
      outcome: 'lost',
      next: ['lead'],
      requires: [{ kind: 'lossReason' }],
      checklist: [],
      group: 'closed',
      active: true,
    },
    {
      key: 'on_hold',
      name: { nl: 'Wachtend', en: 'On hold' },
      color: 'yellow',
      icon: 'pause',
      outcome: 'on_hold',
      next: [...OPEN],
      requires: [{ kind: 'hold' }],
      checklist: [],
      group: 'on_hold',
      active: true,
    },
  ],
};
