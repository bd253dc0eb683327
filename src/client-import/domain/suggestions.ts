import { LOSS_REASONS, type PipelineDefinition, type Stage, type StandardLossReason } from '../../pipeline/domain/index.js';
import { fold, isEmail, similarity } from './values.js';

/*
 * The mappings the import suggests and the admin edits: the source's stage
 * names to our stages, its lost reasons to ours, its owners to the
 * agency's users. Suggestions are by name similarity and a few words each
 * CRM uses for the same thing; anything else is for the admin to choose.
 */

/** Words that name the same kind of stage in the exports and in our templates. */
const STAGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  won: ['won', 'gewonnen', 'closedwon', 'getekend', 'signed', 'klant geworden'],
  lost: ['lost', 'verloren', 'closedlost', 'afgewezen', 'rejected'],
  hold: ['on hold', 'onhold', 'hold', 'gepauzeerd', 'pauze', 'geparkeerd'],
  contact: ['contacted', 'gecontacteerd', 'contact made', 'benaderd', 'contact'],
  meeting: ['meeting', 'vergadering', 'afspraak', 'gesprek', 'demo', 'appointment', 'presentation'],
  proposal: ['proposal', 'voorstel', 'offerte', 'quote', 'contract', 'negotiation', 'onderhandeling'],
  prospect: ['prospect', 'lead', 'nieuw', 'new', 'qualified', 'gekwalificeerd'],
};

const compact = (value: string) => fold(value).replace(/ /g, '');

function wordsOf(text: string): Set<string> {
  const folded = compact(text);
  return new Set(Object.entries(STAGE_WORDS).filter(([, words]) => words.some((word) => folded.includes(compact(word)))).map(([group]) => group));
}

function stageGroups(stage: Stage): Set<string> {
  const groups = new Set([...wordsOf(stage.name.nl), ...wordsOf(stage.name.en), ...wordsOf(stage.key)]);
  if (stage.outcome === 'won') groups.add('won');
  if (stage.outcome === 'lost') groups.add('lost');
  if (stage.outcome === 'on_hold') groups.add('hold');
  return groups;
}

/** The first active stage with this outcome, if the pipeline has one. */
export function outcomeStage(pipeline: PipelineDefinition, outcome: 'won' | 'lost'): string | undefined {
  return pipeline.stages.find((stage) => stage.active && stage.outcome === outcome)?.key;
}

/**
 * Our stage for a source stage name: the active stage whose name (Dutch or
 * English) or key is most alike, or which the same kind of word names (a
 * HubSpot `closedwon` is Won); the entry stage when nothing is alike enough.
 */
export function suggestStage(pipeline: PipelineDefinition, sourceStage: string): string {
  const source = wordsOf(sourceStage);
  let best = { key: pipeline.entryStage, score: 0.55 };
  for (const stage of pipeline.stages.filter((s) => s.active)) {
    const byName = Math.max(similarity(sourceStage, stage.name.nl), similarity(sourceStage, stage.name.en), similarity(sourceStage, stage.key.replace(/_/g, ' ')));
    const groups = stageGroups(stage);
    const byWord = [...source].some((group) => groups.has(group)) ? 0.85 : 0;
    const score = Math.max(byName, byWord);
    if (score > best.score) best = { key: stage.key, score };
  }
  return best.key;
}

/** Words that say each standard loss reason, in Dutch and English. */
const REASON_WORDS: Readonly<Record<StandardLossReason, readonly string[]>> = {
  existing_partner: ['partner', 'ander bureau', 'ander recruitmentbureau', 'concurrent', 'competitor', 'leverancier', 'supplier', 'other agency'],
  in_house_team: ['intern', 'in house', 'inhouse', 'eigen recruit', 'own recruit', 'zelf werven'],
  budget_or_hiring_freeze: ['budget', 'vacaturestop', 'wervingsstop', 'hiring freeze', 'freeze', 'bezuinig', 'geen geld'],
  no_response: ['geen reactie', 'no response', 'reageert niet', 'niet bereikbaar', 'unresponsive', 'no reply'],
  no_external_recruitment: ['geen externe', 'no external', 'niet extern', 'not external', 'geen bureaus', 'no agencies'],
  terms_not_acceptable: ['tarief', 'fee', 'prijs', 'price', 'voorwaarden', 'terms', 'te duur', 'too expensive', 'honorarium'],
};

/** A standard loss reason the source's text says, or `other` (the text is kept as it was written). */
export function suggestLossReason(text: string): StandardLossReason | 'other' {
  const folded = ` ${fold(text)} `;
  for (const [key, words] of Object.entries(REASON_WORDS)) {
    if (words.some((word) => folded.includes(` ${fold(word)}`))) return key as StandardLossReason;
  }
  for (const reason of LOSS_REASONS) {
    if (Math.max(similarity(text, reason.label.nl), similarity(text, reason.label.en)) >= 0.8) return reason.key;
  }
  return 'other';
}

export interface AgencyUser {
  id: string;
  email: string;
  name: string;
}

/** The user a source owner is: by e-mail address, else by name (any case, accents or spacing); undefined when none is. */
export function suggestOwner(users: readonly AgencyUser[], owner: string): string | undefined {
  const value = owner.trim();
  if (value === '') return undefined;
  const email = /<([^>]+)>/.exec(value)?.[1] ?? value;
  if (isEmail(email)) return users.find((user) => user.email.toLowerCase() === email.toLowerCase())?.id;
  const name = fold(value);
  const named = users.filter((user) => fold(user.name) === name);
  return named.length === 1 ? named[0]!.id : undefined;
}
