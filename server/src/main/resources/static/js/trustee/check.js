// Outcomes of the trustee checks, as vn.tinnhiem.crypto.Check: { passed, step } or
// { passed: false, step, why }. Producing functions throw a CheckError carrying the failure.

export class CheckError extends Error {
  constructor(step, why) {
    super(`${step}: ${why}`);
    this.name = 'CheckError';
    this.step = step;
    this.why = why;
  }
}

export function pass(step) {
  return { passed: true, step };
}

export function fail(step, why) {
  return { passed: false, step, why };
}

/** Runs body, answering a pass, or the failure it threw. Other errors fail the step too. */
export async function run(step, body) {
  try {
    await body();
    return pass(step);
  } catch (e) {
    if (e instanceof CheckError) return fail(e.step, e.why);
    return fail(step, e instanceof Error ? e.message : String(e));
  }
}
