import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFromHtml } from './html';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '..', 'lib', 'detect', 'fixtures', name), 'utf8');

describe('captureFromHtml', () => {
  it('detects a saved posting with its real URL', () => {
    const c = captureFromHtml(
      fixture('greenhouse-classic.html'),
      'https://boards.greenhouse.io/quillstone/jobs/4012345',
    );
    expect(c).toMatchObject({ jobKey: 'greenhouse:quillstone:4012345', detectedBy: 'adapter' });
  });

  it('uses the page canonical link for a file: URL, so site adapters still apply', () => {
    const c = captureFromHtml(fixture('linkedin-guest.html'), 'file:///home/ana/saved/job.html');
    expect(c).toMatchObject({
      site: 'linkedin',
      jobKey: 'linkedin:4012398765',
      title: 'Engenheiro de Dados Sênior',
    });
  });

  it('falls back to a reserved host when the file names no URL', () => {
    const c = captureFromHtml(fixture('jsonld-array.html'), 'file:///tmp/oferta%20enfermera.html');
    expect(c).toMatchObject({
      url: 'https://file.invalid/tmp/oferta%20enfermera.html',
      detectedBy: 'jsonld',
      title: 'Enfermero/a de quirófano',
    });
  });

  it('returns null for a page that is not a posting', () => {
    expect(captureFromHtml(fixture('homepage.html'), 'file:///tmp/home.html')).toBeNull();
  });
});
