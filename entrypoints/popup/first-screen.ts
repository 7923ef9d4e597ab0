import { factRows, requirementGroups, UNTITLED } from '@/components/postingDisplay';
import { describeRequirement, KIND_LABELS } from '@/components/requirementLabel';
import type { Extraction } from '@/lib/schema/extraction';
import { usePopupStore } from './store';
import { canScan, openDashboard } from './tab';
import type { CurrentTab } from './useCurrentTab';

/**
 * The popup's first screen without React, which takes ~40 ms to load here: the tab's posting
 * from its preview (or the scan offer), in the very markup the React App renders first (a test
 * compares the two), so nothing moves when React takes the root over a moment later. Page text
 * goes in as text nodes only.
 */
export function paintFirstScreen(root: HTMLElement, current: CurrentTab): void {
  const dashboard = h('button', { type: 'button' }, 'Open dashboard');
  dashboard.addEventListener('click', () => void openDashboard());
  const body = current.preview
    ? postingPanel(current.preview)
    : current.jobKey
      ? h('p', { class: 'muted' }, 'Loading…')
      : scanPanel(current);
  root.replaceChildren(
    h(
      'main',
      { class: 'popup' },
      h('header', { class: 'popup-header' }, h('h1', {}, 'Reqlens'), dashboard),
      body,
    ),
  );
}

function postingPanel({ posting, requirements }: Extraction): HTMLElement {
  const open = usePopupStore.getState().openSections.requirements;
  const facts = factRows(posting).map(([term, value]) =>
    h('div', { class: 'fact' }, h('dt', {}, term), h('dd', {}, value)),
  );
  const groups = requirementGroups(requirements).map(({ title, rows }) =>
    h(
      'section',
      { 'aria-label': `${title} (${rows.length})` },
      h(
        'h3',
        { class: 'req-group-title' },
        title,
        ' ',
        h('span', { class: 'req-count' }, `(${rows.length})`),
      ),
      h(
        'ul',
        {},
        ...rows.map(({ requirement, alternatives }) =>
          h(
            'li',
            {},
            h(
              'div',
              { class: 'req-row' },
              h(
                'span',
                { class: 'req-head' },
                h(
                  'span',
                  { class: `req-kind req-kind-${requirement.kind}` },
                  KIND_LABELS[requirement.kind],
                ),
                h('span', { class: 'req-item' }, describeRequirement(requirement, alternatives)),
              ),
              h('q', { class: 'req-evidence' }, requirement.evidence.text),
            ),
          ),
        ),
      ),
    ),
  );
  const list =
    groups.length > 0
      ? h('div', { class: 'req-list' }, ...groups)
      : h('p', { class: 'req-empty' }, 'No requirements found in this posting.');
  const contentId = 'first-screen-requirements';
  return h(
    'article',
    { class: 'posting-panel', 'aria-busy': 'true' },
    h(
      'div',
      { class: 'posting-facts' },
      h('h2', { class: 'posting-title' }, posting.title ?? UNTITLED),
      h('dl', {}, ...facts),
    ),
    h('div', { class: 'save-controls save-pending' }),
    h(
      'section',
      { class: 'popup-section' },
      h(
        'h2',
        { class: 'section-heading' },
        h(
          'button',
          { type: 'button', 'aria-expanded': String(open), 'aria-controls': contentId },
          h('span', { 'aria-hidden': 'true', class: 'chevron' }, open ? '▾' : '▸'),
          `Requirements (${requirements.length})`,
        ),
      ),
      h(
        'div',
        { id: contentId, ...(open ? {} : { hidden: '' }) },
        h('p', { class: 'muted' }, 'Select a requirement to find its sentence on the page.'),
        list,
      ),
    ),
  );
}

function scanPanel({ tab }: CurrentTab): HTMLElement {
  const offer =
    tab !== null && canScan(tab)
      ? [
          h('p', {}, 'If this page shows a job, Reqlens can read it now.'),
          h('button', { type: 'button', class: 'primary' }, 'Scan this page'),
        ]
      : [h('p', {}, 'Reqlens cannot read this page. Open a job posting on a website to use it.')];
  return h(
    'section',
    { class: 'scan-panel', 'aria-labelledby': 'scan-title' },
    h('h2', { id: 'scan-title' }, 'No job posting detected'),
    ...offer,
    h('button', { type: 'button', class: 'link-button' }, 'Add a job by hand'),
    h('p', { role: 'status', class: 'scan-status' }),
  );
}

/** An element with attributes and children; strings become text nodes, never markup. */
function h(
  tag: string,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
