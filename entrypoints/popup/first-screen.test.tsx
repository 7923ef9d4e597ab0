// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractionOf, postingFacts } from '@/lib/testing/extraction';
import { App } from './App';
import { paintFirstScreen } from './first-screen';
import { usePopupStore } from './store';
import type { CurrentTab } from './useCurrentTab';

const text = [
  'Pflegefachkraft (m/w/d) Intensivstation',
  'Abgeschlossene Ausbildung zur Pflegefachkraft.',
  'Mindestens 2 Jahre Berufserfahrung in der Intensivpflege.',
  'Bereitschaft zu Nacht- und Wochenenddiensten.',
  'Erfahrung mit <img src=x onerror="alert(1)"> Meona ist von Vorteil.',
].join('\n');

const preview = extractionOf(
  text,
  {
    title: 'Pflegefachkraft (m/w/d) Intensivstation',
    company: 'Klinikum Lindenhof',
    locations: ['Bremen'],
    workplace: 'onsite',
    employmentType: 'full_time',
    salary: { min: 3900, max: 4600, currency: 'EUR', period: 'month' },
    lang: 'de',
  },
  [
    {
      kind: 'education',
      level: 'vocational',
      field: 'Pflege',
      equivalentAccepted: false,
      required: true,
      quote: 'Abgeschlossene Ausbildung zur Pflegefachkraft.',
    },
    {
      kind: 'experience',
      minYears: 2,
      maxYears: null,
      field: 'Intensivpflege',
      required: true,
      quote: 'Mindestens 2 Jahre Berufserfahrung in der Intensivpflege.',
    },
    {
      kind: 'schedule',
      schedule: 'night',
      required: true,
      quote: 'Bereitschaft zu Nacht- und Wochenenddiensten.',
    },
    {
      kind: 'skill',
      name: 'Meona',
      required: false,
      quote: 'Erfahrung mit <img src=x onerror="alert(1)"> Meona ist von Vorteil.',
    },
  ],
);

const page = { id: 12, url: 'https://karriere.klinikum-lindenhof.de/stellen/4711' };

/** The generated ids differ (React's useId): compare what they link, not their spelling. */
const normalise = (html: string) =>
  html.replace(/(id|aria-controls)="(?!scan-title)[^"]*"/g, '$1="…"');

function both(current: CurrentTab) {
  const painted = document.createElement('div');
  paintFirstScreen(painted, current);
  const { container } = render(<App initial={current} />);
  return { painted, react: container };
}

beforeEach(() => {
  usePopupStore.setState({
    openSections: { requirements: true, recent: true },
    scan: { phase: 'idle' },
  });
});
afterEach(cleanup);

describe('the first screen painted before React', () => {
  it.each<[string, CurrentTab, () => void]>([
    ['a posting with facts and both groups', { tab: page, jobKey: 'x:1', preview }, () => {}],
    [
      'a posting with its requirements folded away',
      { tab: page, jobKey: 'x:1', preview },
      () => usePopupStore.setState({ openSections: { requirements: false, recent: true } }),
    ],
    [
      'a posting with no requirements and no facts',
      {
        tab: page,
        jobKey: 'x:1',
        preview: { posting: postingFacts({ lang: 'de' }), requirements: [] },
      },
      () => {},
    ],
    ['a page with no posting', { tab: page, jobKey: null, preview: null }, () => {}],
    [
      'a browser page',
      { tab: { id: 3, url: 'chrome://settings/' }, jobKey: null, preview: null },
      () => {},
    ],
    ['a posting kept without a preview', { tab: page, jobKey: 'x:1', preview: null }, () => {}],
  ])('is the markup React renders first: %s', (_, current, arrange) => {
    arrange();
    const { painted, react } = both(current);
    expect(normalise(painted.innerHTML)).toBe(normalise(react.innerHTML));
    expect(painted.querySelector('main.popup')).not.toBeNull();
  });

  it('shows page text as text', () => {
    const { painted } = both({ tab: page, jobKey: 'x:1', preview });
    expect(painted.querySelector('img')).toBeNull();
    expect(painted.textContent).toContain('<img src=x onerror="alert(1)"> Meona');
    expect(painted.querySelector('.posting-title')?.textContent).toBe(
      'Pflegefachkraft (m/w/d) Intensivstation',
    );
    expect(painted.textContent).toContain('Preferred (1)');
  });
});
