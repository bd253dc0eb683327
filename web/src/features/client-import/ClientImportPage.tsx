import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type ClientImportPlan, type Me, type Pipeline } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { errorText } from '../../shared/error-text';
import { useUsers } from '../../shared/queries';
import { BatchList } from './components/BatchList';
import { MappingTables, type MappingChange } from './components/MappingTables';
import { PreviewTable } from './components/PreviewTable';
import { useBatch, useDryRun, useRunImport, useUploadClientFile } from './hooks/useClientImport';
import { edit, NO_EDITS, optionsOf, progressPercent, type MappingEdits } from './utils/mapping';
import './client-import.css';
import { holds } from '../../shared/role-name';

const SOURCES = ['pipedrive', 'hubspot', 'spreadsheet', 'custom'] as const;

/**
 * Settings → Import clients (admins): upload an export, check the detected
 * preset and the suggested column, stage, owner and lost-reason mappings,
 * see what each line will do (each edit is a dry run: nothing is saved),
 * run it with a progress bar, read the refused lines, and undo a batch.
 */
export function ClientImportPage({ me }: { me: Me }) {
  const { t, locale } = useI18n();
  const fileId = useId();
  const [plan, setPlan] = useState<ClientImportPlan | null>(null);
  const [edits, setEdits] = useState<MappingEdits>(NO_EDITS);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [dryRunDone, setDryRunDone] = useState(false);
  const upload = useUploadClientFile();
  const dryRun = useDryRun();
  const run = useRunImport();
  const batch = useBatch(batchId);
  const users = useUsers();
  const pipelines = useQuery({ queryKey: ['pipelines', 'list'], queryFn: async () => (await api<{ items: Pipeline[] }>('/api/pipelines')).items, staleTime: 60_000 });
  const clientPipelines = pipelines.data?.filter((p) => p.kind === 'clients') ?? [];
  const pipeline = clientPipelines.find((p) => p.id === plan?.pipelineId);

  if (!holds(me, 'clients:import')) {
    return (
      <div className="settings-page">
        <h1>{t('clientImport.title')}</h1>
        <p className="notice">{t('clientImport.adminOnly')}</p>
      </div>
    );
  }

  const submitFile = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return;
    setBatchId(null);
    setDryRunDone(false);
    setEdits(NO_EDITS);
    upload.mutate(file, { onSuccess: setPlan });
  };

  const change = (next: MappingEdits, announce = false) => {
    setEdits(next);
    if (!plan) return;
    dryRun.mutate(optionsOf(plan.fileId, next) as never, {
      onSuccess: (fresh) => {
        setPlan(fresh);
        setDryRunDone(announce);
      },
    });
  };
  const onMapping = (mapping: MappingChange) => change(edit(edits, mapping));

  const start = () => {
    if (!plan) return;
    run.mutate(optionsOf(plan.fileId, edits) as never, { onSuccess: (started) => setBatchId(started.id) });
  };

  const current = batch.data;
  const problem = upload.error ?? dryRun.error ?? run.error;
  return (
    <div className="settings-page client-import-page">
      <div className="toolbar">
        <h1>{t('clientImport.title')}</h1>
        <Link to="/settings">{t('clientImport.back')}</Link>
      </div>
      <section className="card settings-section" aria-labelledby="import-upload">
        <h2 id="import-upload">{t('clientImport.uploadTitle')}</h2>
        <p className="description">{t('clientImport.intro')}</p>
        <form onSubmit={submitFile} className="import-upload">
          <label htmlFor={fileId}>{t('clientImport.file')}</label>
          <input id={fileId} name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
          <button type="submit" disabled={upload.isPending}>{upload.isPending ? t('clientImport.uploading') : t('clientImport.upload')}</button>
        </form>
        {problem && <p role="alert" className="error">{t('clientImport.error', { detail: errorText(problem, t) })}</p>}
      </section>

      {plan && (
        <section className="card settings-section" aria-labelledby="import-mapping">
          <h2 id="import-mapping">{plan.fileName}</h2>
          <p className="meta" data-testid="detected-source">{t('clientImport.detected', { source: t(`clientImport.source.${plan.detectedSource}` as MessageKey) })}</p>
          <div className="import-choices">
            <label>
              {t('clientImport.source')}
              <select value={plan.source} onChange={(e) => change(edit(edits, { source: e.target.value }))}>
                {SOURCES.map((source) => <option key={source} value={source}>{t(`clientImport.source.${source}` as MessageKey)}</option>)}
              </select>
            </label>
            <label>
              {t('clientImport.pipeline')}
              <select value={plan.pipelineId} onChange={(e) => change(edit(edits, { pipelineId: e.target.value }))}>
                {clientPipelines.map((p) => <option key={p.id} value={p.id}>{p.name[locale]}</option>)}
              </select>
            </label>
          </div>
          <MappingTables plan={plan} pipeline={pipeline} users={users.data ?? []} onChange={onMapping} />
          <PreviewTable plan={plan} pipeline={pipeline} users={users.data ?? []} />
          <div className="import-actions">
            <button type="button" className="secondary" disabled={dryRun.isPending} onClick={() => change(edits, true)}>{t('clientImport.dryRun')}</button>
            <button type="button" disabled={run.isPending || current?.status === 'running'} onClick={start}>{t('clientImport.run')}</button>
          </div>
          <div aria-live="polite">
            {dryRunDone && !dryRun.isPending && <p className="notice">{t('clientImport.dryRunDone')}</p>}
            {current && (
              <div className="import-progress" data-testid="import-progress">
                <progress max={100} value={progressPercent(current)} aria-label={t('clientImport.running', { processed: current.processed, total: current.total })} />
                <p>
                  {current.status === 'running' && t('clientImport.running', { processed: current.processed, total: current.total })}
                  {current.status === 'done' && t('clientImport.done', { ...current.counts })}
                  {current.status === 'failed' && t('clientImport.failed')}
                </p>
                {current.status === 'done' && <Link to={`/?pipeline=${current.pipelineId}`}>{t('clientImport.toBoard')}</Link>}
              </div>
            )}
          </div>
        </section>
      )}
      <BatchList />
    </div>
  );
}
