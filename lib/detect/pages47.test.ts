import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../scripts/html';
import { extract } from '../extract';
import { inputFromCapture } from '../extract/pipeline/input';
import { asStored } from './brand';
import { detect } from './index';
import { page } from './test-helpers';

/** Detection, then what the engine reads of the capture, as the background stores it. */
function read(html: string, url: string) {
  const c = detect(page(html), url);
  if (!c) return null;
  const x = extract(inputFromCapture(asStored(c)));
  return { capture: c, posting: x.posting };
}

const lines = (n: number, s: string) =>
  Array.from({ length: n }, (_, i) => `<li>${s} ${i + 1}</li>`).join('');

describe('site builders print the headline once per screen size', () => {
  // Framer and Webflow ship one copy of a heading per breakpoint and hide the others with CSS.
  const builder = (head: string) => `<html><head><title>${head}</title>
    <meta property="og:title" content="${head}"></head><body>
    <nav><a href="/">Start</a><a href="/team">Team</a></nav>
    <div class="hidden-desktop"><h1>Data Platform Engineer (m/w/d)</h1></div>
    <div class="hidden-mobile"><h1>Data Platform Engineer (m/w/d)</h1></div>
    <h1>Build the privacy layer with us at QUIETBYTE.IO!</h1>
    <p>QUIETBYTE.IO is a small team in Leipzig that keeps customer data out of public models.</p>
    <p><strong>Your tasks</strong></p><ul>${lines(4, 'Run and improve the clusters that serve our customers, item')}</ul>
    <p><strong>About you</strong></p><ul>${lines(4, 'Years of hands-on work with containers and pipelines, item')}</ul>
    <p>Send your CV to <a href="mailto:team@quietbyte.io">team@quietbyte.io</a>.</p>
    <footer>QUIETBYTE.IO GmbH, Leipzig</footer></body></html>`;
  const url = 'https://www.quietbyte.io/jobs/data-platform-engineer';

  it('counts copies of the same h1 once, so the page is still read as one posting', () => {
    expect(read(builder('Data Platform Engineer (m/w/d) - QUIETBYTE.IO'), url)?.capture.title).toBe(
      'Data Platform Engineer (m/w/d)',
    );
  });

  it("takes no employer from a template's name left in the document title", () => {
    const r = read(
      builder('Data Platform Engineer (m/w/d) - Startup Landing Framer Template'),
      url,
    );
    expect(r?.capture.company).toBe('QUIETBYTE.IO');
  });

  it('still refuses three different h1s', () => {
    const three = builder('x').replace('<h1>Build', '<h1>Our offices</h1><h1>Build');
    expect(read(three, url)).toBeNull();
  });
});

describe('Chinese board: company in the h1, the job in the h2 below', () => {
  const board = (
    apply: string,
  ) => `<html><head><title>杭州青禾软件有限公司招聘测试工程师_校园招聘</title></head><body>
    <div class="nav"><a href="/">首页</a><a href="/search">职位搜索</a></div>
    <div class="section"><h1><a href="/company_5521.html">杭州青禾软件有限公司</a></h1>
      <ul><li><strong>所属行业：</strong><span>计算机软件</span></li></ul></div>
    <div class="section"><h2><a href="/job_8812.html">测试工程师</a>(杭州总部，质量部)</h2>
      <ul><li>工作地点：<span><a href="/hangzhou/">杭州</a></span></li><li>职位性质：全职</li></ul>
      <h2>测试工程师 职位描述：</h2>
      <div>负责公司产品的功能测试与回归测试，编写测试用例和测试报告，跟踪缺陷直到关闭。<br/>
      参与需求评审，从测试角度提出改进意见，维护自动化测试脚本。<br/>
      与开发同事一起定位问题原因，推动版本按时高质量发布，并整理常见问题文档。<br/>
      要求：<br/>计算机相关专业本科及以上学历，熟悉常用测试方法和缺陷管理工具。<br/>
      做事细心，有责任心，良好的沟通能力与团队合作精神，能够承受一定的工作压力。</div>
      <ul><li><a href="#" onclick="return false;">${apply}</a></li></ul></div>
    <div class="section"><h2><a href="/company_5521.html">杭州青禾软件有限公司</a>其他最新招聘</h2></div>
    </body></html>`;
  const url = 'https://campus.example.cn/job_8812.html';

  it('reads the h2 as the title, without its office note, and the h1 as the employer', () => {
    const c = read(board('申请该职位'), url)?.capture;
    expect(c?.title).toBe('测试工程师');
    expect(c?.company).toBe('杭州青禾软件有限公司');
    expect(c?.location).toBe('杭州');
  });

  it('reads the job-type field (职位性质：全职) as the site label the engine takes', () => {
    expect(read(board('申请该职位'), url)?.posting.employmentTypes).toEqual(['full_time']);
  });

  it('wants the apply control', () => {
    expect(read(board('收藏职位'), url)).toBeNull();
  });
});

describe('saved pages decode in the charset they declare', () => {
  it('reads GBK bytes as the browser would', () => {
    // "招聘" in GBK, inside a page that declares it.
    const head = new TextEncoder().encode('<html><head><meta charset="gbk"></head><body>');
    const bytes = new Uint8Array([...head, 0xd5, 0xd0, 0xc6, 0xb8]);
    expect(decodeHtml(bytes)).toContain('招聘');
  });

  it('reads a page with no declaration as UTF-8', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>Zürich</p>'))).toBe('<p>Zürich</p>');
  });
});

describe('an intern title the description leaves out', () => {
  const ld = (title: string, description: string) => `<html><head>
    <script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title,
      description,
      hiringOrganization: { '@type': 'Organization', name: 'Ventobar' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Lisboa' } },
    })}</script></head><body><h1>${title}</h1></body></html>`;
  const about =
    '<p>A Ventobar faz máquinas de café para escritórios e cresce todos os anos.</p><p>Vais trabalhar seis meses com a equipa de apoio, responder a clientes e melhorar os nossos relatórios.</p>';

  it('reads the internship from the title when the text opens on the company (pt)', () => {
    const r = read(
      ld('Estagiário de Apoio ao Cliente', about),
      'https://ventobar.example.pt/vagas/apoio',
    );
    expect(r?.posting.employmentTypes).toEqual(['internship']);
  });

  it('reads no type from a title that names none', () => {
    const r = read(
      ld('Técnico de Apoio ao Cliente', about),
      'https://ventobar.example.pt/vagas/apoio',
    );
    expect(r?.posting.employmentTypes).toEqual([]);
  });
});

describe('Saramin: a notice whose served page is a head-only shell', () => {
  const shell = (head: string) => `<html><head><title>${head}</title>
    <meta property="og:site_name" content="사람인">
    <meta property="og:description" content="(주)해오름물류, 2026년 물류센터 운영 관리자 채용, 경력:3년 이상, 학력:대학교졸업(2,3년)이상, 마감일:2026-05-01, 근무형태:정규직, 홈페이지:http://www.haeoreum.example.kr/">
    </head><body><div id="content"></div><footer>사람인 고객센터</footer></body></html>`;
  const url = 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=51234567&view_type=search';

  it('reads the notice and its employer from the document title', () => {
    const c = read(
      shell('[(주)해오름물류] 2026년 물류센터 운영 관리자 채용(D-12) - 사람인'),
      url,
    )?.capture;
    expect(c?.site).toBe('saramin');
    expect(c?.jobKey).toBe('saramin:51234567');
    expect(c?.title).toBe('2026년 물류센터 운영 관리자 채용');
    expect(c?.company).toBe('(주)해오름물류');
  });

  it('names no posting on a page without a notice id', () => {
    expect(read(shell('채용정보 - 사람인'), 'https://www.saramin.co.kr/zf_user/search')).toBeNull();
  });
});
