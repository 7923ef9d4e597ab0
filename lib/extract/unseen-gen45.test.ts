import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * German, French and Dutch postings of the kinds small employers, agencies and public services
 * publish: field sales and merchandising, trades, care, retail, public offices. Sentences written
 * for the test.
 */

const facts = (text: string) => extract({ text }).posting;
const travels = (text: string) => extract({ text }).requirements.some((r) => r.kind === 'travel');

describe('the towns a field role covers, listed after a phrase naming its area', () => {
  it('reads every town of the list, small ones too, when two are known towns', () => {
    const text = [
      'Gebietsbetreuer (m/w/d) Getränkehandel',
      '',
      'Sie betreuen unsere Märkte für die Regionen Kiel, Lübeck, Eutin und Heide.',
      'Sie haben einen Führerschein der Klasse B.',
    ].join('\n');
    expect(facts(text).locations).toEqual(['Kiel', 'Lübeck', 'Eutin', 'Heide']);
  });

  it('reads the list when the site set it in bold', () => {
    const text = [
      'Servicekraft (m/w/d) Regalpflege',
      '',
      'Wir suchen Verstärkung für die Regionen **Kiel, Lübeck und Eutin** ab sofort.',
    ].join('\n');
    expect(facts(text).locations).toEqual(['Kiel', 'Lübeck', 'Eutin']);
  });

  it('reads the town of the area the candidate should live in', () => {
    const text = [
      'Außendienstmitarbeiter (m/w/d) Bürobedarf',
      '',
      'Ihr Wohnort liegt idealerweise im Großraum Linz, von wo aus Sie Ihre Kunden besuchen.',
    ].join('\n');
    expect(facts(text).locations).toEqual(['Linz']);
  });
});

describe('travel said as being on the road or out visiting', () => {
  it.each([
    'Als Gebietsleiter sind Sie für uns im Außendienst unterwegs und besuchen Fachhändler.',
    'In dieser Rolle sind Sie häufig unterwegs zu Kunden in ganz Bayern.',
    'Je gaat regelmatig op pad naar klanten in de regio.',
    'Dat betekent dat je af en toe op pad bent naar onze leveranciers.',
  ])('asks for travel: %j', (line) => {
    expect(travels(`Adviseur (m/v/x)\n\n${line}\n`)).toBe(true);
  });

  it.each([
    'Wir erstatten Ihre Reisekosten für das Vorstellungsgespräch.',
    'Onze klanten gaan graag op reis.',
  ])('asks for none: %j', (line) => {
    expect(travels(`Adviseur (m/v/x)\n\n${line}\n`)).toBe(false);
  });
});

describe("an ad's number under its title is no employer", () => {
  it.each([
    ['Magasinier cariste (H/F)', 'Offre n° 4521B'],
    ['Agent d’accueil (H/F)', 'OFFRE N° 8810'],
    ['Lagerhelfer (m/w/d)', 'Stelle Nr. 2031'],
  ])('%j over %j', (title, ref) => {
    const text = [title, ref, 'Lieu de travail : Nantes', '', 'Vous préparez les commandes.'].join(
      '\n',
    );
    expect(facts(text).company).not.toBe(ref);
  });
});

describe('a title that runs on or ends with a full stop', () => {
  it('keeps a long gender-marked title naming what the job sells', () => {
    const title =
      'Freier Vertriebspartner / Verkaufsberater (m/w/d) für Küchen, Bäder, Fliesen, Bodenbeläge, Türen und Fenster';
    const text = [title, '', '**Ihre Aufgaben**', 'Sie beraten Bauherren in der Region.'].join(
      '\n',
    );
    expect(facts(text).title).toBe(title);
  });

  it('keeps a gender-marked title closed by a full stop', () => {
    const title = 'Fahrer (m/w/d) für Kühltransporte.';
    const text = [title, '', '**Ihre Aufgaben**', 'Sie beliefern Supermärkte.'].join('\n');
    expect(facts(text).title).toBe(title);
  });

  it('still takes no sentence for a title', () => {
    const text = ['Wir freuen uns auf Ihre Bewerbung.', '', 'Sie beliefern Supermärkte.'].join(
      '\n',
    );
    expect(facts(text).title).toBeNull();
  });
});

describe('a sales agent paid by commission works on contract', () => {
  it.each([
    'Handelsvertreter (m/w/d) für Werkzeuge im Raum Stuttgart',
    'Vertriebspartner (m/w/d) auf Provisionsbasis',
  ])('%j', (title) => {
    const text = [title, '', 'Sie betreuen Handwerksbetriebe in Ihrer Region.'].join('\n');
    expect(facts(text).employmentType).toBe('contract');
  });
});

describe('a task done at the customer’s, listed under the duties, says nothing of the work model', () => {
  it.each([
    ['Ihre Aufgaben:', '- Einweisung der Kunden in die Anlage vor Ort'],
    ['Vos missions :', '- Dépannage des installations frigorifiques sur site'],
  ])('%j / %j', (heading, item) => {
    const text = ['Kältetechniker (m/w/d)', '', heading, '- Wartung der Anlagen', item].join('\n');
    expect(facts(text).workplace).toBeNull();
  });

  it('an on-site line of its own stays on site', () => {
    const text = [
      'Kältetechniker (m/w/d)',
      '',
      'Arbeitsort: vor Ort',
      '',
      'Ihre Aufgaben:',
      '- Wartung',
    ].join('\n');
    expect(facts(text).workplace).toBe('onsite');
  });
});

const skills = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'skill' || r.kind === 'certification')
    .map((r) => (r as { name: string }).name);

describe('site and workshop skills in each language', () => {
  it.each([
    [
      'Je kunt een rolbrug bedienen en hebt ervaring met een hoogwerker.',
      ['Overhead crane', 'Aerial work platform'],
    ],
    ['Sie bedienen sicher einen Hallenkran und arbeiten gern in der Höhe.', ['Overhead crane']],
    [
      'Vous maîtrisez la lecture de plans et le travail en hauteur.',
      ['Blueprint reading', 'Working at height'],
    ],
    [
      'Je beschikt over een certificaat veilig werken op hoogte en kunt goed planlezen.',
      ['Working at height', 'Blueprint reading'],
    ],
  ])('%j', (line, names) => {
    const found = skills(`Monteur (m/v)\n\nProfiel\n- ${line}\n`);
    for (const name of names) expect(found).toContain(name);
  });
});

describe('web work public bodies and agencies ask for', () => {
  it('reads testing, services, design and accessibility in German and Dutch words', () => {
    const de = skills(
      'Entwickler (m/w/d)\n\nIhr Profil\n- Erfahrung mit automatisiertem Testen, Web Services und Webdesign\n',
    );
    expect(de).toEqual(expect.arrayContaining(['Test automation', 'Web services', 'Web design']));
    const nl = skills(
      'Developer (m/v)\n\nPre’s\n- Je hebt affiniteit met digitale toegankelijkheid.\n',
    );
    expect(nl).toContain('Digital accessibility');
  });
});

describe('the employer’s own stack, told as what “we use”, is no ask when the posting lists its asks', () => {
  const inDuties = (text: string, name: string) =>
    extract({ text }).requirements.find(
      (r) => (r.kind === 'skill' || r.kind === 'certification') && r.name === name,
    ) as { inDuties?: boolean } | undefined;

  it.each([
    [
      'Ons bureau',
      'Wij gebruiken graag Svelte en Laravel voor onze projecten.',
      'Wat we vragen',
      'Je kent PHP goed.',
    ],
    [
      'Unser Team',
      'Wir verwenden Svelte und Laravel in allen Projekten.',
      'Dein Profil',
      'Du kennst PHP gut.',
    ],
    [
      'Notre équipe',
      'Nous utilisons Svelte et Laravel sur nos projets.',
      'Votre profil',
      'Vous maîtrisez PHP.',
    ],
  ])('%j', (about, stack, asks, ask) => {
    const text = ['Developer (m/w/d)', '', `## ${about}`, stack, '', `## ${asks}`, `- ${ask}`].join(
      '\n',
    );
    expect(inDuties(text, 'Laravel')?.inDuties).toBe(true);
    expect(inDuties(text, 'PHP')?.inDuties).toBeUndefined();
  });
});

describe('a brand made of a name and a short number, under the title', () => {
  it.each([
    ['Plongeur', 'Salle 219', 'Longueuil, QC'],
    ['Barista (m/w/d)', 'Werk 104', 'Leipzig'],
  ])('%j over %j is the employer', (title, name, place) => {
    expect(facts(`${title}\n${name}\n${place}\n\nVous lavez la vaisselle.\n`).company).toBe(name);
  });

  it('an ad noun and its number is none', () => {
    expect(
      facts('Lagerhelfer (m/w/d)\nStelle 123\nBerlin\n\nSie arbeiten im Lager.\n').company,
    ).toBeNull();
  });
});

describe('a record value word between the employer and the place', () => {
  it.each([
    ['Plongeur', 'Salle 219', 'Horaire', 'Longueuil, QC'],
    ['Aide-cuisinier', 'Bistro Lune', 'Permanent', 'Sherbrooke, QC'],
  ])('%j / %j / %j / %j', (title, name, value, place) => {
    const posting = facts(`${title}\n${name}\n${value}\n${place}\n\nVous lavez la vaisselle.\n`);
    expect(posting.company).toBe(name);
    expect(posting.locations).toEqual([place]);
  });
});
