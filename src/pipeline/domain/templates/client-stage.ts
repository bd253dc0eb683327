import type { PipelineTemplate } from '../pipeline.js';

/**
 * Client stage (SPEC R3.2; seed 003): the relationship with a client after
 * the first deal. The seed names the moves it describes; where it leaves a
 * move open we chose (docs/pipelines.md):
 *   - Prospect → Proposal Sent only (a proposal comes first);
 *   - Proposal Sent → Active or Lost;
 *   - Active → Dormant (by hand, or by itself when all its jobs have closed);
 *   - Dormant → Active (a new search) or Proposal Sent (a new proposal);
 *   - Lost → Prospect or Proposal Sent (re-contact after six months).
 * Active counts as won and Lost as lost for analytics. Reminders: follow up
 * Proposal Sent after 4 days (the seed says 3–5), Dormant quarterly, Lost
 * after six months.
 */
export const clientStage: PipelineTemplate = {
  key: 'client_stage',
  kind: 'clients',
  name: { nl: 'Klantfase', en: 'Client stage' },
  entryStage: 'prospect',
  skipNeedsReason: false,
  fields: [],
  automations: { whenJobsClosed: { from: 'active', to: 'dormant' } },
  stages: [
    {
      key: 'prospect',
      name: { nl: 'Prospect', en: 'Prospect' },
      color: 'grey',
      icon: 'users',
      next: ['proposal_sent'],
      requires: [],
      checklist: [],
      staleAfterDays: 30,
      probability: 10,
      group: 'prospecting',
      active: true,
    },
    {
      key: 'proposal_sent',
      name: { nl: 'Voorstel verstuurd', en: 'Proposal sent' },
      color: 'blue',
      icon: 'send',
      next: ['active', 'lost'],
      requires: [],
      checklist: [],
      staleAfterDays: 14,
      followUp: { afterDays: 4, from: 'last_follow_up' },
      probability: 40,
      group: 'proposing',
      active: true,
    },
    {
      key: 'active',
      name: { nl: 'Actief', en: 'Active' },
      color: 'green',
      icon: 'check-circle',
      outcome: 'won',
      next: ['dormant'],
      requires: [],
      checklist: [],
      group: 'client',
      active: true,
    },
    {
      key: 'dormant',
      name: { nl: 'Slapend / vacature gesloten', en: 'Dormant / job closed' },
      color: 'yellow',
      icon: 'moon',
      next: ['active', 'proposal_sent'],
      requires: [],
      checklist: [],
      followUp: { afterDays: 90, from: 'last_follow_up' },
      probability: 20,
      group: 'client',
      active: true,
    },
    {
      key: 'lost',
      name: { nl: 'Verloren – voorstel niet geaccepteerd', en: 'Lost – proposal not accepted' },
      color: 'red',
      icon: 'x-circle',
      outcome: 'lost',
      next: ['prospect', 'proposal_sent'],
      requires: [{ kind: 'lossReason' }],
      checklist: [],
      followUp: { afterDays: 180, from: 'stage_entered' },
      group: 'closed',
      active: true,
    },
  ],
};
