import { selectorAdapter } from './define';

/**
 * Jobright.ai (an aggregator's page of one job): `jobright.ai/jobs/info/{24-hex id}`.
 * Reached by a scan only. The JSON-LD gives the posting; the header's icon chips (a pin, a clock,
 * a "remote" icon, each beside its value) give the hours and the work model.
 */
export const jobright = selectorAdapter({
  id: 'jobright',
  host: /^(?:www\.)?jobright\.ai$/,
  idFrom: /^\/jobs\/info\/([0-9a-f]{24})(?:[/?]|$)/,
  title: ['h1'],
  labels: ['img[alt="time"] + span', 'img[alt="remote"] + span'],
});
