import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { prefillFromFile, prefillFromText } from './index';

const NOW = new Date(2024, 5, 15);

const RESUME = [
  'Marta Rossi',
  'Milano, Italia',
  'Esperienza lavorativa',
  'Customer Success Manager presso Cloudy Srl, gen 2021 - oggi',
  'Addetta assistenza clienti, TelcoNet, 2017 - 2020',
  'Istruzione',
  'Laurea triennale in Lingue, Università di Pavia (2013 - 2016)',
  'Lingue',
  'Italiano madrelingua, inglese C1, spagnolo B1',
  'Competenze',
  'Salesforce, Zendesk, Excel',
];

async function docx(paragraphs: string[]): Promise<ArrayBuffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'arraybuffer' });
}

describe('prefill', () => {
  it('prefills a profile from an Italian DOCX résumé', async () => {
    const result = await prefillFromFile('cv.docx', await docx(RESUME), {}, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.experience).toEqual([
      { field: 'Customer Success', years: 3.5 },
      { field: 'Assistenza clienti', years: 3 },
    ]);
    expect(result.profile.languages).toEqual([
      { language: 'it', level: 'native' },
      { language: 'en', level: 'C1' },
      { language: 'es', level: 'B1' },
    ]);
    expect(result.profile.education?.level).toBe('bachelor');
    expect(result.profile.skills).toEqual(
      expect.arrayContaining(['Salesforce', 'Zendesk', 'Excel']),
    );
  });

  it('gives a message, and no profile, for an unreadable file', async () => {
    const result = await prefillFromFile(
      'cv.pdf',
      new TextEncoder().encode('%PDF-1.4 ???').buffer as ArrayBuffer,
    );
    expect(result).toEqual({
      ok: false,
      reason: 'pdfDamaged',
    });
  });

  it('gives a message for pasted text that is not a résumé', () => {
    const posting = `We are looking for a Customer Success Manager. You will onboard clients and you will
      report to the Head of Support. Requirements: 3+ years in SaaS customer success, fluent Italian.
      What we offer: remote work, training budget. Apply now and join our team in Milan!`;
    expect(prefillFromText(posting, NOW)).toEqual({
      ok: false,
      reason: 'aPosting',
    });
  });
});
