import type { Pipeline } from '../../../api/client';

/** The board's pipelines: the agency's clients pipelines that take records (companies are followed into clients pipelines only). */
export function boardPipelines(pipelines: readonly Pipeline[]): Pipeline[] {
  return pipelines.filter((p) => p.kind === 'clients' && !p.archived);
}

/** Where a user's last board pipeline is remembered in this browser. */
export function storageKey(userId: string): string {
  return `clientpipe.board.pipeline.${userId}`;
}

/**
 * The pipeline to show: the one the address names, else the one this user
 * chose last, else none (the server shows the agency's default). Once the
 * list is known, a choice that is not in it (archived, or not this
 * agency's) counts as none.
 */
export function choosePipeline(fromUrl: string | null, remembered: string | null, pipelines: readonly Pipeline[] | undefined): string | undefined {
  for (const candidate of [fromUrl, remembered]) {
    if (!candidate) continue;
    if (!pipelines || pipelines.some((p) => p.id === candidate)) return candidate;
  }
  return undefined;
}
