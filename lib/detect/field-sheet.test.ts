import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { page } from './test-helpers';

/** A two-column field table as older applicant-tracking systems print one job. Our own text. */
function tableSheet(rows: [string, string][], head: string, wrap = (t: string) => t): Document {
  const tr = rows
    .map(
      ([label, value]) =>
        `<tr><td valign="top"><span class="lbl"><label>${label}</label></span></td>` +
        `<td><span class="val">${value}</span></td></tr>`,
    )
    .join('');
  return page(`<html><head><title>${head}</title></head><body>
    <div class="crumbs"><a href="/home">Home</a> &gt; <a href="/search">Search</a> &gt; Job details</div>
    ${wrap(`<table>${tr}</table>`)}
    <a href="/apply?id=1">Apply to this job</a></body></html>`);
}

const DUTIES =
  'You will greet every visitor at the front desk, sort the daily deliveries, keep the lobby tidy ' +
  'and answer the questions residents bring you during the evening shift. We train you on the ' +
  'building systems in your first two weeks and pair you with an experienced colleague. ';

const url = 'https://ats.example.net/jobs/cim_jobdetail.asp?jobid=4411';

describe('the field sheet of one job on an older applicant-tracking system', () => {
  it('takes the title, place and employer from the labelled rows and the document title', () => {
    const doc = tableSheet(
      [
        ['Job Title', 'Night Receptionist'],
        ['Job Description', DUTIES.repeat(2)],
        ['Location: City', 'Dayton'],
        ['Location: State', 'Ohio'],
        ['Auto req ID', '5120BR'],
      ],
      'Maple Residences - Job details',
      // Such pages often sit inside an unclosed named anchor and a form.
      (t) => `<a name="top"><form method="post">${t}</form>`,
    );
    expect(detect(doc, url)).toMatchObject({
      title: 'Night Receptionist',
      company: 'Maple Residences',
      location: 'Dayton, Ohio',
    });
    expect(detect(doc, url)?.text).toContain('front desk');
  });

  it('reads a German sheet, its employer named by a company row', () => {
    const doc = tableSheet(
      [
        ['Stellenbezeichnung', 'Lagerlogistiker (m/w/d)'],
        ['Referenznummer', 'LG-2291'],
        ['Unternehmen', 'Nordlicht Handel GmbH'],
        ['Arbeitsort', 'Bremen'],
        [
          'Beschreibung',
          'Sie nehmen Waren an, prüfen Lieferscheine und lagern die Ware ein. '.repeat(8),
        ],
      ],
      'Stellenangebote',
    );
    expect(detect(doc, url)).toMatchObject({
      title: 'Lagerlogistiker (m/w/d)',
      company: 'Nordlicht Handel GmbH',
      location: 'Bremen',
    });
  });

  it('reads a definition list whose title is styled as the job title', () => {
    const doc = page(`<html><head><title>Careers / Harbor Systems</title></head><body><form>
      <p class="dspJobTitle">Network Support Technician</p>
      <dl><dt>Tracking Code</dt><dd>2024-118</dd>
      <dt>Job Description</dt><dd><p>${DUTIES.repeat(2)}</p></dd>
      <dt>Job Location</dt><dd>Tulsa, OK</dd></dl>
      <a href="/apply">Apply</a></form></body></html>`);
    expect(detect(doc, url)).toMatchObject({
      title: 'Network Support Technician',
      company: 'Harbor Systems',
      location: 'Tulsa, OK',
    });
  });

  it('is no posting without an identifier row, nor when the titles are links of a results table', () => {
    const noId = tableSheet(
      [
        ['Job Title', 'Night Receptionist'],
        ['Job Description', DUTIES.repeat(2)],
      ],
      'Maple Residences - Job details',
    );
    expect(detect(noId, url)).toBeNull();
    const rows = Array.from(
      { length: 14 },
      (_, i) =>
        `<tr><td><a href="/job?id=${i}">Warehouse Associate ${i}</a></td><td>Req ${900 + i}</td></tr>`,
    ).join('');
    const list = page(`<html><head><title>Search results</title></head><body><table>
      <tr><td>Job Title</td><td>Job ID</td></tr>${rows}</table>
      <p>${DUTIES.repeat(2)}</p></body></html>`);
    expect(detect(list, url)).toBeNull();
  });

  it('takes an unlabelled title from the block just above the fields', () => {
    // The title in a styled block, then a table whose cells start with their label.
    const doc = page(`<html><head><title>Job Posting Details</title></head><body><form>
      <div class="hdr">Applications Support Analyst</div><div style="height:8px"></div>
      <table><tr><td class="lbl"> Job ID <font>70211</font></td>
      <td class="lbl"> Location <font><span>Wilkesboro, North Carolina</span></font></td></tr>
      <tr><td class="lbl"> Position Type <font>Regular Full-Time</font></td></tr></table>
      <p>${DUTIES.repeat(2)}</p><a href="/apply">Apply online</a></form></body></html>`);
    expect(detect(doc, url)).toMatchObject({
      title: 'Applications Support Analyst',
      location: 'Wilkesboro, North Carolina',
    });
    // The title row of the same table, above its field rows, in Spanish.
    const es = page(`<html><head><title>Empleos</title></head><body><table>
      <tr><td colspan="2"><b>Auxiliar de almacén</b></td></tr>
      <tr><td>Ubicación:</td><td><b>Zaragoza</b></td></tr>
      <tr><td>Job Code:</td><td>118</td></tr>
      <tr><td colspan="2">${'Recibirás la mercancía, revisarás los albaranes y prepararás los pedidos. '.repeat(7)}</td></tr>
      </table></body></html>`);
    expect(detect(es, url)).toMatchObject({ title: 'Auxiliar de almacén', location: 'Zaragoza' });
  });

  it('reads no title from a field line or a page name above the fields', () => {
    const doc = page(`<html><head><title>Careers</title></head><body>
      <div>Job details</div>
      <table><tr><td>Req ID</td><td>5521</td></tr><tr><td>Category</td><td>Retail</td></tr></table>
      <p>${DUTIES.repeat(2)}</p></body></html>`);
    expect(detect(doc, url)).toBeNull();
  });
});
