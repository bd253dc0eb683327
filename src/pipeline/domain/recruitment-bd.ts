import type { Pipeline } from './pipeline.js';

/**
 * The default Recruitment BD pipeline (SPEC R2.1, R2.2; seed 000): five
 * stages and the transition map the seed prescribes. Won can only become
 * Lost, Meeting can never go back to Prospect, Lost can only restart at
 * Prospect.
 */
export const recruitmentBd: Pipeline = {
  key: 'recruitment_bd',
  name: { nl: 'Recruitment business development', en: 'Recruitment business development' },
  entryStage: 'prospect',
  onOutreach: { from: 'prospect', to: 'contacted' },
  stages: [
    {
      key: 'prospect',
      name: { nl: 'Prospect', en: 'Prospect' },
      color: 'grey',
      icon: 'users',
      next: ['contacted', 'meeting', 'won', 'lost'],
      requires: [],
      staleAfterDays: 30,
    },
    {
      key: 'contacted',
      name: { nl: 'Gecontacteerd', en: 'Contacted' },
      color: 'blue',
      icon: 'phone',
      next: ['prospect', 'meeting', 'won', 'lost'],
      requires: [],
      staleAfterDays: 14,
    },
    {
      key: 'meeting',
      name: { nl: 'Vergadering', en: 'Meeting' },
      color: 'purple',
      icon: 'calendar',
      next: ['contacted', 'won', 'lost'],
      requires: [],
      staleAfterDays: 21,
    },
    {
      key: 'won',
      name: { nl: 'Gewonnen', en: 'Won' },
      color: 'green',
      icon: 'trophy',
      outcome: 'won',
      next: ['lost'],
      requires: [],
    },
    {
      key: 'lost',
      name: { nl: 'Verloren', en: 'Lost' },
      color: 'red',
      icon: 'x-circle',
      outcome: 'lost',
      next: ['prospect'],
      requires: ['lossReason'],
    },
  ],
};
