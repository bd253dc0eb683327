import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Pipeline } from '../../../../../src/pipeline/domain/pipeline.js';
import { ApiError } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorText } from '../../../shared/error-text';
import { FormField } from '../../../shared/FormField';
import { useCreatePipeline, usePipelineTemplates, type NewPipeline } from '../hooks/usePipelineSettings';

const FIELDS = ['templateKey', 'name.nl', 'name.en'];

/** A new pipeline from one of the templates, optionally renamed and made the default; then a link to edit it. */
export function CreatePipelineForm() {
  const { t, locale } = useI18n();
  const templates = usePipelineTemplates();
  const create = useCreatePipeline();
  const [created, setCreated] = useState<Pipeline | null>(null);
  const issue = (field: string) => (create.error instanceof ApiError ? create.error.issueFor(field) : undefined);
  const otherProblem = create.error && !FIELDS.some((field) => issue(field));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const nl = String(data.get('nameNl') ?? '').trim();
    const en = String(data.get('nameEn') ?? '').trim();
    // One name given is the name in both languages; none keeps the template's.
    const input: NewPipeline = {
      templateKey: String(data.get('templateKey')),
      ...(nl || en ? { name: { nl: nl || en, en: en || nl } } : {}),
      ...(data.get('isDefault') ? { isDefault: true } : {}),
    };
    setCreated(null);
    create.mutate(input, {
      onSuccess: (pipeline) => {
        form.reset();
        setCreated(pipeline);
      },
    });
  };

  return (
    <form className="pipeline-create" onSubmit={submit} aria-label={t('pipelineSettings.create.title')} noValidate>
      <h3>{t('pipelineSettings.create.title')}</h3>
      <FormField label={t('pipelineSettings.create.template')} error={issue('templateKey')}>
        {(control) => (
          <select {...control} name="templateKey" required>
            {templates.data?.map((template) => (
              <option key={template.key} value={template.key}>
                {template.name[locale]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="pair">
        <FormField label={t('pipelineSettings.create.nameNl')} error={issue('name.nl')} hint={t('pipelineSettings.create.nameHint')}>
          {(control) => <input {...control} name="nameNl" lang="nl" autoComplete="off" maxLength={200} />}
        </FormField>
        <FormField label={t('pipelineSettings.create.nameEn')} error={issue('name.en')}>
          {(control) => <input {...control} name="nameEn" lang="en" autoComplete="off" maxLength={200} />}
        </FormField>
      </div>
      <label className="check">
        <input type="checkbox" name="isDefault" />
        {t('pipelineSettings.create.default')}
      </label>
      {otherProblem && (
        <p role="alert" className="error">
          {t('pipelineSettings.create.failed', { detail: errorText(create.error, t) })}
        </p>
      )}
      {templates.error && (
        <p role="alert" className="error">
          {errorText(templates.error, t)}
        </p>
      )}
      {created && (
        <p role="status">
          {t('pipelineSettings.create.done', { name: created.name[locale] })}{' '}
          <Link to={`/settings/pipelines/${created.id}`}>{t('pipelineSettings.editName', { name: created.name[locale] })}</Link>
        </p>
      )}
      <button type="submit" className="primary" disabled={create.isPending || !templates.data}>
        {t('pipelineSettings.create.submit')}
      </button>
    </form>
  );
}
