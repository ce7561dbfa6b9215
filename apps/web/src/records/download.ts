import { session } from '../auth/session';

export type DownloadFailure = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NETWORK' | 'UNKNOWN';

export class DownloadError extends Error {
  constructor(readonly code: DownloadFailure) {
    super(code);
  }
}

const BY_STATUS: Record<number, DownloadFailure> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

/**
 * Downloads a file the API serves to signed-in people only: the token goes in the Authorization
 * header (never in the address, where it would stay in history and server logs), and the answer
 * is handed to the browser as a Blob with the file name we choose.
 */
export async function downloadWithToken(url: string, fileName: string): Promise<void> {
  const token = session.token();
  let res: Response;
  try {
    res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, cache: 'no-store' });
  } catch {
    throw new DownloadError('NETWORK');
  }
  if (!res.ok) {
    const code = BY_STATUS[res.status] ?? 'UNKNOWN';
    if (code === 'UNAUTHENTICATED') session.expire();
    throw new DownloadError(code);
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
