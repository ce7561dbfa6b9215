/** The seeded demo term as the API holds it: its dates follow the day the demo was seeded. */
export interface DemoTerm {
  name: string;
  /** "Du 8 décembre 2025 au 7 décembre 2027", as the term page writes it in French. */
  frenchSpan: string;
}

export async function demoTerm(apiUrl: string): Promise<DemoTerm> {
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { login } = await post('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'admin@tribune.example', p: 'tribune-demo-2026' });
  const { currentTerm } = await post('{ currentTerm { name startsOn endsOn } }', {}, login.token);
  const french = (day: string) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return { name: currentTerm.name, frenchSpan: `Du ${french(currentTerm.startsOn)} au ${french(currentTerm.endsOn)}` };
}
