import { createContext, useContext } from 'react';
import type { Pipelines } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { colorOf } from '../../../shared/stage-colors';
import { stageWithOutcome, type StageOutcome } from '../utils/stages';

/** A pipeline as GET /api/pipelines gives it. */
export type DashboardPipeline = Pipelines['items'][number];

/** The pipeline the dashboard shows (DashboardPage provides it); undefined while the pipelines load. */
export const DashboardPipelineContext = createContext<DashboardPipeline | undefined>(undefined);

/** Stage names in the user's language, colours and outcomes of the dashboard's pipeline, by stage key (the key itself until it has loaded). */
export function useStageLabels() {
  const { locale } = useI18n();
  const pipeline = useContext(DashboardPipelineContext);
  const find = (key: string) => pipeline?.stages.find((stage) => stage.key === key);
  return {
    ready: pipeline !== undefined,
    name: (key: string) => find(key)?.name[locale] ?? key,
    color: (key: string) => colorOf(find(key)?.color),
    outcome: (key: string): StageOutcome | undefined => find(key)?.outcome,
    /** Won, Lost, On hold: stages where a company rests rather than being worked. */
    isEnd: (key: string) => find(key)?.outcome !== undefined,
    /** The key of the pipeline's first stage with this outcome, if any. */
    withOutcome: (outcome: StageOutcome) => stageWithOutcome(pipeline?.stages ?? [], outcome),
  };
}
