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
  workplace: {},

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {},

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {},

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {},

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {},

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLabels: words('puesto|título|cargo|vacante|denominación del puesto'),
    companyLabels: words('empresa|empleador|compañía|organización'),
    locationLabels: words('ubicación|lugar de trabajo|localidad|ciudad|población|localización'),
    jobWords: [
      ...words(
        'desarrollador|desarrolladora|ingeniero|ingeniera|gerente|técnico|técnica|comercial|analista|asistente|becario',
      ),
      ...words(
        'becaria|jefe|jefa|dependiente|dependienta|teleoperador|teleoperadora|operador|operadora|agente|gestor|gestora',
      ),
      ...words(
        'auxiliar|administrativo|administrativa|repartidor|repartidora|conductor|conductora|azafato|azafata|vendedor',
      ),
      ...words(
        'vendedora|cajero|cajera|camarero|camarera|cocinero|cocinera|enfermero|enfermera|enfermeros|enfermeras|profesor',
      ),
      ...words(
        'profesora|recepcionista|ejecutivo|ejecutiva|formador|formadora|colaborador|colaboradora|responsable',
      ),
      ...words(
        'programador|programadora|mecánico|mecánica|electricista|consultor|consultora|director|directora|coordinador',
      ),
      ...words(
        'coordinadora|limpiador|limpiadora|mozo|peón|oficial|encargado|encargada|socorrista',
      ),
    ],
    titleIntros: words('como|buscamos|estamos buscando|precisamos'),
    hiringCues: words('busca|buscamos|selecciona|seleccionamos|incorpora|precisa|necesita'),
    articles: words('un|una|un/a|un/una|uno|nuevo|nueva'),
    atCompany: words('en la empresa'),
    titleCitySuffixes: words('empleo en|trabajo en'),
    titleDecorations: words('urgente|incorporación inmediata'),
    confidential: words('confidencial|empresa confidencial|anónimo|anónima'),
    agencyCues: words(
      'nuestro cliente|nuestra cliente|para importante empresa|para una empresa cliente|empresa cliente',
    ),
    aboutWords: words('sobre|acerca de|quiénes somos'),
    basedIn: words('ubicado en|ubicada en|situado en|situada en'),
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
