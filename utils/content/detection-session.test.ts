// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=data"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageCapture } from '@/lib/schema';

const sent: Array<{ type: string; data: unknown }> = [];
vi.mock('@/lib/messages', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    return type === 'capture' ? { stored: true, jobKey: (data as PageCapture).jobKey } : undefined;
  }),
  onMessage: vi.fn(() => () => undefined),
}));

const { startDetection } = await import('./detection-session');

/** The split view's detail pane showing one job (LinkedIn markup, built with DOM calls). */
function showPane(id: string, title: string, requirement: string): void {
  const pane = document.createElement('div');
  pane.className = 'jobs-search__job-details--container';
  pane.dataset.jobId = id;
  const titleBox = document.createElement('div');
  titleBox.className = 'job-details-jobs-unified-top-card__job-title';
  const h1 = document.createElement('h1');
  const link = document.createElement('a');
  link.href = `/jobs/view/${id}/`;
  link.textContent = title;
  h1.append(link);
  titleBox.append(h1);
  const details = document.createElement('div');
  details.id = 'job-details';
  const li = document.createElement('li');
  li.textContent = requirement;
  const ul = document.createElement('ul');
  ul.append(li);
  details.append(ul);
  pane.append(titleBox, details);
  document.body.replaceChildren(pane);
}

const captures = () =>
  sent.filter((m) => m.type === 'capture').map((m) => (m.data as PageCapture).jobKey);
const until = (check: () => boolean, ms = 4000) =>
  vi.waitFor(() => expect(check()).toBe(true), { timeout: ms, interval: 50 });

describe('detection session (SPA navigation)', () => {
  let ctx: ContentScriptContext | null = null;
  afterEach(() => {
    ctx?.notifyInvalidated();
    sent.length = 0;
  });

  it('captures the selected job, then the next one only once its pane has rendered', async () => {
    showPane('4100000001', 'Data Engineer', 'Three years of Python');
    ctx = new ContentScriptContext('job');
    const reply = await startDetection(ctx).detectNow();
    expect(reply).toEqual({ stored: true, jobKey: 'linkedin:4100000001' });

    // The user picks another card: the URL changes first, the pane still shows the old job.
    history.pushState(null, '', '/jobs/search/?currentJobId=4100000002&keywords=data');
    await until(() => sent.some((m) => m.type === 'cleared'));
    expect(captures()).toEqual(['linkedin:4100000001']);

    showPane('4100000002', 'Ingénieur Data (H/F)', 'Maîtrise de Spark');
    await until(() => captures().length === 2);
    const second = sent.filter((m) => m.type === 'capture')[1]?.data as PageCapture;
    expect(second).toMatchObject({ jobKey: 'linkedin:4100000002', title: 'Ingénieur Data (H/F)' });
    expect(second.text).toBe('• Maîtrise de Spark');
  });

  it('sends cleared when the page no longer shows a posting, and nothing more while idle', async () => {
    history.pushState(null, '', '/jobs/search/?currentJobId=4100000003');
    showPane('4100000003', 'Analytics Engineer', 'dbt and SQL');
    ctx = new ContentScriptContext('job');
    await startDetection(ctx).detectNow();
    history.pushState(null, '', '/jobs/search/?keywords=analytics');
    await until(() => sent.some((m) => m.type === 'cleared'));
    const count = sent.length;
    // Mutations on a page that names no job cause no further messages.
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 600));
    expect(sent.length).toBe(count);
  });
});

describe('detection session (service worker stopped mid-capture)', () => {
  let ctx: ContentScriptContext | null = null;
  afterEach(() => {
    ctx?.notifyInvalidated();
    sent.length = 0;
  });

  it('sends the capture again when the worker died before answering', async () => {
    const { sendMessage } = await import('@/lib/messages');
    // The first attempt reaches a worker that stops before it replies.
    vi.mocked(sendMessage).mockImplementationOnce(async (type: string, data: unknown) => {
      sent.push({ type, data });
      throw new Error('The message port closed before a response was received.');
    });
    history.pushState(null, '', '/jobs/search/?currentJobId=4100000009');
    showPane('4100000009', 'Analista de datos', 'Experiencia con SQL');
    ctx = new ContentScriptContext('job');
    const reply = await startDetection(ctx).detectNow();
    expect(reply).toEqual({ stored: true, jobKey: 'linkedin:4100000009' });
    expect(captures()).toEqual(['linkedin:4100000009', 'linkedin:4100000009']);
  });
});
