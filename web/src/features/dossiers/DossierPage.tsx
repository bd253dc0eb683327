import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, type DossierDetail } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { errorText } from '../../shared/error-text';
import { asDefinition, gatesToAsk, mergeGateValues, type GateValues, type MissingGate } from '../../shared/gates/gates';
import { GateDialog } from '../../shared/gates/GateDialog';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { colorOf } from '../../shared/stage-colors';
import { useToast } from '../../shared/useToast';
import { DossierContacts } from './components/DossierContacts';
import { DossierFields } from './components/DossierFields';
import { DossierTimeline } from './components/DossierTimeline';
import { DossierVacancies } from './components/DossierVacancies';
import { useDossier, useDossierAction } from './hooks/useDossiers';
import { DossierGroupsAndTasks } from '../triggers/components/DossierGroupsAndTasks';
import './dossiers.css';

/**
 * One lead or opportunity: its details, the stage selector (only allowed
 * moves, the shared gate dialog for what a stage asks), contacts with
 * roles, vacancies, the timeline, "Create opportunity" on a lead in its end
 * stage, and the link between a lead and the opportunity made from it.
 */
export function DossierPage() {
  const { id = '' } = useParams();
  const dossier = useDossier(id);
  const { t } = useI18n();
  if (dossier.error instanceof ApiError && dossier.error.status === 404) return <NotFoundPage />;
  if (dossier.isError) return <p className="error">{errorText(dossier.error, t)}</p>;
  if (!dossier.data) return <p className="empty">{t('common.loading')}</p>;
  return <DossierView dossier={dossier.data} />;
}

function DossierView({ dossier }: { dossier: DossierDetail }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  const [pending, setPending] = useState<{ stage: string; gates: MissingGate[]; values: GateValues; refusal?: string } | null>(null);
  const move = useDossierAction(dossier.id, (body: Record<string, unknown>) => api(`/api/dossiers/${dossier.id}/stage`, { method: 'POST', body }));
  const convert = useDossierAction(dossier.id, () => api<{ opportunity: { id: string } }>(`/api/dossiers/${dossier.id}/convert`, { method: 'POST', body: {} }));
  const definition = asDefinition(dossier.pipeline);
  const stage = dossier.pipeline.stages.find((s) => s.key === dossier.stage);
  const stageName = (key: string) => dossier.pipeline.stages.find((s) => s.key === key)?.name[locale] ?? key;

  const moveTo = (to: string, values: GateValues = {}) =>
    move.mutate(
      { stage: to, ...values },
      {
        onSuccess: () => (setPending(null), toast.show(t('dossier.moved', { stage: stageName(to) }))),
        onError: (error) => {
          if (error instanceof ApiError && error.missing.length > 0) {
            setPending({ stage: to, values, gates: gatesToAsk(definition, dossier.stage, to, dossier.fields, {}, error.missing), refusal: error.message });
          } else toast.show(errorText(error, t), 'error');
        },
      },
    );
  const choose = (to: string) => {
    if (!to) return;
    const gates = gatesToAsk(definition, dossier.stage, to, dossier.fields);
    if (gates.length > 0) setPending({ stage: to, gates, values: {} });
    else moveTo(to);
  };
  const onConvert = () =>
    convert.mutate(undefined as never, {
      onSuccess: (result) => (toast.show(t('dossier.converted')), void navigate(`/dossiers/${result.opportunity.id}`)),
      onError: (error) => toast.show(errorText(error, t), 'error'),
    });

  return (
    <div className="page dossier-page">
      <Link className="back" to={dossier.kind === 'lead' ? '/leads' : '/opportunities'}>
        ← {t(dossier.kind === 'lead' ? 'dossier.back.lead' : 'dossier.back.opportunity')}
      </Link>
      <div className="page-header">
        <h1>
          <span className="muted">{t(`dossier.kind.${dossier.kind}`)}</span> {dossier.title}
        </h1>
        <span className="badge big" style={{ ['--stage' as string]: colorOf(stage?.color) }} data-testid="dossier-stage">
          {stage?.name[locale] ?? dossier.stage}
        </span>
        <label className="no-print">
          {t('dossier.moveTo')}{' '}
          <select value="" onChange={(e) => choose(e.target.value)} disabled={move.isPending}>
            <option value="">…</option>
            {dossier.allowedTransitions.map((key) => (
              <option key={key} value={key}>
                {stageName(key)}
              </option>
            ))}
          </select>
        </label>
        {dossier.convertible && (
          <button type="button" className="primary no-print" disabled={convert.isPending} onClick={onConvert}>
            {t('dossier.convert')}
          </button>
        )}
      </div>
      {dossier.convertedFromId && (
        <p>
          <Link to={`/dossiers/${dossier.convertedFromId}`}>{t('dossier.fromLead')}</Link>
        </p>
      )}
      {dossier.convertedToId && (
        <p>
          <Link to={`/dossiers/${dossier.convertedToId}`}>{t('dossier.toOpportunity')}</Link>
        </p>
      )}
      <div className="dossier-grid">
        <DossierFields key={dossier.id} dossier={dossier} onSaved={() => toast.show(t('dossier.saved'))} />
        <DossierContacts dossier={dossier} />
        <DossierGroupsAndTasks dossier={dossier} onSaved={(text) => toast.show(text)} onFailed={(text) => toast.show(text, 'error')} />
        <DossierVacancies dossier={dossier} />
        <DossierTimeline dossier={dossier} />
      </div>
      {pending && (
        <GateDialog
          definition={definition}
          title={(name) => t('dossier.moveTitle', { stage: name })}
          from={dossier.stage}
          to={pending.stage}
          missing={pending.gates}
          refusal={pending.refusal}
          onCancel={() => setPending(null)}
          onConfirm={(values) => moveTo(pending.stage, mergeGateValues(pending.values, values))}
        />
      )}
      {toast.element}
    </div>
  );
}
