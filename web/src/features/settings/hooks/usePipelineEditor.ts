import { useCallback, useEffect, useState } from 'react';
import type { Pipeline, PipelineDefinition } from '../../../../../src/pipeline/domain/pipeline.js';
import { ApiError, type FieldIssue } from '../../../api/client';
import { definitionOf, isChanged } from '../utils/pipeline-draft';
import { isMoveIssue, issuesAt, stagesToMove } from '../utils/definition-issues';
import { useChangePipeline, useReloadPipeline } from './usePipelineSettings';

export type Edit = (change: (draft: PipelineDefinition) => PipelineDefinition) => void;
/** The server's messages about a control of the definition (`stages.2.name.en`), joined; undefined when it said nothing. */
export type IssueAt = (path: string) => string | undefined;

/**
 * The editor's state: the pipeline as last loaded or saved (`base`, whose
 * version a save sends), and the draft being edited. A refetch in the
 * background never touches the draft; saving, reloading after a conflict
 * and discarding do.
 */
export function usePipelineEditor(initial: Pipeline) {
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState(() => definitionOf(initial));
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const change = useChangePipeline();
  const fetchLatest = useReloadPipeline();

  const restart = useCallback((pipeline: Pipeline) => {
    setBase(pipeline);
    setDraft(definitionOf(pipeline));
  }, []);

  const edit: Edit = useCallback((next) => {
    setDraft(next);
    setSavedVersion(null);
  }, []);

  const save = (moves?: Record<string, string>) =>
    change.mutate(
      { id: base.id, change: { version: base.version, definition: draft, ...(moves ? { moves } : {}) } },
      {
        onSuccess: (saved) => {
          restart(saved);
          setSavedVersion(saved.version);
        },
      },
    );

  const reload = async () => {
    restart(await fetchLatest(base.id));
    change.reset();
  };

  const discard = () => {
    restart(base);
    change.reset();
  };

  // Closing the tab or reloading with unsaved changes asks first.
  const changed = isChanged(base, draft);
  useEffect(() => {
    if (!changed) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changed]);

  const error = change.error;
  const status = error instanceof ApiError ? error.status : undefined;
  const allIssues: readonly FieldIssue[] = status === 400 && error instanceof ApiError ? error.issues : [];
  // Issues about records in archived stages are answered by choosing targets, not by editing a field.
  const moveIssues = allIssues.filter(isMoveIssue);
  const issues = allIssues.filter((issue) => !isMoveIssue(issue));
  const archiving = stagesToMove(moveIssues, base, draft);
  const issueAt: IssueAt = (path) => issuesAt(issues, draft, path).join(' ') || undefined;

  return {
    base,
    draft,
    edit,
    save,
    reload,
    discard,
    saving: change.isPending,
    changed,
    savedVersion,
    error,
    issues,
    issueAt,
    /** Someone saved a newer version first (409). */
    conflict: status === 409,
    /** Archived stages still hold records: the server wants a target per stage (400 on `moves.<stage>`), or refused a target's gate (422). */
    needsMoves: archiving.length > 0 && (moveIssues.length > 0 || status === 422),
    /** The stages whose records need a target stage. */
    archiving,
    moveIssues,
  };
}

export type PipelineEditorState = ReturnType<typeof usePipelineEditor>;
