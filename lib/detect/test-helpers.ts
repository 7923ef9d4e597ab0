import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { PageCapture } from '../schema/capture';
import { detect } from './index';

/** A fixture page as a Document, parsed the way the CLI does it (linkedom). */
export function fixture(name: string): Document {
  return page(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
}

export function page(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** detect() on a fixture, checked against the wire schema the background enforces. */
export function capture(name: string, url: string): PageCapture | null {
  const result = detect(fixture(name), url);
  return result && PageCapture.parse(result);
}
