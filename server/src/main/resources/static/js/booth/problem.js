// Reading the server's refusals: application/problem+json with a `detail` in the request's
// language and a stable `code` (docs/voting-api.md).

/** { status, code, detail } of a failed response; detail null when the body has none. */
export async function problemOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // not JSON (a proxy's page, an empty body): only the status is known
  }
  const detail = body !== null && typeof body === 'object' && typeof body.detail === 'string'
    ? body.detail : null;
  const code = body !== null && typeof body === 'object' && typeof body.code === 'string'
    ? body.code : null;
  return { status: response.status, code, detail };
}
