import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { page } from './test-helpers';

/** An ATS application page: the job's header (chips and title), then the form. Our own markup. */
function applicationPage(opts: {
  chips?: string;
  title: string;
  upload?: boolean;
  dialog?: boolean;
}): Document {
  const chips = opts.chips === undefined ? '' : `<div class="chips">${opts.chips}</div>`;
  const upload = opts.upload === false ? '' : '<label>CV<input type="file" name="cv"></label>';
  // A closed modal with the privacy policy, as hosted career sites ship on every page.
  const dialog = opts.dialog
    ? `<dialog aria-modal="true"><h1>Privacy notice of Nordwerk AG</h1><h3>Your profile data</h3>
        <p>${'We keep the data you send us for twelve months and delete it on request. '.repeat(8)}</p>
        <h3>What rights do you have?</h3><p>You may ask for a copy of your data at any time.</p></dialog>`
    : '';
  return page(`<html><head><title>${opts.title} - Nordwerk AG</title></head><body>
    <section class="cover"><div class="inner">${chips}<h1>${opts.title}</h1></div></section>
    <main><form action="#"><h2>Personal information</h2>
      <label>First name<input name="first"></label><label>Email<input name="email"></label>
      ${upload}<button type="submit">Send application</button></form></main>${dialog}</body></html>`);
}
const url = 'https://careers.nordwerk.example/jobs/5521-data-engineer/applications/new';

describe('an application page that shows the job header above its form', () => {
  it('is the posting of that job, with the place before the work model chip', () => {
    const c = detect(
      applicationPage({
        chips:
          '<span>Data</span> <span>·</span> <span>Winterthur</span> <span>·</span> <span>Hybrid</span>',
        title: 'Data Engineer (f/m/d)',
      }),
      url,
    );
    expect(c).toMatchObject({
      title: 'Data Engineer (f/m/d)',
      location: 'Winterthur',
      company: 'Nordwerk AG',
    });
    expect(c?.text).toContain('Hybrid');
  });

  it('reads French and Spanish work-model chips too', () => {
    const fr = applicationPage({
      chips: 'Informatique · Lausanne · Hybride',
      title: 'Développeur logiciel (H/F)',
    });
    expect(detect(fr, url)?.location).toBe('Lausanne');
    const es = applicationPage({
      chips: 'Ventas · Sevilla · Presencial',
      title: 'Desarrollador backend',
    });
    expect(detect(es, url)?.location).toBe('Sevilla');
  });

  it('reads no place from a team and a work model alone', () => {
    const doc = applicationPage({ chips: 'Engineering · Remote', title: 'Data Engineer' });
    expect(detect(doc, url)).toMatchObject({ title: 'Data Engineer', location: null });
  });

  it('is not a posting without the chip line, or without a CV upload', () => {
    expect(detect(applicationPage({ title: 'Data Engineer' }), url)).toBeNull();
    const noUpload = applicationPage({
      chips: 'Winterthur · Hybrid',
      title: 'Data Engineer',
      upload: false,
    });
    expect(detect(noUpload, url)).toBeNull();
  });

  it('is not a posting when the chip line names no work model (a department and a date)', () => {
    const doc = applicationPage({ chips: 'Data · 14 March', title: 'Data Engineer' });
    expect(detect(doc, url)).toBeNull();
  });

  it('leaves a closed privacy dialog out: its headings and text are not the posting', () => {
    const doc = applicationPage({
      chips: 'Data · Winterthur · Hybrid',
      title: 'Data Engineer',
      dialog: true,
    });
    const c = detect(doc, url);
    expect(c).toMatchObject({ title: 'Data Engineer', location: 'Winterthur' });
    expect(c?.text).not.toContain('Privacy');
    expect(c?.text).not.toContain('twelve months');
    // Without the job's chips, the dialog's "rights" and "profile" headings make no posting.
    expect(detect(applicationPage({ title: 'Data Engineer', dialog: true }), url)).toBeNull();
  });

  it('still reads a posting a board shows in an open modal', () => {
    const doc = page(`<html><head><title>Jobs at Nordwerk</title></head><body><h2>Open roles</h2>
      <div role="dialog" aria-modal="true" aria-label="Job details"><h1>Data Engineer</h1>
      <p>${'You will build the pipelines that feed our planning tools and keep them running. '.repeat(5)}</p>
      <h3>Requirements</h3><ul><li>Three years with SQL</li><li>Python</li></ul>
      <a href="/jobs/5521/apply">Apply</a></div></body></html>`);
    expect(detect(doc, 'https://careers.nordwerk.example/jobs/5521')?.title).toBe('Data Engineer');
  });
});
