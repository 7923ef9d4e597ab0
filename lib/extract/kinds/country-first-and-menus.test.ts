import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const posting = (text: string, jsonLd: Record<string, unknown> | null = null) =>
  extract({ text, jsonLd: jsonLd && { '@type': 'JobPosting', ...jsonLd } }).posting;

const at = (addressLocality: string, addressCountry?: string) => ({
  jobLocation: { '@type': 'Place', address: { addressLocality, addressCountry } },
});

describe('a JSON-LD locality written from the country down to the town', () => {
  it.each([
    ['Canada, QC, Laval', 'Canada', 'Laval, QC, Canada'],
    ['USA, WA, Spokane', 'United States of America', 'Spokane, WA, USA'],
    ['Germany, Leipzig', 'DE', 'Leipzig, Germany'],
  ])('reads %s town first', (locality, country, place) => {
    const p = posting('We help ports plan their cargo flows.', at(locality, country));
    expect(p.locations).toEqual([place]);
  });

  it.each([
    ['Lyon', 'FR', 'Lyon, FR'],
    ['Paris, Île-de-France', 'FR', 'Paris, Île-de-France, FR'],
  ])('keeps a locality that starts with its town (%s)', (locality, country, place) => {
    expect(posting('We help ports plan.', at(locality, country)).locations).toEqual([place]);
  });
});

/** A careers site's footer under every posting: a row of links, each behind a pictograph. */
const FOOTER =
  'Stay in touch with us 🌍 Careers home 🎁 Benefits 🌱 Talent network 📰 Our blog ' +
  '🤝 Belonging 📝 Interview tips 🎓 Students / Internships 🧰 Contractor Job Site 💻 Engineering';

describe('employment types in a footer row of links', () => {
  it('are the names of other pages, not this job', () => {
    const p = posting(`You lead the services part of large software deals.\n${FOOTER}`);
    expect(p.employmentTypes).toEqual([]);
  });

  it('still come from the posting itself', () => {
    const p = posting(`This is a full-time role based in our Laval office.\n${FOOTER}`);
    expect(p.employmentTypes).toEqual(['full_time']);
  });

  it('still come from a short chip row with a few marks', () => {
    expect(posting('📍 Lyon 💼 Full-time 🏠 Hybrid').employmentTypes).toEqual(['full_time']);
    const fr = posting('Stage de six mois au sein de notre équipe data.\n📍 Nantes 🗓️ Dès mars');
    expect(fr.employmentTypes).toEqual(['internship']);
  });

  it('are read the same way in French and German footers', () => {
    const fr =
      'Nous développons des outils pour les ports.\n' +
      '🌍 Carrières 🎁 Avantages 🌱 Réseau 📰 Blog 🎓 Stages et alternance 🧰 Freelance';
    expect(posting(fr).employmentTypes).toEqual([]);
    const de =
      'Wir bauen Software für Häfen.\n' +
      '🌍 Karriere 🎁 Benefits 🌱 Netzwerk 📰 Blog 🎓 Praktikum und Ausbildung 🧰 Freelancer';
    expect(posting(de).employmentTypes).toEqual([]);
  });

  it('are read as links when the marks are older symbols of the first plane', () => {
    // Arrows, a watch, a telephone, a plane: pictographs from U+2194 up, no surrogate pair.
    const es =
      'Diseñamos herramientas para puertos.\n' +
      '↗ Empleos ⌚ Horarios ☎ Contacto ✈ Viajes ☕ Cultura ✉ Prácticas y becas';
    expect(posting(es).employmentTypes).toEqual([]);
    const it = posting(
      'Contratto a tempo pieno.\n↗ Lavora con noi ☎ Contatti ✉ Stage ⌚ Orari ☕ Cultura ✈ Viaggi',
    );
    expect(it.employmentTypes).toEqual(['full_time']);
  });
});

describe('French verbs that look like a licence class or a product', () => {
  const reqs = (text: string) => extract({ text, jsonLd: null }).requirements;

  it('reads no driving licence in "ayant permis d’atteindre"', () => {
    const text =
      'Une expérience de vente ayant permis d’atteindre vos objectifs est un atout.\n' +
      "Un parcours qui vous a permis d'encadrer une équipe.";
    expect(reqs(text).filter((r) => r.kind === 'license')).toEqual([]);
  });

  it('still reads "permis D" and "permis B" as driving licences', () => {
    const found = reqs('Permis D exigé pour conduire nos cars.\nLe permis B est requis.')
      .filter((r) => r.kind === 'license')
      .map((r) => r.name);
    expect(found).toEqual(['Driving licence (D)', 'Driving licence (B)']);
  });

  it('reads the verb "cerner" as no skill, the records system beside Epic as one', () => {
    const fr = reqs(
      'Vous savez cerner les besoins des clients et proposer un plan de déploiement.',
    );
    expect(fr.some((r) => r.kind === 'skill' && r.name === 'Cerner')).toBe(false);
    const en = reqs('You chart daily in Epic and Cerner for every patient on the ward.');
    expect(en.some((r) => r.kind === 'skill' && r.name === 'Cerner')).toBe(true);
  });
});
