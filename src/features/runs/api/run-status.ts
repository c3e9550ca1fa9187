import type { Schemas } from '@/lib/api-client';

export type Run = Schemas['Run'];
export type RunStatus = Schemas['RunStatus'];

export function isRunFinished(status: RunStatus): boolean {
  return status !== 'queued' && status !== 'running';
}
