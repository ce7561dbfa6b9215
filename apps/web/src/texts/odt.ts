import { strToU8, zipSync } from 'fflate';

/**
 * A text as an OpenDocument file (.odt), for LibreOffice, Word and the like. The words are stored
 * as typed (Unicode, logical order): the reader's software shapes the Arabic letters and lays each
 * paragraph out right to left (style:writing-mode="rl-tb", chosen per paragraph by its first
 * strong letter), so nothing is turned into pictures or reversed by hand. Line numbers are the
 * reading view's (the citations in amendments), printed before each paragraph.
 */
export interface OdtText {
  title: string;
  /** BCP 47 language of the document (the interface's). */
  language: string;
  paragraphs: { text: string; firstLine: number; lastLine: number }[];
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
/** Right to left when the first strong letter is Hebrew, Arabic, Persian, Urdu... (what dir="auto" does on screen). */
export function isRightToLeft(text: string): boolean {
  for (const char of text) {
    if (RTL.test(char)) return true;
    if (LTR.test(char)) return false;
  }
  return false;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"';

function content(doc: OdtText): string {
  const paragraph = (p: OdtText['paragraphs'][number]) => {
    const style = isRightToLeft(p.text) ? 'RTL' : 'LTR';
    const lines = p.firstLine === p.lastLine ? `${p.firstLine}` : `${p.firstLine}–${p.lastLine}`;
    return `<text:p text:style-name="${style}"><text:span text:style-name="Lines">${lines}</text:span><text:tab/>${escape(p.text)}</text:p>`;
  };
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>` +
    '<style:style style:name="LTR" style:family="paragraph"><style:paragraph-properties style:writing-mode="lr-tb" fo:text-align="start" fo:margin-bottom="0.2cm"/></style:style>' +
    '<style:style style:name="RTL" style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="start" fo:margin-bottom="0.2cm"/></style:style>' +
    '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties style:writing-mode="page"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>' +
    '<style:style style:name="Lines" style:family="text"><style:text-properties fo:color="#555555"/></style:style>' +
    `</office:automatic-styles><office:body><office:text><text:p text:style-name="Title">${escape(doc.title)}</text:p>` +
    doc.paragraphs.map(paragraph).join('') +
    '</office:text></office:body></office:document-content>'
  );
}

const MANIFEST =
  '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
  '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>';

/** The .odt file's bytes: the mimetype first and stored, as the format requires. */
export function textToOdt(doc: OdtText): Uint8Array {
  const meta =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${NS}><office:meta><dc:title>${escape(doc.title)}</dc:title>` +
    `<dc:language>${escape(doc.language)}</dc:language><meta:generator>Tribune</meta:generator></office:meta></office:document-meta>`;
  return zipSync(
    {
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'META-INF/manifest.xml': strToU8(MANIFEST),
      'content.xml': strToU8(content(doc)),
      'meta.xml': strToU8(meta),
    },
    { mtime: new Date('2026-01-01T00:00:00Z') },
  );
}

/** Offers the file to the browser's downloads. */
export function downloadOdt(doc: OdtText): void {
  const blob = new Blob([textToOdt(doc) as BlobPart], { type: 'application/vnd.oasis.opendocument.text' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${doc.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'texte'}.odt`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
