import type { PipelineTemplate } from '../pipeline.js';

/**
 * Leads (SPEC R4.1; seed 002): marketing's dossiers, from a first signal
 * to a qualified lead that converts into an opportunity (its end stage,
 * counted as won) or is disqualified (lost, with a reason).
 */
export const leads: PipelineTemplate = {
  key: 'leads',
  kind: 'leads',
  name: { nl: 'Leads', en: 'Leads' },
  entryStage: 'new',
  skipNeedsReason: false,
  fields: [],
  automations: {},
  stages: [
    { key: 'new', name: { nl: 'Nieuw', en: 'New' }, color: 'grey', icon: 'star', next: ['contacting', 'qualified', 'disqualified'], requires: [], checklist: [], staleAfterDays: 7, probability: 10, group: 'open', active: true },
    { key: 'contacting', name: { nl: 'In contact', en: 'Contacting' }, color: 'blue', icon: 'phone', next: ['new', 'qualified', 'disqualified'], requires: [], checklist: [], staleAfterDays: 14, followUp: { afterDays: 5, from: 'last_follow_up' }, probability: 25, group: 'open', active: true },
    { key: 'qualified', name: { nl: 'Gekwalificeerd', en: 'Qualified' }, color: 'green', icon: 'check-circle', outcome: 'won', next: ['contacting'], requires: [], checklist: [], group: 'closed', active: true },
    { key: 'disqualified', name: { nl: 'Gediskwalificeerd', en: 'Disqualified' }, color: 'red', icon: 'x-circle', outcome: 'lost', next: ['new'], requires: [{ kind: 'lossReason' }], checklist: [], group: 'closed', active: true },
  ],
};
