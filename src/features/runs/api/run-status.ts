import type { Schemas } from '@/lib/api-client';

export type Run = Schemas['Run'];
export type RunStatus = Schemas['RunStatus'];
export type Platform = Schemas['Platform'];

export function isRunFinished(status: RunStatus): boolean {
  return status !== 'queued' && status !== 'running';
}

/** How often a queued or running run refreshes itself (only while the tab is visible: React Query's default). */
export const LIVE_REFRESH_MS = 15_000;
