import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, type Pipelines } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { useUsers } from '../../../shared/queries';
import { useCreateGroup, useGroups, useRules, useSaveRule, useSwitchBuiltIn, type Rule } from '../hooks/useTriggers';
import { bodyOf, draftOf, emptyDraft, type RuleDraft } from '../utils/rule-draft';
import { FiringList } from './FiringList';
import { RuleForm } from './RuleForm';
import '../triggers.css';

/**
 * Settings → Triggers (admins): the rules with a switch and their last
 * firings and refusals, a form to create or edit one, the templates'
 * built-in rules, and the agency's groups.
 */
export function TriggersSection() {
  const { t, locale } = useI18n();
  const titleId = useId();
  const rules = useRules();
  const groups = useGroups();
  const users = useUsers();
  // Every kind's live pipelines: a rule acts on clients, leads or opportunities.
  const pipelines = useQuery({ queryKey: ['triggers', 'pipelines'], queryFn: async () => (await api<Pipelines>('/api/pipelines')).items });
  const save = useSaveRule();
  const switchBuiltIn = useSwitchBuiltIn();
  const createGroup = useCreateGroup();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [status, setStatus] = useState('');

  const onSave = (draft: RuleDraft) =>
    save.mutate(
      { id: editing !== 'new' && editing ? editing.id : undefined, body: bodyOf(draft) },
      {
        onSuccess: () => {
          setStatus(editing === 'new' ? t('triggers.created') : t('triggers.saved'));
          setEditing(null);
        },
      },
    );
  const onToggle = (rule: Rule, enabled: boolean) =>
    save.mutate({ id: rule.id, body: { enabled } }, { onSuccess: () => setStatus(enabled ? t('triggers.switchedOn') : t('triggers.switchedOff')) });
  const onCreateGroup = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    createGroup.mutate(name, {
      onSuccess: () => {
        form.reset();
        setStatus(t('triggers.groupCreated'));
      },
    });
  };
  const eventDetail = (rule: Rule): string | null => {
    const event = rule.event;
    if (event.type === 'idle') return String(event.days);
    if (event.type === 'stage_changed') return stageName(event.stage, rule.pipelineKind);
    if (event.type === 'stage_group_changed') return event.group;
    if (event.type === 'added_to_group') return groups.data?.find((g) => g.id === event.groupId)?.name ?? null;
    return null;
  };
  const stageName = (key: string, kind?: string) => (pipelines.data ?? []).filter((p) => !kind || p.kind === kind).flatMap((p) => p.stages).find((s) => s.key === key)?.name[locale] ?? key;

  return (
    <section className="card settings-section triggers-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('triggers.title')}</h2>
      <p className="description">{t('triggers.intro')}</p>
      <p role="status" className="meta">
        {status}
      </p>
      {(rules.error ?? save.error ?? switchBuiltIn.error ?? createGroup.error) && editing === null && (
        <p role="alert" className="error">
          {errorText(rules.error ?? save.error ?? switchBuiltIn.error ?? createGroup.error, t)}
        </p>
      )}

      <h3>{t('triggers.rules')}</h3>
      {rules.data && rules.data.items.length === 0 && <p className="meta">{t('triggers.empty')}</p>}
      <ul className="rule-list">
        {(rules.data?.items ?? []).map((rule) => (
          <li key={rule.id} className="rule-item" data-rule-id={rule.id}>
            <div className="rule-head">
              <strong>{rule.name}</strong>
              <label className="check">
                <input type="checkbox" checked={rule.enabled} onChange={(e) => onToggle(rule, e.target.checked)} aria-label={t('triggers.enabledLabel', { name: rule.name })} />
                {t('triggers.enabled')}
              </label>
              <button type="button" onClick={() => setEditing(rule)}>
                {t('triggers.edit')}
              </button>
            </div>
            <p className="meta">
              {t(`triggers.kind.${rule.pipelineKind}`)} · {t(`triggers.event.${rule.event.type}`)}
              {eventDetail(rule) && `: ${eventDetail(rule)}`}
            </p>
            <FiringList firings={rule.lastFirings} />
          </li>
        ))}
      </ul>
      {editing === null ? (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('triggers.new')}
        </button>
      ) : (
        <RuleForm
          key={editing === 'new' ? 'new' : editing.id}
          title={editing === 'new' ? t('triggers.new') : t('triggers.editTitle', { name: editing.name })}
          initial={editing === 'new' ? emptyDraft() : draftOf(editing)}
          pipelines={pipelines.data ?? []}
          groups={groups.data ?? []}
          users={users.data ?? []}
          busy={save.isPending}
          error={save.error}
          onSave={onSave}
          onCancel={() => {
            save.reset();
            setEditing(null);
          }}
        />
      )}

      <h3>{t('triggers.builtIn')}</h3>
      <p className="meta">{t('triggers.builtInIntro')}</p>
      <ul className="rule-list">
        {(rules.data?.builtIn ?? []).map((rule) => {
          const label = t(`triggers.builtIn.${rule.key}`, { from: stageName(rule.from), to: stageName(rule.to) });
          return (
            <li key={`${rule.pipelineId}-${rule.key}`} className="rule-item built-in">
              <label className="check">
                <input
                  type="checkbox"
                  checked={rule.enabled}
                  disabled={switchBuiltIn.isPending}
                  onChange={(e) => switchBuiltIn.mutate({ pipelineId: rule.pipelineId, key: rule.key, enabled: e.target.checked })}
                />
                {rule.pipelineName[locale]}: {label}
              </label>
              <FiringList firings={rule.lastFirings} />
            </li>
          );
        })}
      </ul>

      <h3>{t('triggers.groups')}</h3>
      {groups.data && groups.data.length === 0 && <p className="meta">{t('triggers.groupsEmpty')}</p>}
      <ul className="group-list">
        {(groups.data ?? []).map((group) => (
          <li key={group.id} className="group-chip">
            {group.name} <span className="meta">{t('triggers.groupMembers', { count: group.members })}</span>
          </li>
        ))}
      </ul>
      <form className="rule-row" onSubmit={onCreateGroup}>
        <label>
          {t('triggers.newGroup')}
          <input name="name" required maxLength={200} />
        </label>
        <button type="submit" disabled={createGroup.isPending}>
          {t('triggers.createGroup')}
        </button>
      </form>
    </section>
  );
}
