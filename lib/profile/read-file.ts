/**
 * A résumé file (PDF, DOCX or plain text) to its text, entirely locally. The parsers load on first
 * use so they never weigh on pages that do not open a file. In the extension, pass the URL of the
 * bundled pdf.js worker (`pdfWorkerSrc`); without one (tests, Node) pdf.js parses in-thread.
 */

import type { PrefillProblem } from './steps';

/** A file that gives no text, with the problem's code (its words are in the catalogue). */
export class ResumeFileError extends Error {
  override name = 'ResumeFileError';
  constructor(readonly code: PrefillProblem) {
    super(code);
  }
}

export const MAX_RESUME_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  /** URL of pdf.js's worker as bundled with the extension: never a remote URL. */
  pdfWorkerSrc?: string;
}

type Kind = 'pdf' | 'docx' | 'doc' | 'text' | 'unknown';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** By the file's first bytes, which a renamed file cannot fake; the name only decides plain text. */
function kindOf(name: string, bytes: Uint8Array): Kind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx'; // a zip
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc'; // legacy Office
  if (/\.(?:txt|md|text)$/i.test(name)) return 'text';
  return 'unknown';
}

interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

async function readPdf(data: Uint8Array, options: ReadOptions): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  if (options.pdfWorkerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.pdfWorkerSrc;
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let text = '';
      let lastY: number | null = null;
      for (const item of content.items) {
        if (!isTextItem(item)) continue;
        const y = item.transform[5] ?? 0;
        // A new baseline is a new line even when pdf.js does not mark the end of the last one.
        if (lastY !== null && Math.abs(y - lastY) > 1 && !text.endsWith('\n')) text += '\n';
        text += item.str + (item.hasEOL ? '\n' : '');
        lastY = y;
      }
      pages.push(text);
    }
    return pages.join('\n');
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new ResumeFileError('pdfPassword');
    }
    throw new ResumeFileError('pdfDamaged');
  } finally {
    await task.destroy();
  }
}

async function readDocx(data: ArrayBuffer): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both unzip these bytes.
    const input = { arrayBuffer: data, buffer: data };
    const result = await mammoth.extractRawText(input);
    return result.value;
  } catch {
    throw new ResumeFileError('docxDamaged');
  }
}

function readText(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new ResumeFileError('notUtf8');
  }
}

/** The text of a résumé file; throws ResumeFileError with the problem's code. */
export async function readResumeFile(
  name: string,
  data: ArrayBuffer,
  options: ReadOptions = {},
): Promise<string> {
  if (data.byteLength === 0) throw new ResumeFileError('empty');
  if (data.byteLength > MAX_RESUME_BYTES) {
    throw new ResumeFileError('tooLarge');
  }
  const bytes = new Uint8Array(data);
  switch (kindOf(name, bytes)) {
    case 'pdf':
      // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
      return readPdf(bytes.slice(), options);
    case 'docx':
      return readDocx(data);
    case 'text':
      return readText(bytes);
    case 'doc':
      throw new ResumeFileError('oldWord');
    case 'unknown':
      throw new ResumeFileError('unknownType');
  }
}
