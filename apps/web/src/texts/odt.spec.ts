import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { isRightToLeft, textToOdt } from './odt';

const ARABIC = 'يَجِبُ على الدولة أن تضمن الحق في السكن اللائق لكل اللاجئين.';
const doc = {
  title: 'Logement digne — السكن اللائق',
  language: 'fr',
  paragraphs: [
    { text: 'Le logement est un droit <fondamental> & universel.', firstLine: 1, lastLine: 1 },
    { text: ARABIC, firstLine: 2, lastLine: 2 },
    { text: 'La préfecture répond en deux mois.', firstLine: 3, lastLine: 4 },
  ],
};

/** What a reader extracting the text gets back: each paragraph's words, XML entities decoded. */
const extract = (xml: string) =>
  [...xml.matchAll(/<text:p text:style-name="(\w+)">(.*?)<\/text:p>/g)].map(([, style, inner]) => ({
    style,
    text: inner
      .replace(/<text:span[^>]*>.*?<\/text:span><text:tab\/>/, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  }));

describe('textToOdt', () => {
  it('writes a valid OpenDocument package: the mimetype first and stored', () => {
    const bytes = textToOdt(doc);
    // Local header of the first entry: its name is "mimetype", method 0 (stored), then the type itself.
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    expect(bytes[8] | (bytes[9] << 8)).toBe(0);
    expect(strFromU8(bytes.subarray(38, 38 + 39))).toBe('application/vnd.oasis.opendocument.text');
    expect(Object.keys(unzipSync(bytes))).toEqual(['mimetype', 'META-INF/manifest.xml', 'content.xml', 'meta.xml']);
  });

  it('keeps every paragraph as typed, the Arabic one in logical order with its vowel marks, laid out right to left', () => {
    const content = strFromU8(unzipSync(textToOdt(doc))['content.xml']);
    const [title, ...paragraphs] = extract(content);
    expect(title.text).toBe(doc.title);
    expect(paragraphs).toEqual([
      { style: 'LTR', text: doc.paragraphs[0].text },
      { style: 'RTL', text: ARABIC },
      { style: 'LTR', text: doc.paragraphs[2].text },
    ]);
    expect(content).toContain('style:name="RTL" style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb"');
    // The line numbers of the reading view come with each paragraph.
    expect(content).toContain('<text:span text:style-name="Lines">3–4</text:span>');
  });

  it('takes a paragraph’s direction from its first strong letter', () => {
    expect(isRightToLeft('« السكن » est un mot arabe')).toBe(true);
    expect(isRightToLeft('2026 : le mot « السكن »')).toBe(false);
    expect(isRightToLeft('۱۴۰۵ حق مسکن')).toBe(true);
  });
});
