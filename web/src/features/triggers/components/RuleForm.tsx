import { useId, useState, type FormEvent } from 'react';
import type { Pipeline, TeamMember } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { errorText } from '../../../shared/error-text';
import { UserOptions } from '../../../shared/UserOptions';
import type { Group } from '../hooks/useTriggers';
import { ACTION_TYPES, CONDITION_TYPES, emptyAction, emptyCondition, eventTypesFor, OPERATORS, RULE_KINDS, type DraftAction, type DraftCondition, type RuleDraft, type RuleKind } from '../utils/rule-draft';

export interface RuleFormProps {
  title: string;
  initial: RuleDraft;
  /** The agency's pipelines of every kind; the form offers those of the rule's kind. */
  pipelines: readonly Pipeline[];
  groups: readonly Group[];
  users: readonly TeamMember[];
  busy: boolean;
  error: unknown;
  onSave(draft: RuleDraft): void;
  onCancel(): void;
}

/** When EVENT [and CONDITIONS] then ACTIONS: one fieldset each, rows added and removed with buttons (all reachable by keyboard). */
export function RuleForm({ title, initial, pipelines, groups, users, busy, error, onSave, onCancel }: RuleFormProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const ofKind = pipelines.filter((p) => p.kind === draft.pipelineKind);
  const chosen = ofKind.filter((p) => !draft.pipelineId || p.id === draft.pipelineId);
  // Kinds with a pipeline (an agency may work with leads or opportunities only), and the rule's own.
  const kinds = RULE_KINDS.filter((kind) => kind === draft.pipelineKind || pipelines.some((p) => p.kind === kind));
  const eventTypes = eventTypesFor(draft.pipelineKind);
  // Another kind has other pipelines and stages: what named them is cleared, and a company-only event falls back to the first.
  const setKind = (kind: RuleKind) =>
    setDraft({
      ...draft,
      pipelineKind: kind,
      pipelineId: '',
      event: { ...draft.event, type: eventTypesFor(kind).includes(draft.event.type) ? draft.event.type : 'record_created', stage: '', group: '' },
      conditions: draft.conditions.map((c) => ({ ...c, stage: '' })),
      actions: draft.actions.map((a) => ({ ...a, stage: '' })),
    });
  const stages = [...new Map(chosen.flatMap((p) => p.stages.filter((s) => s.active).map((s) => [s.key, s.name[locale]] as const))).entries()];
  const stageGroups = [...new Set(chosen.flatMap((p) => p.stages.flatMap((s) => (s.group ? [s.group] : []))))];
  const setEvent = (change: Partial<RuleDraft['event']>) => setDraft({ ...draft, event: { ...draft.event, ...change } });
  const setCondition = (i: number, change: Partial<DraftCondition>) => setDraft({ ...draft, conditions: draft.conditions.map((c, j) => (i === j ? { ...c, ...change } : c)) });
  const setAction = (i: number, change: Partial<DraftAction>) => setDraft({ ...draft, actions: draft.actions.map((a, j) => (i === j ? { ...a, ...change } : a)) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(draft);
  };
  const groupSelect = (label: string, value: string, set: (groupId: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)} required>
        <option value="">—</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
    </label>
  );
  const stageSelect = (label: string, value: string, set: (stage: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)} required>
        <option value="">—</option>
        {stages.map(([key, name]) => (
          <option key={key} value={key}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="rule-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="rule-row">
        <label>
          {t('triggers.name')}
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required maxLength={200} />
        </label>
        <label>
          {t('triggers.kind')}
          <select value={draft.pipelineKind} onChange={(e) => setKind(e.target.value as RuleKind)}>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`triggers.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('triggers.pipeline')}
          <select value={draft.pipelineId} onChange={(e) => setDraft({ ...draft, pipelineId: e.target.value })}>
            <option value="">{t(`triggers.allPipelines.${draft.pipelineKind}`)}</option>
            {ofKind.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[locale]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <fieldset>
        <legend>{t('triggers.when')}</legend>
        <div className="rule-row">
          <label>
            {t('triggers.when')}
            <select value={draft.event.type} onChange={(e) => setEvent({ type: e.target.value as RuleDraft['event']['type'] })}>
              {eventTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`triggers.event.${type}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          {draft.event.type === 'added_to_group' && groupSelect(t('triggers.group'), draft.event.groupId, (groupId) => setEvent({ groupId }))}
          {draft.event.type === 'stage_changed' && stageSelect(t('triggers.stage'), draft.event.stage, (stage) => setEvent({ stage }))}
          {draft.event.type === 'stage_group_changed' && (
            <label>
              {t('triggers.stageGroup')}
              <select value={draft.event.group} onChange={(e) => setEvent({ group: e.target.value })} required>
                <option value="">—</option>
                {stageGroups.map((group) => (
                  <option key={group} value={group}>
                    {group}
                  </option>
                ))}
              </select>
            </label>
          )}
          {draft.event.type === 'idle' && (
            <label>
              {t('triggers.days')}
              <input type="number" min={1} max={3650} value={draft.event.days} onChange={(e) => setEvent({ days: e.target.value })} required />
            </label>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('triggers.and')}</legend>
        {draft.conditions.map((condition, i) => (
          <div className="rule-row" key={i}>
            <label>
              {t('triggers.condition')}
              <select value={condition.type} onChange={(e) => setCondition(i, { type: e.target.value as DraftCondition['type'] })}>
                {CONDITION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`triggers.condition.${type}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            {condition.type === 'stage' && stageSelect(t('triggers.stage'), condition.stage, (stage) => setCondition(i, { stage }))}
            {condition.type === 'owner' && (
              <label>
                {t('triggers.user')}
                <select value={condition.userId} onChange={(e) => setCondition(i, { userId: e.target.value })} required>
                  <option value="">—</option>
                  <UserOptions users={users} current={condition.userId} />
                </select>
              </label>
            )}
            {condition.type === 'field' && (
              <>
                <label>
                  {t('triggers.field')}
                  <input value={condition.field} onChange={(e) => setCondition(i, { field: e.target.value })} required maxLength={40} />
                </label>
                <label>
                  {t('triggers.operator')}
                  <select value={condition.operator} onChange={(e) => setCondition(i, { operator: e.target.value as DraftCondition['operator'] })}>
                    {OPERATORS.map((op) => (
                      <option key={op} value={op}>
                        {t(`triggers.op.${op}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </label>
                {condition.operator !== 'is_set' && condition.operator !== 'is_not_set' && (
                  <label>
                    {t('triggers.value')}
                    <input value={condition.value} onChange={(e) => setCondition(i, { value: e.target.value })} />
                  </label>
                )}
              </>
            )}
            <button type="button" className="link" onClick={() => setDraft({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })} aria-label={t('triggers.removeRow', { what: t('triggers.condition') })}>
              {t('triggers.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setDraft({ ...draft, conditions: [...draft.conditions, emptyCondition()] })}>
          {t('triggers.addCondition')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('triggers.then')}</legend>
        {draft.actions.map((action, i) => (
          <div className="rule-row" key={i}>
            <label>
              {t('triggers.action')}
              <select value={action.type} onChange={(e) => setAction(i, { type: e.target.value as DraftAction['type'] })}>
                {ACTION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`triggers.action.${type}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            {(action.type === 'add_to_group' || action.type === 'remove_from_group') && groupSelect(t('triggers.group'), action.groupId, (groupId) => setAction(i, { groupId }))}
            {action.type === 'change_stage' && stageSelect(t('triggers.stage'), action.stage, (stage) => setAction(i, { stage }))}
            {action.type === 'create_task' && (
              <>
                <label>
                  {t('triggers.assignee')}
                  <select value={action.userId} onChange={(e) => setAction(i, { userId: e.target.value })}>
                    <option value="">{t('triggers.owner')}</option>
                    <UserOptions users={users} current={action.userId} />
                  </select>
                </label>
                <label>
                  {t('triggers.dueInDays')}
                  <input type="number" min={0} max={365} value={action.dueInDays} onChange={(e) => setAction(i, { dueInDays: e.target.value })} required />
                </label>
                <label>
                  {t('triggers.note')}
                  <input value={action.note} onChange={(e) => setAction(i, { note: e.target.value })} maxLength={500} />
                </label>
              </>
            )}
            {action.type === 'notify' && (
              <>
                <label>
                  {t('triggers.notifyUser')}
                  <select value={action.userId} onChange={(e) => setAction(i, { userId: e.target.value })}>
                    <option value="">—</option>
                    <UserOptions users={users} current={action.userId} />
                  </select>
                </label>
                <label className="check">
                  <input type="checkbox" checked={action.owner} onChange={(e) => setAction(i, { owner: e.target.checked })} />
                  {t('triggers.notifyOwner')}
                </label>
                <label>
                  {t('triggers.message')}
                  <input value={action.message} onChange={(e) => setAction(i, { message: e.target.value })} required maxLength={500} />
                </label>
              </>
            )}
            {draft.actions.length > 1 && (
              <button type="button" className="link" onClick={() => setDraft({ ...draft, actions: draft.actions.filter((_, j) => j !== i) })} aria-label={t('triggers.removeRow', { what: t('triggers.action') })}>
                {t('triggers.remove')}
              </button>
            )}
          </div>
        ))}
        <button type="button" onClick={() => setDraft({ ...draft, actions: [...draft.actions, emptyAction()] })}>
          {t('triggers.addAction')}
        </button>
      </fieldset>

      {error !== null && error !== undefined && (
        <p role="alert" className="error">
          {errorText(error, t)}
        </p>
      )}
      <div className="rule-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('triggers.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('triggers.cancel')}
        </button>
      </div>
    </form>
  );
}
