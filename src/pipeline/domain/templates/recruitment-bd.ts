import type { PipelineTemplate } from '../pipeline.js';

/**
 * The default Recruitment BD pipeline (SPEC R2.1, R2.2, R2.6; seed 000):
 * five stages and the transition map the seed prescribes. Won can only
 * become Lost, Meeting can never go back to Prospect, Lost can only restart
 * at Prospect; the first outreach to a Prospect moves it to Contacted.
 * Every agency starts with it (migration 2026-12-11T0900 installs it).
 */
export const recruitmentBd: PipelineTemplate = {
  key: 'recruitment_bd',
  kind: 'clients',
  name: { nl: 'Recruitment business development', en: 'Recruitment business development' },
  entryStage: 'prospect',
  skipNeedsReason: false,
  fields: [],
  automations: { onOutreach: { from: 'prospect', to: 'contacted' } },
  stages: [
    {
      key: 'prospect',
      name: { nl: 'Prospect', en: 'Prospect' },
      color: 'grey',
      icon: 'users',
      next: ['contacted', 'meeting', 'won', 'lost'],
      requires: [],
      checklist: [],
      staleAfterDays: 30,
      probability: 10,
      group: 'prospecting',
      active: true,
    },
    {
      key: 'contacted',
      name: { nl: 'Gecontacteerd', en: 'Contacted' },
      color: 'blue',
      icon: 'phone',
      next: ['prospect', 'meeting', 'won', 'lost'],
      requires: [],
      checklist: [],
      staleAfterDays: 14,
      // Contacted without progress: a week after the last outreach or call (R7.2).
      followUp: { afterDays: 7, from: 'last_follow_up' },
      probability: 20,
      group: 'engaged',
      active: true,
    },
    {
      key: 'meeting',
      name: { nl: 'Vergadering', en: 'Meeting' },
      color: 'purple',
      icon: 'calendar',
      next: ['contacted', 'won', 'lost'],
      requires: [],
      checklist: [],
      staleAfterDays: 21,
      probability: 40,
      group: 'engaged',
      active: true,
    },
    {
      key: 'won',
      name: { nl: 'Gewonnen', en: 'Won' },
      color: 'green',
      icon: 'trophy',
      outcome: 'won',
      next: ['lost'],
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
      next: ['prospect'],
      requires: [{ kind: 'lossReason' }],
      checklist: [],
      // Lost: revisit after four months (the seed says three to six).
      followUp: { afterDays: 120, from: 'stage_entered' },
      group: 'closed',
      active: true,
    },
  ],
};
