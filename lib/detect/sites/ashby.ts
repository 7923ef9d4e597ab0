import { selectorAdapter, UUID } from './define';
import { labelled, segments } from './dom';

export const ashby = selectorAdapter({
  id: 'ashby',
  patterns: ['*://jobs.ashbyhq.com/*'],
  host: /^jobs\.ashbyhq\.com$/,
  jobId: (url) => {
    const [org, uuid] = segments(url);
    return org && uuid && UUID.test(uuid) ? `${org.toLowerCase()}:${uuid.toLowerCase()}` : null;
  },
  canonical: (_url, id) => `https://jobs.ashbyhq.com/${id.replace(':', '/')}`,
  title: ['.ashby-job-posting-heading', 'h1[class*="_title"]', 'main h1'],
  description: ['.ashby-job-posting-description', '[class*="_descriptionText"]'],
  companyFallback: (doc, url) => doc.title.split(' @ ')[1]?.trim() || segments(url)[0] || null,
  location: ['.ashby-job-posting-location'],
  // The left pane lists "Location", "Employment Type"... as heading + value pairs.
  // Its values ("Full time", "Hybrid") are the site's labels.
  labels: ['.ashby-job-posting-left-pane h2 + p'],
  locationFallback: (doc) =>
    labelled(doc, '.ashby-job-posting-left-pane h2', /^(location|standort|lieu|ubicación)$/i),
});
