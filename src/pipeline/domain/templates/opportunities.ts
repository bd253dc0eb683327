import type { PipelineTemplate } from '../pipeline.js';

/**
 * Opportunities (SPEC R4.1; seed 002): account management's dossiers, from
 * a qualified need to a signed agreement, with Lost (a reason) and On hold
 * (a reason and a resume date) reachable from every open stage.
 */
const OPEN = ['identified', 'proposal', 'negotiation'];

export const opportunities: PipelineTemplate = {
  key: 'opportunities',
  kind: 'opportunities',
  name: { nl: 'Opportunities', en: 'Opportunities' },
  entryStage: 'identified',
  skipNeedsReason: false,
  fields: [],
  automations: {},
  stages: [
    { key: 'identified', name: { nl: 'Geïdentificeerd', en: 'Identified' }, color: 'grey', icon: 'search', next: ['proposal', 'negotiation', 'won', 'lost', 'on_hold'], requires: [], checklist: [], staleAfterDays: 14, probability: 20, group: 'open', active: true },
    { key: 'proposal', name: { nl: 'Voorstel', en: 'Proposal' }, color: 'blue', icon: 'send', next: ['identified', 'negotiation', 'won', 'lost', 'on_hold'], requires: [], checklist: [], staleAfterDays: 14, followUp: { afterDays: 4, from: 'last_follow_up' }, probability: 40, group: 'open', active: true },
    { key: 'negotiation', name: { nl: 'Onderhandeling', en: 'Negotiation' }, color: 'purple', icon: 'handshake', next: ['proposal', 'won', 'lost', 'on_hold'], requires: [], checklist: [], staleAfterDays: 10, probability: 70, group: 'closing', active: true },
    { key: 'won', name: { nl: 'Gewonnen', en: 'Won' }, color: 'green', icon: 'trophy', outcome: 'won', next: [], requires: [], checklist: [], group: 'closed', active: true },
    { key: 'lost', name: { nl: 'Verloren', en: 'Lost' }, color: 'red', icon: 'x-circle', outcome: 'lost', next: ['identified'], requires: [{ kind: 'lossReason' }], checklist: [], group: 'closed', active: true },
    { key: 'on_hold', name: { nl: 'Wachtend', en: 'On hold' }, color: 'yellow', icon: 'pause', outcome: 'on_hold', next: [...OPEN], requires: [{ kind: 'hold' }], checklist: [], group: 'on_hold', active: true },
  ],
};
