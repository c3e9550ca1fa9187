// Query and path parameter checks with the API's 400 semantics: every bad field is reported at once in
// details.fields, with a message in plain words.

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function notFound(resource: 'run' | 'sample' | 'regression_test' | 'output', id: number): ApiFailure {
  const names = { run: 'Run', sample: 'Sample', regression_test: 'Regression test', output: 'Output' };
  return new ApiFailure(404, 'not_found', `${names[resource]} ${id} was not found.`, { resource, id });
}

const ID = /^[0-9]{1,9}$/;
const SHA40 = /^[0-9a-fA-F]{40}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

export class Params {
  readonly fields: Record<string, string> = {};

  constructor(private readonly query: URLSearchParams) {}

  /** A query value; an empty one counts as absent. */
  raw(name: string): string | null {
    const value = this.query.get(name);
    return value === null || value === '' ? null : value;
  }

  /** An id from the path (always present) or the query (required). */
  id(name: string, value: string | null | undefined): number {
    if (value === null || value === undefined || value === '') {
      this.fields[name] = 'Missing required parameter';
      return 0;
    }
    if (!ID.test(value) || Number(value) < 1) {
      this.fields[name] = 'Must be an integer greater than or equal to 1';
      return 0;
    }
    return Number(value);
  }

  optionalId(name: string): number | null {
    const value = this.raw(name);
    return value === null ? null : this.id(name, value);
  }

  /** A list's page: `limit` (1 to 100, 50 when absent) and `offset` (0 when absent). */
  page(): { limit: number; offset: number } {
    return { limit: this.int('limit', 1, 100, 50), offset: this.int('offset', 0, Number.MAX_SAFE_INTEGER, 0) };
  }

  int(name: string, min: number, max: number, fallback: number): number {
    const value = this.raw(name);
    if (value === null) return fallback;
    if (!/^-?[0-9]{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
      this.fields[name] =
        max === Number.MAX_SAFE_INTEGER
          ? `Must be an integer greater than or equal to ${min}`
          : `Must be an integer between ${min} and ${max}`;
      return fallback;
    }
    return Number(value);
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T | null {
    const value = this.raw(name);
    if (value === null) return null;
    if (!(values as readonly string[]).includes(value)) {
      this.fields[name] = `Must be one of [${values.join(', ')}]`;
      return null;
    }
    return value as T;
  }

  text(name: string, maxLength: number): string | null {
    const value = this.raw(name);
    if (value !== null && value.length > maxLength) {
      this.fields[name] = `Must be at most ${maxLength} characters`;
      return null;
    }
    return value;
  }

  sha(name: string): string | null {
    const value = this.raw(name);
    if (value !== null && !SHA40.test(value)) {
      this.fields[name] = 'Must be a full 40-character hexadecimal commit SHA';
      return null;
    }
    return value?.toLowerCase() ?? null;
  }

  dateTime(name: string): number | null {
    const value = this.raw(name);
    if (value === null) return null;
    const ms = Date.parse(value);
    if (!DATE_TIME.test(value) || Number.isNaN(ms)) {
      this.fields[name] = 'Must be an ISO 8601 date-time, e.g. 2026-11-01T00:00:00Z';
      return null;
    }
    return ms;
  }

  /** Throws the 400 when any field was bad. */
  check(): void {
    if (Object.keys(this.fields).length > 0) {
      throw new ApiFailure(400, 'validation_error', 'One or more parameters are invalid.', { fields: this.fields });
    }
  }
}

/** The ids in the path of a route that reads no query parameter: 400 naming every one that is not an id. */
export function pathIds<N extends string>(params: Partial<Record<N, string>>, ...names: N[]): Record<N, number> {
  const p = new Params(new URLSearchParams());
  const ids = Object.fromEntries(names.map((name) => [name, p.id(name, params[name])])) as Record<N, number>;
  p.check();
  return ids;
}

/** The one id in the path of a route that reads no query parameter: 400 when it is not one. */
export const pathId = (name: string, value: string | undefined): number => pathIds({ [name]: value }, name)[name] as number;

export function paginate<T>(items: readonly T[], limit: number, offset: number) {
  const next = offset + limit;
  return {
    data: items.slice(offset, next),
    pagination: { limit, offset, total: items.length, next_offset: next < items.length ? next : null },
  };
}
