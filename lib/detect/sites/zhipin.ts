import { selectorAdapter } from './define';

/** BOSS直聘 (zhipin.com): `/job_detail/{id}.html`, server-rendered. */
export const zhipin = selectorAdapter({
  id: 'zhipin',
  patterns: ['*://www.zhipin.com/*'],
  host: /^www\.zhipin\.com$/,
  idFrom: /^\/job_detail\/([\w-]{6,60})\.html/,
  title: ['.info-primary h1'],
  company: ['a[ka="job-detail-company_custompage"]'],
  location: ['.info-primary .text-city'],
  description: ['.job-sec-text'],
});
