import { isApiError, type ApiError } from '@/lib/api-error';

/** Errors after which the rest of a screen cannot load either: the resource is not there, or not readable. */
export function screenEndingError(error: ApiError | Error | null): { title: string } | null {
  if (!isApiError(error)) return null;
  if (error.code === 'not_found') return { title: 'not found' };
  if (error.code === 'forbidden') return { title: 'permission denied' };
  if (error.code === 'validation_error') return { title: 'bad link' };
  return null;
}
