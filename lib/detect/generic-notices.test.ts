import { describe, expect, it } from 'vitest';
import { detect } from './index';
import { page } from './test-helpers';

/** A small organisation's own job page: a menu, a headline, a facts line, sections. Our own text. */
function orgPage(opts: { head: string; h1: string; facts: string; sections: [string, string][] }) {
  const body = opts.sections.map(([h, p]) => `<h3>${h}</h3><p>${p}</p>`).join('');
  return page(`<html><head><title>${opts.head}</title></head><body>
    <div class="navbar" role="navigation"><ul><li><a href="index.html">Home</a></li>
    <li><a href="https://example.org/team">Team</a></li><li><a href="https://example.org/code">Code</a></li></ul></div>
    <div id="header"><h1>${opts.h1}</h1></div><p>${opts.facts}</p>${body}
    <p>Send your application to <a href="mailto:lab@example.org">lab@example.org</a>.</p></body></html>`);
}

const TASKS =
  'You will run the weekly assays, keep the sample register up to date and order supplies for the ' +
  'bench. You will also report results to the partner sites every Friday and train new students. ';

describe('a job page an organisation writes itself', () => {
  it('drops the field label before the headline and leaves the menu out of the text', () => {
    const doc = orgPage({
      head: 'Position: Lab Technician',
      h1: 'Position: Lab Technician',
      facts: '<strong>Location</strong>: Halifax, NS<br><strong>Posted</strong>: 3 March',
      sections: [
        ['Job Description', TASKS.repeat(2)],
        ['Required skills', 'Careful bench work and clear written English.'],
      ],
    });
    const c = detect(doc, 'https://oceanlab.example.org/jobs/technician.html');
    expect(c?.title).toBe('Lab Technician');
    expect(c?.text).not.toMatch(/^Home/);
    expect(c?.text).toContain('Halifax, NS');
  });

  it('reads a French headline after "Poste :" too', () => {
    const doc = orgPage({
      head: 'Laboratoire Marin',
      h1: 'Poste : Chargé de projet analyses',
      facts: 'Lieu : Brest',
      sections: [
        [
          'Missions',
          'Vous préparez les analyses et tenez le registre des échantillons. '.repeat(5),
        ],
        ['Profil', 'Rigueur et goût du travail en équipe.'],
      ],
    });
    expect(detect(doc, 'https://labo.example.fr/poste.html')?.title).toBe(
      'Chargé de projet analyses',
    );
  });

  it('reads a Korean notice, without its closing "모집 공고"', () => {
    const doc = orgPage({
      head: '연구실 - 채용',
      h1: '데이터 정리 보조 아르바이트 모집 공고',
      facts: '공과대학 연구실에서 학부생 보조를 모집합니다.',
      sections: [
        [
          '📍 업무 내용',
          '실험 데이터를 정리하고 장비 사용 기록을 관리합니다. 주간 보고서 작성을 돕습니다. '.repeat(
            10,
          ),
        ],
        ['📍 우대 사항', '엑셀 사용이 능숙한 학생을 우대합니다.'],
      ],
    });
    expect(detect(doc, 'https://lab.example.ac.kr/notice.html')?.title).toBe(
      '데이터 정리 보조 아르바이트',
    );
  });

  it('names no employer from the brand of a free host', () => {
    const doc = orgPage({
      head: 'Position: Field Assistant',
      h1: 'Position: Field Assistant',
      facts: 'Location: Banff, AB',
      sections: [
        ['Job Description', TASKS.repeat(2)],
        ['Qualifications', 'A driving licence and first-aid training.'],
      ],
    });
    const c = detect(doc, 'https://alpine-lab.github.io/field-assistant.html');
    expect(c?.title).toBe('Field Assistant');
    expect(c?.company).toBeNull();
  });
});

/** An older corporate careers page: a mega-menu of h1s, one job in plain text. Our own text. */
function corporatePage(headline: string, head: string, body: string): Document {
  const menu = ['Who We Are', 'Benefits', 'Students']
    .map((h) => `<li><div class="flyout"><h1>${h}</h1><a href="/x">More</a></div></li>`)
    .join('');
  return page(`<html><head><title>${head}</title></head><body>
    <div id="menu"><ul class="main_menu">${menu}</ul></div>
    <table><tr><th>Name</th><th>Location</th><th>Date</th></tr></table>
    <div class="content"><div class="title"><h1>${headline}</h1></div>
    <p>${headline} | Other | Rosario, S, ARGENTINA</p><a href="/apply/88">Apply Now</a>
    <div class="desc">${body}</div></div></body></html>`);
}

const PLAIN =
  'Plans the test cycles of the billing platform and reports defects to the product owners. ' +
  'Reviews the release notes with the developers and keeps the regression suite current. ';

describe('an older corporate careers page with no section headings', () => {
  it('reads the one headline outside the menu, its place line and the title pattern of the head', () => {
    const doc = corporatePage(
      'OPS ANL-Billing Test',
      'Other - OPS ANL-Billing Test jobs in Rosario at Northwind Telecom',
      `${PLAIN.repeat(3)}<br> Qualifications: Three years of test planning and fluent Spanish.`,
    );
    expect(detect(doc, 'https://careers.northwind.example/jobs/88')).toMatchObject({
      title: 'OPS ANL-Billing Test',
      company: 'Northwind Telecom',
      location: 'Rosario, S, ARGENTINA',
    });
  });

  it('takes no page whose headline is the portal name, nor one with no requirements line', () => {
    const portal = corporatePage(
      'Career Opportunities',
      'Acme: Careers: Career Opportunities',
      `${PLAIN.repeat(3)}<br> Qualifications: none listed.`,
    );
    expect(detect(portal, 'https://careers.acme.example/portal')).toBeNull();
    const noRequirements = corporatePage(
      'OPS ANL-Billing Test',
      'OPS ANL-Billing Test jobs in Rosario at Northwind Telecom',
      PLAIN.repeat(4),
    );
    expect(detect(noRequirements, 'https://careers.northwind.example/jobs/89')).toBeNull();
  });
});
