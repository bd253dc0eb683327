import type { Actor } from '../identity/domain/index.js';
import { authorize } from '../identity/index.js';
import { PIPELINE_TEMPLATES, type PipelineTemplate } from './domain/index.js';

/** The built-in templates an admin starts a pipeline from (SPEC R3.2), Recruitment BD first. */
export function listPipelineTemplates(actor: Actor): readonly PipelineTemplate[] {
  authorize(actor, 'companies:view');
  return PIPELINE_TEMPLATES;
}
