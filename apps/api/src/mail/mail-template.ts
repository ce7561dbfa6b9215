import { directionOf, MAIL_FRAME, MailLocale } from './mail-texts';

/** What a mail says; the frame (preferences link, unsubscribe, signature) is added around it. */
export interface MailContent {
  locale: MailLocale;
  subject: string;
  /** Paragraphs of plain text (line breaks kept); escaped in the HTML part. */
  lines: string[];
  actionUrl?: string | null;
  actionLabel?: string | null;
  unsubscribeUrl?: string | null;
  /** Where preferences are chosen ("Mon compte"). */
  preferencesUrl: string;
}

export interface RenderedMail {
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** An http(s) address as written in a mail, or an error: a mail never links to anything else. */
export function mailUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`A mail links to http(s) addresses only, not ${url}`);
  return parsed.href;
}

const paragraph = (line: string) => `<p style="margin:0 0 16px">${escapeHtml(line).replace(/\r?\n/g, '<br>')}</p>`;

/**
 * The HTML part: one column at most 600 px wide that narrows to a phone's screen, system fonts,
 * no image and nothing fetched from elsewhere, `lang` and `dir` of the recipient's language (Arabic
 * right to left), every text escaped; and the plain-text alternative with the same words and links.
 */
export function renderMail(content: MailContent): RenderedMail {
  const frame = MAIL_FRAME[content.locale];
  const dir = directionOf(content.locale);
  const action = content.actionUrl ? { url: mailUrl(content.actionUrl), label: content.actionLabel || content.actionUrl } : null;
  const preferencesUrl = mailUrl(content.preferencesUrl);
  const unsubscribeUrl = content.unsubscribeUrl ? mailUrl(content.unsubscribeUrl) : null;

  // French puts a space before a colon.
  const labelled = (label: string, url: string) => `${label}${content.locale === 'fr' ? ' :' : ':'} ${url}`;
  const text = [
    ...content.lines,
    ...(action ? [labelled(action.label, action.url)] : []),
    '--',
    `${frame.preferences} ${preferencesUrl}`,
    ...(unsubscribeUrl ? [labelled(frame.unsubscribe, unsubscribeUrl)] : []),
    frame.sentBy,
  ].join('\n\n');

  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;border-radius:6px;background:#1c5d99;color:#ffffff;text-decoration:none;font-weight:bold">${escapeHtml(action.label)}</a></p>`
    : '';
  const footer = [
    `${escapeHtml(frame.preferences)} <a href="${escapeHtml(preferencesUrl)}" style="color:#1c5d99">${escapeHtml(frame.preferencesLink)}</a>`,
    ...(unsubscribeUrl ? [`<a href="${escapeHtml(unsubscribeUrl)}" style="color:#1c5d99">${escapeHtml(frame.unsubscribe)}</a>`] : []),
    escapeHtml(frame.sentBy),
  ]
    .map((l) => `<p style="margin:0 0 8px">${l}</p>`)
    .join('');
  const align = dir === 'rtl' ? 'right' : 'left';
  const html = `<!DOCTYPE html>
<html lang="${content.locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(content.subject)}</title>
</head>
<body dir="${dir}" style="margin:0;padding:0;background:#f4f5f7">
<div dir="${dir}" style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Tahoma,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;text-align:${align}">
<div style="background:#ffffff;border-radius:8px;padding:24px 20px">
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3">${escapeHtml(content.subject)}</h1>
${content.lines.map(paragraph).join('\n')}
${button}
</div>
<div style="padding:16px 4px;font-size:13px;color:#555555">${footer}</div>
</div>
</body>
</html>
`;
  return { text: `${text}\n`, html };
}
