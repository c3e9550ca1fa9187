/**
 * Whether the regression test's current baseline (`outputs[].correct`) is no longer the expected file this run was
 * compared with. `compared`: the sha256 of the run's expected file; null when the run had no expected baseline;
 * undefined while unknown (not loaded, or the server sent no hash). Unknown is never "changed".
 */
export function baselineChanged(correct: string | undefined, compared: string | null | undefined): boolean {
  if (correct === undefined || compared === undefined) return false;
  const current = correct.trim().toLowerCase();
  if (compared === null) return current !== '';
  return current !== '' && current !== compared.trim().toLowerCase();
}

/** Whether two hashes name the same file (both known). */
export function isSameFile(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}
