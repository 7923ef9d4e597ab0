// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { getPosting, listPostings, postingHistory, recordCapture, setStatus } from './db';
import { analyst, analystExtraction } from './db/fixtures/captures';
import { addManualJob } from './manual';
import { freshDb } from './testing/db';

const T0 = Date.UTC(2026, 5, 1, 8, 0);

/** A posting as a user would paste it from an e-mail or a PDF (written for this test). */
const pasted = `Wir suchen eine Pflegefachkraft (m/w/d) für unsere Station in Freiburg.

Ihr Profil
- Abgeschlossene Ausbildung als Pflegefachkraft
- Mindestens 2 Jahre Berufserfahrung in der Altenpflege
- Sehr gute Deutschkenntnisse

Wir bieten ein Gehalt von 3.400 € bis 3.900 € brutto im Monat.`;

beforeEach(async () => {
  await freshDb();
});

describe('addManualJob', () => {
  it('reads the pasted text with the engine and puts the job on the tracker', async () => {
    const { jobKey, created } = await addManualJob(
      {
        title: 'Pflegefachkraft',
        company: 'Haus am Rosengarten',
        location: 'Freiburg',
        url: '',
        text: pasted,
      },
      T0,
    );
    expect(created).toBe(true);
    expect(jobKey).toMatch(/^manual:/);
    const posting = await getPosting(jobKey);
    expect(posting).toMatchObject({
      status: 'saved',
      savedAt: T0,
      detectedBy: 'manual',
      title: 'Pflegefachkraft',
      company: 'Haus am Rosengarten',
      location: 'Freiburg',
      text: pasted,
      edited: ['title', 'company', 'location'],
    });
    const kinds = posting?.extraction.requirements.map((r) => r.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['experience', 'language']));
    expect(posting?.extraction.posting.salary).toMatchObject({ currency: 'EUR', period: 'month' });
    expect((await postingHistory(jobKey)).map((e) => [e.from, e.to])).toEqual([['seen', 'saved']]);
  });

  it('takes a title alone, and refuses an entry without a title or with a bad address', async () => {
    const { jobKey } = await addManualJob({ title: 'Barista' }, T0);
    expect(await getPosting(jobKey)).toMatchObject({ title: 'Barista', text: '', url: '' });
    await expect(addManualJob({ title: '  ' }, T0)).rejects.toThrow(/title/);
    await expect(
      addManualJob({ title: 'Barista', url: 'javascript:alert(1)' }, T0),
    ).rejects.toThrow();
    expect(await listPostings()).toHaveLength(1);
  });

  it('files a job with a known site address under the key its page capture uses', async () => {
    const url = 'https://boards.greenhouse.io/northwind/jobs/4471023?gh_src=mail';
    const added = await addManualJob({ title: 'Data Analyst', url }, T0);
    expect(added.jobKey).toBe(analyst.jobKey);
    // Visiting the page later completes the same record and keeps the typed title.
    await recordCapture(analyst, analystExtraction, T0 + 1000);
    const rows = await listPostings();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'Data Analyst', company: 'Northwind Logistics' });
    expect(rows[0]?.status).toBe('saved');
  });

  it('completes a posting already seen instead of making a second one', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    await setStatus(analyst.jobKey, 'applied', T0 + 1);
    const { jobKey, created } = await addManualJob(
      { title: 'Senior Data Analyst', company: 'Northwind', url: analyst.url },
      T0 + 2,
    );
    expect({ jobKey, created }).toEqual({ jobKey: analyst.jobKey, created: false });
    const posting = await getPosting(jobKey);
    // No text pasted: the page's text and reading stay; the status is the user's.
    expect(posting).toMatchObject({ status: 'applied', company: 'Northwind', text: analyst.text });
    expect(posting?.extraction.requirements).toHaveLength(analystExtraction.requirements.length);
    expect(posting?.extraction.posting.company).toBe('Northwind');
  });

  it('files an unknown site by its canonical address, without tracking parameters', async () => {
    const url = 'https://careers.example-bakery.fr/offres/boulanger-42?utm_source=mail';
    const first = await addManualJob({ title: 'Boulanger', url }, T0);
    const again = await addManualJob({ title: 'Boulanger (H/F)', url: url.split('?')[0] }, T0 + 1);
    expect(again).toEqual({ jobKey: first.jobKey, created: false });
    expect(first.jobKey).toMatch(
      /^url:https:\/\/careers\.example-bakery\.fr\/offres\/boulanger-42/,
    );
  });
});
