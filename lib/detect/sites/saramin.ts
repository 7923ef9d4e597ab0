import { selectorAdapter } from './define';

/**
 * "[(주)지투이] (주)지투이 2026년 상반기 IT개발자 신입 채용(D-27) - 사람인": Saramin's document title
 * holds the employer in brackets, the notice's title, the days left and the site's name.
 */
const HEAD = /^\[([^\]]{1,80})\]\s*(.{2,200}?)\s*(?:\(D-\d{1,3}\))?\s*-\s*사람인\s*$/;

/**
 * Saramin (saramin.co.kr): `/zf_user/jobs/relay/view?rec_idx=53293016`, the notice's id in the
 * query. The served HTML is a shell whose body loads later: the head names the notice and its
 * employer, and its description (company, title, experience, education, deadline) stands in for
 * the text until the body is there. Reached by a scan only.
 */
export const saramin = selectorAdapter({
  id: 'saramin',
  host: /(^|\.)saramin\.co\.kr$/,
  idFrom: /[?&]rec_idx=(\d{4,12})(?:&|$)/,
  keepParams: ['rec_idx'],
  title: ['title'],
  cleanTitle: (t) => HEAD.exec(t.trim())?.[2] ?? t,
  // The bracketed employer; the site's own name (og:site_name) is no employer.
  company: ['title'],
  cleanCompany: (t) => HEAD.exec(t.trim())?.[1] ?? '',
});
