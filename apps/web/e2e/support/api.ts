/** The API straight, for set-up and for checking what was recorded (never what the page is tested for). */
export const DEMO_PASSWORD = 'tribune-demo-2026';

export async function api<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A session token for a demo account. */
export const login = async (url: string, email: string, password = DEMO_PASSWORD): Promise<string> =>
  (
    await api<{ login: { token: string } }>(
      url,
      'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }',
      { e: email, p: password },
    )
  ).login.token;
