import type { Lexicon } from './types';
import { words } from './words';

/** Spanish. */
export const es: Lexicon = {
  code: 'es',
  stopwords: words(
    'el|la|los|las|y|de|del|con|para|en|una|un|que|por|tu|su|nuestro|nuestra|es|se|al|como',
  ),
  numbers: {
    uno: 1,
    una: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    diez: 10,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {},

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {},

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {},

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {},

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {},

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {},

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {
    remote: words('teletrabajo|remoto|en remoto|a distancia|desde casa|trabajo remoto'),
    hybrid: words('híbrido|híbrida|modelo híbrido|modalidad híbrida'),
    onsite: words('presencial|trabajo presencial|modalidad presencial'),
    remotePhrases: words(
      '100% remoto|100% en remoto|teletrabajo completo|teletrabajo total|trabajo en remoto|full remote',
    ),
    hybridPhrases: words('teletrabajo parcial|teletrabajo flexible|días de teletrabajo'),
    onsitePhrases: words('100% presencial|trabajo presencial|puesto presencial|jornada presencial'),
    fully: words('100%|100 %|totalmente|completamente|full'),
    partly: words('parcial|parcialmente|ocasional'),
    option: words('posibilidad de|opción de|opción a|posible|flexibilidad para'),
    days: words('días|día'),
    week: words('a la semana|por semana|semanales|al mes'),
    places: words(
      'en la oficina|en oficina|de teletrabajo|en remoto|desde casa|presenciales|de oficina',
    ),
    notRemote: words('sin teletrabajo|no hay teletrabajo|no remoto|no es remoto'),
    notModel: words('nube|infraestructura|vehículos|sistemas|soluciones|soporte|acceso|asistencia'),
    or: words('o|u'),
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('jornada completa|tiempo completo|a tiempo completo'),
    partTime: words('tiempo parcial|media jornada|jornada parcial|a tiempo parcial'),
    contract: words('autónomo|autónoma|freelance|por cuenta propia'),
    temporary: words(
      'contrato temporal|contrato de duración determinada|contrato por obra|interinidad|' +
        'contrato de temporada|temporada de verano|fijo discontinuo',
    ),
    internship: words('prácticas|becario|becaria|convenio de prácticas|prácticas remuneradas'),
    apprenticeship: words('formación dual|contrato de formación|aprendiz'),
    volunteer: words('voluntariado|voluntario|voluntaria'),
    perDiem: words('por día trabajado'),
    internTitles: words('becario|becaria'),
    apprenticeTitles: words('aprendiz'),
    noType: words(''),
    past: words('experiencia previa|previa|previo|previas'),
    permanent: words('contrato indefinido|contratación indefinida|indefinido'),
    labels: words(
      'tipo de contrato|tipo de jornada|tipo de empleo|jornada|jornada laboral|contrato',
    ),
    eligibility: words('derecho a'),
    basis: words('en base a|sobre la base de|a jornada completa equivalente'),
    weeklyHours: words(
      'horas semanales|horas a la semana|horas/semana|h/semana|horas por semana|h semanales',
    ),
    to: words('a|o'),
    months: words('meses|mes|años|año'),
    contractWords: words('contrato'),
    extendable: words('prorrogable|renovable|con posibilidad de continuidad|ampliable'),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words('reubicación|traslado|mudanza|relocalización|relocation'),
    offer: words('ayuda|ayudas|paquete|apoyo|cubrimos|cubre|financiamos|asumimos|incentivo'),
    housing: words(
      'alojamiento incluido|vivienda incluida|ayuda para vivienda|ayuda al alojamiento|alojamiento gratuito',
    ),
    candidate: words('dispuesto|dispuesta|disponibilidad para|disponibilidad de'),
    negations: words('no|sin|ningún|ninguna|nunca'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words('visado|visa|permiso de trabajo|permiso de residencia|patrocinio'),
    immigration: words(
      'visado|visa|permiso de trabajo|permiso de residencia|inmigración|extranjería',
    ),
    offer: words('ayuda|apoyo|gestionamos|pagamos|tramitamos|nos encargamos|facilitamos'),
    offerPhrases: words(
      'ayuda con el visado|gestión del visado|tramitación del visado|apoyo con el permiso de trabajo',
    ),
    refusals: words('no podemos patrocinar|sin patrocinio|no ofrecemos patrocinio'),
    authorization: words(
      'permiso de trabajo|autorización de trabajo|autorización para trabajar|permiso de residencia y trabajo',
    ),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    travel: words('viajar|viajes|desplazamientos'),
    demand: words(
      'diarios|diario|disponibilidad|dispuesto|dispuesta|frecuentes|frecuente|ocasionales|necesarios',
    ),
    notDemand: words('gastos de viaje|agencia de viajes|gastos de desplazamiento'),
    shareOfTime: words('del tiempo|del tiempo de trabajo'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
