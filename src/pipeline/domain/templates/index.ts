import type { PipelineTemplate } from '../pipeline.js';
import { clientStage } from './client-stage.js';
import { deal } from './deal.js';
import { leads } from './leads.js';
import { opportunities } from './opportunities.js';
import { recruitmentBd } from './recruitment-bd.js';

export { clientStage, deal, leads, opportunities, recruitmentBd };

/** The built-in templates an admin starts a pipeline from (SPEC R3.2), Recruitment BD first (the default). */
export const PIPELINE_TEMPLATES: readonly PipelineTemplate[] = [recruitmentBd, clientStage, deal, leads, opportunities];

/** The template with this key, or undefined. */
export function findTemplate(key: string): PipelineTemplate | undefined {
  return PIPELINE_TEMPLATES.find((template) => template.key === key);
}
