import { api, login } from './api';

/** The seeded demo term as the API holds it: its dates follow the day the demo was seeded. */
export interface DemoTerm {
  name: string;
  /** "Du 8 décembre 2025 au 7 décembre 2027", as the term page writes it in French. */
  frenchSpan: string;
}

export async function demoTerm(apiUrl: string): Promise<DemoTerm> {
  const token = await login(apiUrl, 'admin@tribune.example');
  const { currentTerm } = await api<{ currentTerm: { name: string; startsOn: string; endsOn: string } }>(
    apiUrl,
    '{ currentTerm { name startsOn endsOn } }',
    {},
    token,
  );
  const french = (day: string) =>
    new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
  return { name: currentTerm.name, frenchSpan: `Du ${french(currentTerm.startsOn)} au ${french(currentTerm.endsOn)}` };
}
