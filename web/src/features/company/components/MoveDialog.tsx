import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { holds } from '../../../shared/role-name';
import { api, ApiError, type CompanyDetail, type MissingGate, type Pipeline, type Pipelines } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { GateFields } from '../../../shared/gates/GateFields';
import { asDefinition, gatesToAsk, gateValues } from '../../../shared/gates/gates';
import { lossReasonFrom } from '../../../shared/LossReasonFields';
import { useMe } from '../../../shared/queries';
import { colorOf } from '../../../shared/stage-colors';

export interface MoveDialogProps {
  company: CompanyDetail;
  /** A stage of its own pipeline (POST …/status), or a stage of another pipeline (POST …/pipeline). */
  mode: 'status' | 'pipeline';
  onClose(): void;
  onMoved(message: string): void;
}

/**
 * One dialog for a move: the target, then exactly what the target stage's
 * gates ask for (the pipeline's own rule, shared/gates), all sent in one
 * request. When the server still refuses for missing gates, the dialog
 * stays open asking for what it named.
 */
export function MoveDialog({ company, mode, onClose, onMoved }: MoveDialogProps) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const me = useMe();
  const dialog = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState('');
  const [pipelineId, setPipelineId] = useState('');
  const [override, setOverride] = useState(false);
  const [lossReason, setLossReason] = useState('');
  const [serverMissing, setServerMissing] = useState<MissingGate[]>([]);
  const [error, setError] = useState<string | null>(null);
  const pipelines = useQuery({
    queryKey: ['pipelines', 'all'],
    queryFn: async () => (await api<Pipelines>('/api/pipelines')).items,
    enabled: mode === 'pipeline',
  });
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const others = (pipelines.data ?? []).filter((p) => p.kind === company.pipeline.kind && p.id !== company.pipeline.id && !p.archived);
  const gatePipeline: Pipeline | undefined = mode === 'status' ? company.pipeline : others.find((p) => p.id === pipelineId);
  const definition = gatePipeline && asDefinition(gatePipeline);
  // The stage left: none when the record enters another pipeline (no exit criteria, no skips).
  const from = mode === 'status' ? company.status : '';
  const mayOverride = mode === 'status' && holds(me.data, 'pipelines:manage');
  const targets =
    mode === 'pipeline'
      ? (gatePipeline?.stages.filter((s) => s.active).map((s) => s.key) ?? [])
      : override
        ? company.pipeline.stages.filter((s) => s.active && s.key !== company.status).map((s) => s.key)
        : company.allowedTransitions;
  // Field values the other pipeline knows travel along and meet its field gates.
  const stored = gatePipeline ? Object.fromEntries(Object.entries(company.fields).filter(([key]) => gatePipeline.fields.some((f) => f.key === key))) : {};
  const gates = definition && target ? gatesToAsk(definition, from, target, stored, { override }, serverMissing) : [];
  const stageName = (key: string) => gatePipeline?.stages.find((s) => s.key === key)?.name[locale] ?? key;
  const choose = (next: string) => {
    setTarget(next);
    setServerMissing([]);
    setError(null);
  };

  const move = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api(`/api/companies/${company.id}/${mode === 'status' ? 'status' : 'pipeline'}`, { method: 'POST', body }),
    onSuccess: () => {
      const name = company.globalCompany.name;
      onMoved(
        mode === 'status'
          ? t('company.moved', { name, stage: stageName(target) })
          : t('company.movedPipeline', { name, pipeline: gatePipeline?.name[locale] ?? '', stage: stageName(target) }),
      );
      onClose();
    },
    onError: (failure) => {
      if (failure instanceof ApiError && failure.missing.length > 0) setServerMissing(failure.missing);
      setError(t('company.refused', { detail: errorText(failure, t) }));
    },
    onSettled: () => {
      for (const key of [['company', company.id], ['timeline', company.id], ['board']]) void queryClient.invalidateQueries({ queryKey: key });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!definition || !target) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    const gateInput = gateValues(form, gates, definition, lossReasonFrom(lossReason, form));
    const description = text('description');
    move.mutate(
      mode === 'status'
        ? { status: target, description, ...gateInput, override: override ? { reason: text('overrideReason') ?? '' } : undefined }
        : { pipelineId, stage: target, description, ...gateInput },
    );
  };

  const title = mode === 'status' ? t('company.moveTitle', { name: company.globalCompany.name }) : t('company.otherPipeline');
  return (
    <dialog ref={dialog} className="dialog move-dialog" aria-labelledby="move-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <form onSubmit={submit} aria-label={mode === 'status' ? t('company.changeStatus') : t('company.otherPipeline')}>
        <h2 id="move-title">{title}</h2>
        {mode === 'pipeline' && pipelines.isSuccess && others.length === 0 && <p>{t('company.noOtherPipelines')}</p>}
        {mode === 'pipeline' && others.length > 0 && (
          <label>
            {t('company.pipeline')}
            <select
              name="pipelineId"
              required
              value={pipelineId}
              onChange={(e) => {
                setPipelineId(e.target.value);
                choose('');
              }}
            >
              <option value="" disabled>
                {t('company.choose')}
              </option>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name[locale]}
                </option>
              ))}
            </select>
          </label>
        )}
        {(mode === 'status' || gatePipeline) && (
          <fieldset className="choices" role="radiogroup" aria-label={mode === 'status' ? t('company.moveTo') : t('company.pipelineStage')}>
            <legend>{mode === 'status' ? t('company.moveTo') : t('company.pipelineStage')}</legend>
            {targets.length === 0 && <p>{t('company.noTransitions')}</p>}
            {targets.map((key) => (
              <label key={key} className="choice" style={{ ['--stage' as string]: colorOf(gatePipeline?.stages.find((s) => s.key === key)?.color) }}>
                <input type="radio" name="target" value={key} checked={target === key} onChange={() => choose(key)} required />
                {stageName(key)}
              </label>
            ))}
          </fieldset>
        )}
        {mayOverride && (
          <label className="toggle override-toggle" title={t('company.overrideHint')}>
            <input
              type="checkbox"
              checked={override}
              onChange={(e) => {
                setOverride(e.target.checked);
                choose('');
              }}
            />
            {t('company.override')}
          </label>
        )}
        {override && (
          <label>
            {t('company.overrideReason')}
            <input name="overrideReason" required maxLength={500} />
          </label>
        )}
        {serverMissing.length > 0 && <p className="gates-needed">{t('company.gatesNeeded')}</p>}
        {definition && <GateFields gates={gates} definition={definition} from={from} to={target} lossReason={lossReason} onLossReasonChange={setLossReason} />}
        {(mode === 'status' || others.length > 0) && (
          <label>
            {t('company.description')}
            <textarea name="description" rows={2} maxLength={5000} />
          </label>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!target || move.isPending}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
