import { describe, expect, it } from 'vitest';
import { allowedTransitions, validateTransition } from '../transitions.js';
import { stageKeys, type PipelineTemplate } from '../pipeline.js';
import { clientStage, deal, leads, opportunities, PIPELINE_TEMPLATES, recruitmentBd } from './index.js';

/*
 * Every template's graph, every from/to pair, against maps written here
 * from the issue and the seeds (not read from the templates): a template
 * edit that changes a move fails here.
 */
const GRAPHS: Record<string, Record<string, string[]>> = {
  // SPEC R2.2.
  recruitment_bd: {
    prospect: ['contacted', 'meeting', 'won', 'lost'],
    contacted: ['prospect', 'meeting', 'won', 'lost'],
    meeting: ['contacted', 'won', 'lost'],
    won: ['lost'],
    lost: ['prospect'],
  },
  // Seed 003 as the issue states it.
  client_stage: {
    prospect: ['proposal_sent'],
    proposal_sent: ['active', 'lost'],
    active: ['dormant'],
    dormant: ['active', 'proposal_sent'],
    lost: ['prospect', 'proposal_sent'],
  },
  // Seed 004: forward freely (skips need a reason, checked as a gate), one step back, Lost and On hold from every open stage, back from On hold to any open stage; Lost restarts at Lead; Won is final.
  deal: {
    lead: ['qualification', 'viewing', 'negotiation', 'closing', 'won', 'lost', 'on_hold'],
    qualification: ['lead', 'viewing', 'negotiation', 'closing', 'won', 'lost', 'on_hold'],
    viewing: ['qualification', 'negotiation', 'closing', 'won', 'lost', 'on_hold'],
    negotiation: ['viewing', 'closing', 'won', 'lost', 'on_hold'],
    closing: ['negotiation', 'won', 'lost', 'on_hold'],
    won: [],
    lost: ['lead'],
    on_hold: ['lead', 'qualification', 'viewing', 'negotiation', 'closing'],
  },
  leads: {
    new: ['contacting', 'qualified', 'disqualified'],
    contacting: ['new', 'qualified', 'disqualified'],
    qualified: ['contacting'],
    disqualified: ['new'],
  },
  opportunities: {
    identified: ['proposal', 'negotiation', 'won', 'lost', 'on_hold'],
    proposal: ['identified', 'negotiation', 'won', 'lost', 'on_hold'],
    negotiation: ['proposal', 'won', 'lost', 'on_hold'],
    won: [],
    lost: ['identified'],
    on_hold: ['identified', 'proposal', 'negotiation'],
  },
};

/** Everything a move could need, so only the graph decides. */
function everyGate(template: PipelineTemplate, from: string, to: string) {
  const checklist = [from, to].flatMap((key) => template.stages.find((s) => s.key === key)!.checklist.map((item) => `${key}.${item.key}`));
  return { lossReason: { lossReason: 'no_response' as const }, hold: { reason: 'Financiering loopt', resumeAt: '2027-01-15' }, skipReason: 'Terugkerende klant', checklist };
}

describe.each(PIPELINE_TEMPLATES.map((t) => [t.key, t] as const))('template %s', (key, template) => {
  const graph = GRAPHS[key]!;

  it('has the stages the graph names, in order, all active, nl and en names', () => {
    expect(stageKeys(template)).toEqual(Object.keys(graph));
    for (const stage of template.stages) {
      expect(stage.active).toBe(true);
      expect(stage.name.nl.length).toBeGreaterThan(0);
      expect(stage.name.en.length).toBeGreaterThan(0);
    }
    expect(graph[template.entryStage]).toBeDefined();
  });

  describe.each(Object.keys(graph))('from %s', (from) => {
    it('allows exactly the graph, and refuses every other target', () => {
      expect([...allowedTransitions(template, from)].sort()).toEqual([...graph[from]!].sort());
      for (const to of Object.keys(graph)) {
        const error = validateTransition(template, { from, to, gates: everyGate(template, from, to) });
        if (graph[from]!.includes(to)) expect(error, `${from} → ${to}`).toBeNull();
        else expect(error?.code, `${from} → ${to}`).toBe('INVALID_TRANSITION');
      }
    });
  });
});

describe('template details', () => {
  it('Recruitment BD: the first outreach moves a Prospect to Contacted; Lost needs a loss reason', () => {
    expect(recruitmentBd.automations.onOutreach).toEqual({ from: 'prospect', to: 'contacted' });
    expect(recruitmentBd.stages.find((s) => s.key === 'lost')!.requires).toEqual([{ kind: 'lossReason' }]);
  });

  it('Client stage: Active moves to Dormant when its jobs have closed; reminders at 4 days, a quarter and six months', () => {
    expect(clientStage.automations.whenJobsClosed).toEqual({ from: 'active', to: 'dormant' });
    const followUp = (key: string) => clientStage.stages.find((s) => s.key === key)!.followUp;
    expect(followUp('proposal_sent')).toEqual({ afterDays: 4, from: 'last_follow_up' });
    expect(followUp('dormant')).toEqual({ afterDays: 90, from: 'last_follow_up' });
    expect(followUp('lost')).toEqual({ afterDays: 180, from: 'stage_entered' });
  });

  it('Deal: skipping needs a reason, On hold needs a reason and a date, every open stage ships entry and exit criteria in nl and en', () => {
    expect(deal.skipNeedsReason).toBe(true);
    expect(deal.stages.find((s) => s.key === 'on_hold')).toMatchObject({ outcome: 'on_hold', requires: [{ kind: 'hold' }], name: { nl: 'Wachtend' } });
    for (const stage of deal.stages.filter((s) => s.outcome === undefined)) {
      expect(stage.checklist.some((i) => i.phase === 'entry'), stage.key).toBe(true);
      expect(stage.checklist.some((i) => i.phase === 'exit'), stage.key).toBe(true);
      for (const item of stage.checklist) expect(item.label.nl && item.label.en).toBeTruthy();
    }
  });

  it('every open stage has a win probability, every end stage none; Leads and Opportunities are their own kinds', () => {
    for (const template of PIPELINE_TEMPLATES) {
      for (const stage of template.stages) {
        if (stage.outcome === undefined) expect(stage.probability, `${template.key}.${stage.key}`).toBeGreaterThan(0);
        else expect(stage.probability, `${template.key}.${stage.key}`).toBeUndefined();
      }
    }
    expect([leads.kind, opportunities.kind]).toEqual(['leads', 'opportunities']);
  });
});
