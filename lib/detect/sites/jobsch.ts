import { selectorAdapter } from './define';

/**
 * jobs.ch: `/{lang}/vacancies/detail/{id}/`.
 * Reached by a scan only. Its markup names each part with `data-cy`; the "Key information" list
 * (workload, contract type, place of work) goes into the text, where the engine reads its labels.
 * The one list item without a `data-cy` is the place of work.
 */
export const jobsch = selectorAdapter({
  id: 'jobsch',
  host: /(^|\.)jobs\.ch$/,
  idFrom: /\/vacancies\/detail\/([\w-]{4,40})(?:[/?]|$)/,
  title: ['h1[data-cy="vacancy-title"]'],
  company: ['[data-cy="vacancy-company"] [data-cy="company-link"]', '[data-cy="company-link"]'],
  location: ['[data-cy="vacancy-info"] li:not([data-cy]) span + span'],
  description: [
    '[data-cy="vacancy-info"], [data-cy="vacancy-lead"], [data-cy="vacancy-description"]',
  ],
  descriptionAll: true,
  exclude: ['[data-cy="info-block"]', '[data-cy="info-salary_estimate"]'],
});
