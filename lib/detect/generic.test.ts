import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { capture, fixture, page } from './test-helpers';

describe('generic fallback for career pages without structured data', () => {
  it('captures a French company posting', () => {
    const c = capture(
      'generic-careers-fr.html',
      'https://www.laiteriedubocage.fr/carrieres/technicien-maintenance-industrielle?utm_campaign=hellowork',
    );
    expect(c).toMatchObject({
      site: 'generic',
      detectedBy: 'generic',
      title: 'Technicien de maintenance industrielle (H/F)',
      company: 'Laiterie du Bocage',
      jobKey: 'url:https://www.laiteriedubocage.fr/carrieres/technicien-maintenance-industrielle',
    });
    expect(c?.text).toContain('Profil recherché\n\n• BTS Maintenance des systèmes ou équivalent');
    // Site navigation and footer are not part of the posting.
    expect(c?.text).not.toContain('Mentions légales');
    expect(c?.text).not.toContain('Nos produits');
  });

  it('captures a German posting whose title carries (m/w/d)', () => {
    const c = capture(
      'generic-careers-de.html',
      'https://nordlicht-versicherung.de/karriere/softwareentwickler-java',
    );
    expect(c).toMatchObject({ title: 'Softwareentwickler Java (m/w/d)', detectedBy: 'generic' });
    expect(c?.text).toContain('• Mindestens drei Jahre Erfahrung mit Java und Spring');
    expect(c?.text).not.toContain('Impressum');
  });

  it.each([
    ['blog-post.html', 'https://hirewise.io/blog/senior-software-engineer-job-description'],
    ['homepage.html', 'https://www.greenfieldsolar.com/'],
    ['careers-index.html', 'https://tallgrass.software/careers'],
  ])('does not capture %s', (name, url) => {
    expect(detect(fixture(name), url)).toBeNull();
  });

  it('does not capture a search result list even when its headline reads like a job title', () => {
    const html = readFileSync(join(__dirname, 'fixtures', 'careers-index.html'), 'utf8').replace(
      '<h1>Open positions</h1>',
      '<h1>Product Manager</h1>',
    );
    expect(detect(page(html), 'https://tallgrass.software/search?q=product')).toBeNull();
  });

  it('needs an apply control: the same posting without one is not captured', () => {
    const html = readFileSync(
      join(__dirname, 'fixtures', 'generic-careers-fr.html'),
      'utf8',
    ).replace(/<a class="bouton"[^>]{0,200}>[^<]{0,80}<\/a>/, '');
    expect(detect(page(html), 'https://www.laiteriedubocage.fr/carrieres/technicien')).toBeNull();
  });
});
