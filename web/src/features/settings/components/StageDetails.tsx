import type { PipelineDefinition, Stage } from '../../../../../src/pipeline/domain/pipeline.js';
import type { Edit, IssueAt } from '../hooks/usePipelineEditor';
import { StageChecklist } from './StageChecklist';
import { StageFields } from './StageFields';
import { StageGates } from './StageGates';

export interface StageEditorProps {
  stage: Stage;
  /** Its position, which is how the server's issues name it (`stages.2…`). */
  index: number;
  draft: PipelineDefinition;
  issueAt: IssueAt;
  change(fn: (stage: Stage) => Stage): void;
  /** For edits that reach beyond the stage (archiving it takes it out of the other stages' moves). */
  edit: Edit;
}

/** Everything about one stage: its look and numbers, its gates and its checklist. */
export function StageDetails(props: StageEditorProps) {
  return (
    <div className="stage-details">
      <StageFields {...props} />
      <StageGates {...props} />
      <StageChecklist {...props} />
    </div>
  );
}
