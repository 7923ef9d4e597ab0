import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ResumeFileError, readResumeFile } from './read-file';
import type { PrefillProblem } from './steps';

/** A one-page PDF whose lines are drawn as text (Latin-1), with a correct cross-reference table. */
function pdfWithLines(lines: string[]): ArrayBuffer {
  const pdfString = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = [
    'BT /F1 12 Tf 14 TL 72 720 Td',
    ...lines.map((l, i) => `${i ? 'T* ' : ''}(${pdfString(l)}) Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1 bytes, as WinAnsiEncoding reads them; every character here is below 256.
  return Uint8Array.from(body, (c) => c.charCodeAt(0)).buffer;
}

/** A minimal Word document: one paragraph per line. */
async function docxWithLines(lines: string[]): Promise<ArrayBuffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const paragraphs = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'arraybuffer' });
}

const LINES = [
  'Ana García',
  'Experiencia',
  'Analista de datos (2019 - 2023)',
  'Idiomas: español nativo',
];

describe('readResumeFile', () => {
  it('reads the text of a PDF, one line per line', async () => {
    const text = await readResumeFile('cv.pdf', pdfWithLines(LINES));
    expect(
      text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ).toEqual(LINES);
  });

  it('reads the text of a DOCX', async () => {
    const text = await readResumeFile('cv.docx', await docxWithLines(LINES));
    expect(text.split('\n').filter(Boolean)).toEqual(LINES);
  });

  it('reads plain UTF-8 text', async () => {
    const data = new TextEncoder().encode('Zoë Müller\nBerufserfahrung').buffer as ArrayBuffer;
    expect(await readResumeFile('cv.txt', data)).toBe('Zoë Müller\nBerufserfahrung');
  });

  it('goes by the content, not the name', async () => {
    const text = await readResumeFile('resume.docx', pdfWithLines(['Only a PDF']));
    expect(text.trim()).toBe('Only a PDF');
  });

  const bytes = (...b: number[]) => new Uint8Array(b).buffer;
  it.each<[string, string, () => ArrayBuffer | Promise<ArrayBuffer>, PrefillProblem]>([
    ['an empty file', 'cv.pdf', () => new ArrayBuffer(0), 'empty'],
    [
      'a damaged PDF',
      'cv.pdf',
      () => Uint8Array.from('%PDF-1.7\n garbage', (c) => c.charCodeAt(0)).buffer,
      'pdfDamaged',
    ],
    [
      'a zip that is not a document',
      'cv.docx',
      () => {
        const zip = new JSZip();
        zip.file('photo.txt', 'not a document');
        return zip.generateAsync({ type: 'arraybuffer' });
      },
      'docxDamaged',
    ],
    ['an old .doc file', 'cv.doc', () => bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1), 'oldWord'],
    ['an image', 'cv.png', () => bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'unknownType'],
    ['text that is not UTF-8', 'cv.txt', () => bytes(0x66, 0xff, 0xfe, 0x41), 'notUtf8'],
  ])('rejects %s, saying why', async (_, name, make, message) => {
    const error = await readResumeFile(name, await make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResumeFileError);
    expect((error as ResumeFileError).code).toBe(message);
  });
});
