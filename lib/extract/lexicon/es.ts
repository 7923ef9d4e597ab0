import { esEducationCues } from './es-kinds';
import type { Lexicon } from './types';
import { words } from './words';

/** Spanish. */
export const es: Lexicon = {
  code: 'es',
  abbreviations: words('p.ej|ej|aprox|sra|dra|núm|pág'),
  capitalisedNouns: false,
  stopwords: words(
    'el|la|los|las|y|de|del|con|para|en|una|un|que|por|tu|su|nuestro|nuestra|es|se|al|como|a|o|lo|sus|más',
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
  experience: {
    nouns: words('experiencia'),
    years: words('años|año|anos'),
    months: words('meses|mes'),
    rangeJoins: words('a|y|o|hasta'),
    unitRangeJoins: words('a|hasta'),
    rangeMax: words('máximo|un máximo de|como máximo|máximo de'),
    orMore: words('o más|mínimo|como mínimo|al menos|al menos de|por lo menos'),
    atLeast: words('al menos|al menos de|por lo menos|mínimo|mínimo de|un mínimo de|como mínimo'),
    moreThan: words('más de|superior a'),
    upTo: words('hasta|máximo|menos de|menor a|menor de|inferior a'),
    trapFields: [],
    trapsAfter: words(
      'de edad|de garantía|de contrato|de historia|de trayectoria|de vigencia|restantes|' +
        'de compromiso|de permanencia|compromiso inicial|permanencia mínima|de corrido',
    ),
    pooledAfter: [],
    substitutes: words('puede sustituir|pueden sustituir|podrá sustituir|podrán sustituir'),
    trapDurations: words('duración|duración de'),
    trapsBefore: words(
      'periodo de prueba|período de prueba|periodo de formación|' +
        'periodo de adaptación|período de adaptación|' +
        'fundada en|fundado en|desde|desde hace|hace|mayor de|contrato de|duración de|duración|garantía|nuestra empresa|hemos|llevamos|durante estos|durante|edad|edad entre|edad mínima|edad mínima de|rango de edad|edades entre',
    ),
    candidateCues: words(
      'buscamos|tienes|cuentas con|dispones de|aportas|posees|requisitos|se requiere|se requieren|necesitamos',
    ),
    taskWords: words(
      'varios|varias|múltiples|diversos|diversas|distintos|distintas|diferentes|numerosos|' +
        'simultáneamente|al mismo tiempo|en paralelo|multitarea|de forma autónoma|' +
        'de manera autónoma|bajo presión|entorno dinámico|en equipo',
    ),
    roles: words('puesto|puestos|cargo|cargos|función|rol'),
    contextGate: words('sector|puesto|trabajo'),
    candidateNouns: [],
    candidateHas: [],
    companyWe: words('nosotros|somos|hemos|contamos'),
    companyWeStems: words('nuestr'),
    genericWords: words('profesional'),
    genericLead: [],
    noFieldWords: [
      ...words(
        'el|la|los|las|este|esta|ese|esa|mismo|misma|similar|similares|equivalente|del|de|en',
      ),
      ...words(
        'sector|sectores|campo|ámbito|área|áreas|dominio|industria|rubro|puesto|cargo|función|total',
      ),
      ...words('laboral|profesional|relevante|experiencia'),
      ...words('o|y'),
    ],
    roleIntros: words('como'),
    ofFieldEnds: [],
    roleAfter: words('en|como|con'),
    qualitativeCues: words('tienes'),
    degrees: [],
    decadeCounts: { dos: 2 },
    yearAdjectives: {},
    leadingYearEnds: [],
    workContext: words('en el sector|en el puesto|de trabajo'),
    workedBefore: words(
      'has trabajado|ha trabajado|haber trabajado|hayas trabajado|haya trabajado|has ejercido|haber ejercido',
    ),
    decadeUnits: words('década|décadas'),
    decadeOf: [],
    decadeNouns: words('de experiencia'),
    fieldNouns: words('experiencia'),
    fieldBeforePreps: words('en'),
    fieldOf: words('de'),
    fieldMinimum: words('al menos|mínimo'),
    rolePreps: words('en|como'),
    roleArticles: words('un|una'),
    roleOf: words('de|como'),
    nounAbbreviations: [],
    afterNounAdjectives: words('profesional|mínima'),
    afterNounPreps: words('con|como'),
    elided: [],
    unitOf: words('de'),
    unitWorking: words('trabajo|trabajando'),
    afterUnitPreps: words('con|en|como'),
    beforeOf: words('de'),
    haveWords: words('tienes'),
    qualAdjectives: [],
    workWords: [],
    nounStarts: [],
    qualAfterNoun: words('previa|demostrable'),
    qualPreps: words('en|como'),
    companyOwners: words('nuestro|nuestra|nuestros|nuestras'),
    companyNouns: words('equipo|equipos|empresa|compañía|grupo|fundadores|expertos'),
    companyHave: words(
      // "Tenemos 20 años de experiencia reclutando": the employer's own years.
      'hemos|tenemos|contamos con|nos respaldan|nos respalda|nos avalan|nos avala|' +
        // "Somos una organización de 15 años de experiencia": the employer's history.
        'somos una organización de|somos una organización con|somos una empresa de|somos una empresa con|' +
        // "Redd es una empresa especializada en telemática con más de 24 años de experiencia".
        'es una empresa|es una compañía|es una organización',
    ),
    // "Tenemos una vacante para …, 3 años de experiencia": a post on offer, the candidate's years.
    companyHaveNot: words(
      'una vacante|un puesto|una posición|una oportunidad|una oferta|vacantes|plazas',
    ),
    borrowedLeads: words('de los cuales|de ellos'),
    borrowedMinimums: words('al menos|como mínimo|mínimo'),
    borrowedOfWhich: [],
    borrowedPreps: words('como|en'),
    borrowedArticles: words('un|una|el|la'),
    headerLabels: words('años de experiencia|experiencia requerida'),
    levelLabels: words('nivel de carrera|nivel del puesto|nivel jerárquico'),
    ofField: [],
    recordMarks: words('obligatorio|requerido|deseable'),
    domainPreps: words('en el|en la|en'),
    domainArticles: words('el|la|los|las'),
  },

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {
    trailing: words(
      'deseable|deseables|valorable|valorables|se valorará|será valorado|será valorada|un plus|es un plus|será un plus|no es imprescindible|no imprescindible|no obligatorio|opcional|' +
        // Latin America: "Inglés intermedio (no excluyente)", "SAP deseable, no excluyente".
        'no excluyente|no es excluyente|' +
        // "Inglés intermedio o disposición a aprenderlo": the skill may still be learnt, a plus.
        'o disposición a|o disposición para|o dispuesto a|o dispuesta a|o ganas de aprender|o voluntad de',
    ),
    leading: words(
      'se valorará|se valorara|se valora|valoramos|valoraremos|se valorarán|preferiblemente|preferentemente|idealmente|de preferencia|deseable|deseables|valorable|valorables|será un plus|se tendrá en cuenta',
    ),
    required: words(
      'imprescindible|imprescindibles|obligatorio|obligatoria|requerido|requerida|requisito|indispensable|necesario|necesaria',
    ),
    notRequired: words(
      'no es imprescindible|no imprescindible|no obligatorio|no es obligatorio|no es necesario|no excluyente|no es excluyente',
    ),
    forThisRole: words(
      'es imprescindible para este puesto|es obligatorio para este puesto|' +
        'es requisito para este puesto|es necesario para este puesto|es indispensable para este puesto',
    ),
    notExcluding: words('no excluyente|no es excluyente'),
    fillers: words('es|son|sería|serían|muy|altamente|un|una'),
    clauseSubjects: words('usted|ustedes|tú|vos'),
    afterCueJoins: words('con'),
  },

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {
    preferred: words(
      'deseable|valorable|se valorar|valoramos|valoraremos|puntos extra|puntos de bonificación|' +
        'puntos adicionales|sumará puntos|suma puntos|' +
        // A board's nice-to-have heading: "Opcionales", "Te amaríamos más si tuvieras".
        'opcionales|te amaríamos más si|no excluyente',
    ),
    preferredWords: words(''),
    payPhrases: [],
    // ¿Cómo es nuestro candidato ideal?", "Perfil ideal": the person asked for, so the heading's items are required.
    personNouns: words('candidato|candidata|perfil|postulante'),
    required: words(
      'obligatorio|obligatorios|obligatoria|obligatorias|imprescindible|imprescindibles|indispensable|indispensables|excluyente|excluyentes|' +
        'experiencia en|experiencia con|requisitos|perfil|lo que buscamos|qué buscamos|se requiere|requerimos|' +
        // Latin American headings: "Requerimientos del cargo", "¿Cómo nos gustaría que fueras?".
        'requerimientos|requerimientos del cargo|requerimientos del puesto|cómo nos gustaría que fueras|' +
        'cómo nos gustaría que seas|qué esperamos de ti|' +
        // "¿Quién eres?", "¿Qué se necesita para aplicar?".
        'quién eres|quien eres|qué se necesita|que se necesita',
    ),
    headings: words(
      'cómo postular|cómo aplicar|cómo postularse|proceso de postulación|' +
        'requisitos deseables|requisitos valorables|introducción|descripción del empleo|requisitos|funciones|responsabilidades|acerca del empleo|' +
        // A section under the title, not the employer: "## Información del puesto".
        'información del puesto|información sobre el puesto|información de la vacante|sobre el puesto',
    ),
    offer: words(
      'ofrecemos|qué ofrecemos|beneficios|quiénes somos|sobre nosotros|por qué|¿por qué|' +
        'descripción de la empresa|sobre la empresa|cómo postular|cómo aplicar|cómo postularse|proceso de postulación',
    ),
    // "Acerca de Ferretería Ruiz": the employer's box, not "Acerca del empleo" nor "Acerca de ti".
    about: words('acerca de'),
    aboutJob: words(
      'el empleo|el puesto|la vacante|la oferta|la posición|el cargo|el rol|este puesto|ti|usted|vos',
    ),
    otherJobs: words(
      'empleos similares|ofertas similares|trabajos similares|puestos similares|' +
        'vacantes similares|otras ofertas|otros empleos|ofertas relacionadas|' +
        'empleos relacionados|también te puede interesar|te podría interesar',
    ),
    itemOpeners: words(
      'Experiencia|Conocimiento|Conocimientos|Manejo|Dominio|Buen|Buena|Buenas|Buenos|Excelente|Excelentes|Titulación|Título|Licenciatura|Grado|Formación|Capacidad|Disponibilidad|Carnet|Mínimo|Imprescindible|Valorable|Nivel|Estudios|Habilidad|Habilidades|Deseable',
    ),
    fieldLabels: words(
      'experiencia|salario|sueldo|educación|formación|estudios|titulación|idioma|idiomas|ubicación|lugar de trabajo|localidad|tipo de contrato|contrato|jornada|horario|duración|disponibilidad para viajar|carnet|beneficios',
    ),
  },

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words('doctorado|doctor en'),
      master: words('máster|master|posgrado|postgrado|maestría'),
      bachelor: words(
        'licenciatura|licenciado|licenciada|grado universitario|grado en|grado o diplomatura|' +
          // Mexico's abbreviated degree: "Lic. en Psicología", "Lic. en Administración".
          'lic. en|lic en|licenciatura en|' +
          'diplomatura|titulación universitaria|título universitario|titulado universitario|' +
          'titulada universitaria|ingeniería superior|ingeniero técnico|ingeniera técnica|' +
          'ingeniero superior|titulación en ingeniería|grado en ingeniería|ingeniería técnica|' +
          'estudios mínimos: grado|' +
          'estudios universitarios|formación universitaria|' +
          // A job board's record: "Educación mínima: Universidad", "Nivel de estudios: Terciario".
          'educación mínima: universidad|educación mínima: universitario|' +
          'educación mínima: universitaria|educación mínima: terciario|' +
          'nivel de estudios: universitario|nivel educativo: universitario|' +
          // Latin American wording: "estudiante avanzado de Contador", "graduado/a de la carrera
          // de Abogacía", "título de Contador/a Público", "en curso de educación universitaria".
          'graduado/a en|graduada/o en|graduados en|graduadas en|graduado de la carrera|' +
          'graduada de la carrera|graduados de la carrera|graduado/a de la carrera|' +
          'estudiante avanzado|estudiante avanzada|estudiantes avanzados|estudiante avanzado/a|' +
          // "Ser estudiante o graduado de carreras afines": enrolled in or holding the degree.
          'estudiante o graduado de carrera|estudiante o graduado de carreras|' +
          'estudiante o graduada de carreras|estudiantes o graduados de carreras|' +
          'graduado de carreras|graduada de carreras|graduados de carreras|' +
          'estudiante de carreras|estudiantes de carreras|' +
          'educación universitaria|carrera universitaria|carreras universitarias|título de grado|' +
          'título de contador|título de contador/a|contador público|contador/a público|' +
          // Chile and Peru name the degree by the professional title: "Título de Ingeniero en
          // Computación", "Título Profesional Superior", "Ingeniero/a en Informática o afín".
          'título de ingeniero|título de ingeniera|título ingeniero|título profesional|titulo profesional|' +
          'ingeniero/a en|ingeniera/o en|ingeniero civil informático|contador auditor|contadora auditora|' +
          // Not bare "graduado en": "graduado en ESO" is Spain's school certificate.
          'graduado en ciencias|graduada en ciencias|graduado en ingeniería|graduada en ingeniería|' +
          'carrera profesional o universitaria|carrera profesional afín|' +
          // "Ingeniería en Sistemas o afín", "Egresado de Ingeniería Industrial", Peru's "Bachiller en
          // Administración" (a university degree there; a bare "bachiller" is Colombia's school leaver).
          'ingeniería en|egresado de ingeniería|egresada de ingeniería|egresado de la carrera|' +
          'egresada de la carrera|egresado universitario|egresada universitaria|bachiller en|grado de bachiller|' +
          // Colombia: "Título en Ingeniería o afines", "Profesional en Ingeniería de software"; Mexico's
          // careers pages label the degree programme: "Carrera: Contabilidad".
          'título en ingeniería|titulo en ingeniería|título en ingenieria|titulo en ingenieria|' +
          'profesional en ingeniería|profesional en ingenieria|carrera:|' +
          // An education field whose value is "Profesional" (Colombia: a university graduate):
          // "Perfil académico: Profesional médico veterinario", "Nivel de estudios: Profesional".
          'perfil académico: profesional|perfil academico: profesional|nivel de estudios: profesional|' +
          'nivel académico: profesional|nivel educativo: profesional|formación académica: profesional|' +
          // Chile: "Ser titulado/a de Psicología o carrera afín": the holder of a university title.
          'titulado de|titulada de|titulado/a de|titulada/o de|titulado/a en|titulada/o en',
      ),
      associate: words(
        'técnico superior|educación mínima: tecnológico|carrera tecnológica|tecnólogo en|tecnóloga en',
      ),
      vocational: words(
        'formación profesional|ciclo formativo|ciclo formativo de grado superior|' +
          'ciclo formativo superior|fp grado superior|fp superior|fp grado medio y/o superior|' +
          'fp ii|fpii|fp 2|fp2|ciclo formativo de grado medio|ciclo de grado medio|fp grado medio|fp medio|' +
          'fp i|fp1|cfgm|certificado de profesionalidad|técnico en|' +
          // Peru and Chile: "Egresado técnico de Sistemas", "Técnico y/o Universitario", "Estudio
          // técnico concluido", "Técnico o Bachiller en Ingeniería" (the lowest level accepted).
          'egresado técnico|egresada técnica|técnico y/o universitario|técnico o universitario|' +
          'técnico o bachiller|estudio técnico|estudios técnicos|título técnico|técnico o tecnólogo|' +
          'formación técnica|formación técnica o profesional|' +
          'técnico y/o tecnólogo|técnica o tecnóloga|educación mínima: técnico|' +
          'educación mínima: técnica|educación mínima: educación técnico|carrera técnica',
      ),
      high_school: words(
        'bachillerato|educación secundaria|educación secundaria obligatoria|graduado escolar|graduado en eso|' +
          'educación media|enseñanza media|enseñanza media completa|cuarto medio|secundaria completa|' +
          // Mexico: "Escolaridad: Preparatoria", "Secundaria concluida"; Colombia: "Bachiller académico".
          'preparatoria|preparatoria terminada|preparatoria concluida|secundaria concluida|secundaria terminada|' +
          'bachiller académico|bachiller técnico|bachiller comercial|secundario completo|educación mínima: secundario|' +
          'educación mínima: secundaria|título secundario|secundario técnico|secundaria técnica',
      ),
    },
    abbreviations: { ESO: 'high_school', FP: 'vocational', CFGS: 'vocational', CFGM: 'vocational' },
    enrolment: words(
      'estudiante de|estudiantes de|cursando|cursando estudios|último año de|en curso de|' +
        // "Alumno carrera Ing. Sistemas": a student of the degree.
        'alumno carrera|alumna carrera|alumno de la carrera|alumna de la carrera|alumno avanzado|alumna avanzada|' +
        // The internship agreement a school signs: only a student can bring one.
        'convenio de prácticas|convenio de practicas|convenio con tu universidad|convenio con la universidad',
    ),
    byCountry: [],
    equivalent: words(
      // "… oder vergleichbares, erworbenes Wissen": knowledge gained another way.
      'o conocimientos equivalentes|o conocimientos adquiridos equivalentes|' +
        'o equivalente|o titulación equivalente|o formación equivalente|o experiencia equivalente|y/o experiencia|o experiencia demostrable|equivalente|' +
        'o experiencia similar|o una experiencia similar|o experiencia en el área|o experiencia en el campo',
    ),
    equivalencyCredentials: [],
    experienceInstead: words(
      'o experiencia equivalente|y/o experiencia demostrable|o experiencia demostrable|sin titulación|en su defecto|' +
        'combinación de experiencia y formación|combinación de formación y experiencia',
    ),
    tradeTraining: words('formación de|formación como|titulación de'),
    notAsked: words('no se requiere|no es necesario|no necesitas|sin necesidad de'),
    cues: esEducationCues,
  },

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {
    modes: words(
      'hablado y escrito|escrito y hablado|oral y escrito|escrito y oral|a nivel oral y escrito',
    ),
    levels: {
      native: words('lengua materna|nativo|nativa|idioma nativo'),
      fluent: words(
        // "Inglés y francés fluidos": the plural when the adjective follows two languages.
        'fluido|fluida|fluidos|fluidas|fluidez|excelente|bilingüe|bilingüismo|nivel alto|alto nivel|' +
          'muy buen nivel|muy bueno|perfecto|dominio|dominio de|nivel nativo|nivel avanzado alto|impecable',
      ),
      professional: words(
        'avanzado|avanzada|nivel avanzado|buen nivel|buen manejo|bueno|buena|nivel medio-alto|medio-alto|profesional|nivel profesional|nivel suficiente|conversacional fluido|intermedio|intermedia|nivel intermedio',
      ),
      basic: words(
        'básico|básica|básicos|básicas|nivel básico|nociones|nivel medio|conocimientos básicos|elemental|' +
          'un mínimo de',
      ),
    },
    applyIn: words('cv en|currículum en|curriculum en|candidatura en'),
    ifThePost: words(
      'si el puesto es|si el puesto requiere|si la posición es|si la vacante es|si la vacante requiere',
    ),
    applyNouns: words('candidatura|currículum|curriculum|cv|postulación|carta de presentación'),
    applyInWords: words('en'),
    compoundSuffixes: [],
    adjectiveJoins: [],
    adjectiveNouns: [],
    nounsBefore: words(
      'mercado|clientes|empresa|empresas|provincias|regiones|comunidades|territorio',
    ),
    contextStems: words('idioma|bilingü|nivel|hablad|comunica|traduc|intérprete'),
    contextWordEnds: [],
    contextWholeWords: [],
    adjectiveUses: words('mercado|clientes|empresa'),
    speaking: [],
    speakingUses: [],
    peopleArticles: [],
    languageNouns: [],
    subjectNouns: [],
    subjectJoins: [],
    stops: words('y|o|así como|asi como'),
    namePrepositions: words('en'),
    requirementCopulas: words('es|sería|son|serían'),
    requirementWords: words('imprescindible|requerido|obligatorio|deseable|valorable'),
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    praise: [],
    listJoins: words('y/o|y|o'),
    orWords: words('o'),
    // "del idioma inglés y del idioma francés": the language noun said again in the list.
    listArticles: words('el|del|la|del idioma|el idioma|idioma|la lengua|lengua'),
    codesFluent: words('bilingüe|bilingue|trilingüe'),
    codeLabels: words('idiomas|lenguas'),
    shortNames: { ing: 'en', ingl: 'en', esp: 'es', fr: 'fr' },
  },

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {
    usObjectLeads: [],
    pay: words(
      // Chile says "renta" for pay and "líquido" for net: "Renta líquida $400.000", "1.500.000 líquidos".
      'presupuesto salarial|renta|renta líquida|renta liquida|líquido mensual|líquida mensual|líquidos mensuales|' +
        'salario|sueldo|retribución|retribucion|remuneración|remuneracion|salarial|bruto|brutos|bruta|brutas|banda salarial|rango salarial',
    ),
    notPay: words(
      'viático|viáticos|per diem|kilometraje|presupuesto|facturación|facturacion|ventas|inversión|inversion|financiación|financiacion|bono|bonos|ticket restaurante|cheque|cheques|ayuda|ayudas|subvención|subvencion|premio|premios',
    ),
    upTo: words('hasta|máximo|maximo'),
    from: words(
      'desde|a partir de|salario inicial|sueldo inicial|mínimo|minimo|sobre|más de|mas de|superior a|por encima de',
    ),
    fromAfter: words('mínimo|como mínimo|o más|en adelante'),
    floorNotes: [],
    rangeJoin: words('a|y|hasta|y los|y las'),
    risingTo: words('pasando a|hasta llegar a'),
    payOf: words('de|un|una'),
    stepAfter: words('después de|tras|hasta|y tras|y después de'),
    grossNet: words(
      'bruto|brutos|bruta|brutas|neto|netos|líquido|líquidos|líquida|liquido|liquidos|liquida',
    ),
    periods: {
      hour: words('por hora|la hora|a la hora'),
      day: words('por día|por dia|al día|al dia|diario|diarios'),
      week: words('por semana|a la semana|semanal|semanales'),
      // Chile quotes net pay ("renta líquida", "$500.000 líquidos") by the month only.
      month: words(
        'al mes|por mes|mensual|mensuales|mensualmente|renta líquida|renta liquida|líquidos|líquido|líquida|' +
          'liquidos|liquido|liquida',
      ),
      year: words('al año|por año|anual|anuales|anualmente|brutos anuales'),
    },
    periodSuffixes: {
      hour: words('/hora|/h'),
      day: words('/día|/dia'),
      week: words('/semana'),
      month: words('/mes'),
      year: words('/año|/ano'),
    },
    timeUnits: words('horas|hora|h|días|dias|día|dia|noches|veces'),
    currencies: {
      euro: 'EUR',
      euros: 'EUR',
      libras: 'GBP',
      dólares: '$',
      dolares: '$',
      // A peso is the country's: Mexican, Chilean, Colombian or Argentine, as the posting says.
      pesos: '$',
      'pesos mexicanos': 'MXN',
      'pesos colombianos': 'COP',
      'pesos chilenos': 'CLP',
      'pesos argentinos': 'ARS',
      soles: 'PEN',
    },
    currencyLabels: words('moneda|divisa|moneda del salario|código de moneda|codigo de moneda'),
    multipliers: {
      k: 1_000,
      mil: 1_000,
      millones: 1_000_000,
      millón: 1_000_000,
      millon: 1_000_000,
    },
    cappedJobs: [],
    capAfter: [],
  },

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {
    remote: words(
      'teletrabajo|remoto|remota|en remoto|a distancia|desde casa|trabajo remoto|modalidad remota|' +
        // Mexican and Andean postings borrow the English word for remote work: "esquema home office".
        'home office',
    ),
    hybrid: words(
      'híbrido|híbrida|modelo híbrido|modalidad híbrida|' +
        // Written without its accent: "Trabajo hibrido", "Modalidad: Hibrida".
        'hibrido|hibrida|modelo hibrido|modalidad hibrida',
    ),
    onsite: words('presencial|trabajo presencial|modalidad presencial'),
    remotePhrases: words(
      '100% remoto|100% en remoto|teletrabajo completo|teletrabajo total|trabajo en remoto|full remote|' +
        'el puesto es en remoto|el puesto es remoto|el puesto es 100% remoto|' +
        'puesto remoto|puesto en remoto|vacante remota|posición remota|trabajo 100% desde casa|' +
        'desde donde quieras|desde cualquier lugar|' +
        // "Únete a nuestro equipo en remoto": the hire itself is remote.
        'unirte a nuestro equipo en remoto|únete a nuestro equipo en remoto|unirte al equipo en remoto|' +
        'únete al equipo en remoto|unirte a nuestro equipo de forma remota|únete a nuestro equipo de forma remota',
    ),
    hybridPhrases: words(
      // "partly from home", "soms thuis, soms op kantoor": home and office in turn.
      'parcialmente en remoto|en parte desde casa|parcialmente desde casa|a veces desde casa|' +
        'teletrabajo parcial|teletrabajo flexible|días de teletrabajo|semi presencial|semipresencial|' +
        // Chile: "Modalidad Mixta de trabajo", "un esquema mixto".
        'modalidad mixta|esquema mixto|trabajo mixto',
    ),
    onsitePhrases: words(
      '100% presencial|trabajo presencial|puesto presencial|jornada presencial|de forma presencial|de manera presencial',
    ),
    remoteAdverbs: words('remotamente|a distancia'),
    fully: words('100%|100 %|totalmente|completamente|full'),
    shareLinks: words('de|en'),
    partly: words('parcial|parcialmente|ocasional|regularmente'),
    option: words(
      'posibilidad de trabajo|posibilidad de trabajar|posibilidad de|opción de|opción a|posible|' +
        'flexibilidad para|opcional',
    ),
    mix: words('combinación de|mezcla de|mix de|alternancia entre|equilibrio entre'),
    mixJoins: words('y|e|con'),
    days: words('días|día|veces|vez'),
    weeklyTimes: [],
    week: words('a la semana|por semana|semanales|al mes'),
    places: words(
      'en la oficina|en oficina|de teletrabajo|en remoto|desde casa|presenciales|de oficina|' +
        // "Disponibilidad para ir a oficina 1 o 2 veces al mes": office visits counted.
        'ir a la oficina|ir a oficina|ir a las oficinas|asistir a la oficina|asistir a oficina',
    ),
    office: words('en la oficina|en oficina|presencial|presenciales|la oficina|oficina'),
    notRemote: words(
      'sin teletrabajo|no hay teletrabajo|no remoto|no es remoto|remoto no es posible|teletrabajo no es posible',
    ),
    notModel: words('nube|infraestructura|vehículos|sistemas|soluciones|soporte|acceso|asistencia'),
    notPlaceAfter: words(''),
    notModelBefore: words(
      'nube|nubes|arquitectura|arquitecturas|infraestructura|infraestructuras|' +
        'solución|soluciones|tecnología|tecnologías|vehículo|vehículos|coche|coches|motor|motores|' +
        'aparcamiento|parking|comedor|gimnasio|' +
        // "Reuniones presenciales una vez al mes": the meetings are in person, not the job.
        'reunión|reuniones|encuentro|encuentros|evento|eventos',
    ),
    topics: words('política de|política del|normas de'),
    hoursIn: words('en'),
    or: words('o|u'),
    dutyNouns: words(
      'soporte|asistencia|atención|mantenimiento|servicio|servicios|capacitación|capacitaciones|formación',
    ),
    bothWays: words(
      'en sitio y remoto|en sitio y remota|en sitio o remoto|en sitio o remota|en sitio y a distancia|presencial y remoto|presencial y remota|presencial y a distancia|remoto y en sitio|remota y en sitio|remoto y presencial|remota y presencial|in situ y remoto|in situ y remota',
    ),
    channels: words(
      'en línea|online|por teléfono|telefónicamente|por correo|por chat|por videollamada',
    ),
    labels: words('modalidad|modalidad de trabajo|tipo de trabajo'),
    no: words('no'),
    undecided: words('por definir|a definir|a convenir|a discutir'),
    offered: [],
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    // A board's record line: "Tipo de jornada: Completa", "Jornada laboral: Parcial - Mañana".
    fullTime: words(
      'jornada completa|tiempo completo|a tiempo completo|jornada: completa|jornada laboral: completa',
    ),
    partTime: words(
      'tiempo parcial|media jornada|jornada parcial|a tiempo parcial|jornada: parcial|' +
        'jornada laboral: parcial',
    ),
    // Not bare "autónomo" or "por cuenta propia": "un equipo autónomo", "buscar soluciones por cuenta
    // propia" describe how people work, not a self-employed contract.
    contract: words(
      'como autónomo|como autónoma|trabajador autónomo|trabajadora autónoma|régimen de autónomos|' +
        'alta de autónomo|alta en autónomos|contrato de autónomo|freelance|trabajo por cuenta propia|' +
        'trabajador por cuenta propia|trabajadora por cuenta propia|profesional autónomo|profesional independiente|' +
        // Not "una empresa de prestación de servicios" (a services company): the contract's own words.
        'contratación: prestación de servicios|contrato de prestación de servicios|' +
        'contrato por prestación de servicios|por prestación de servicios|boleta de honorarios|a honorarios|' +
        // A consultant's engagement for a term: "Consultoría con duración de 6 meses".
        'consultoría con duración|consultoría por|contrato de consultoría|por honorarios|pago por honorarios',
    ),
    temporary: words(
      'contrato temporal|contrato de duración determinada|de duración determinada|contrato por obra|' +
        'interinidad|' +
        // A job for one season: "para la temporada de verano".
        'para la temporada de verano|para la temporada de invierno|para la temporada|por temporada|' +
        'contrato de temporada|trabajo de temporada|' +
        // Chile: a replacement during a leave ("por reemplazo maternal", "por licencia médica"),
        // a fixed term ("contrato a plazo fijo") or a temporary-staffing hire ("servicio transitorio").
        'por reemplazo|reemplazo maternal|reemplazo de licencia|por licencia médica|por licencia medica|' +
        'por concepto de reemplazo|o reemplazos|plazo fijo|servicio transitorio|contrato por obra o labor|' +
        'obra o labor|término fijo|termino fijo|contrato por proyecto|contratación por proyecto|' +
        'contrato de temporada|temporada de verano|fijo discontinuo',
    ),
    // Not bare "prácticas": "buenas prácticas", "prácticas que fomentan…" are practices, and so are
    // "conocimiento de prácticas de testing": only a noun of the placement before "de prácticas".
    // Argentina says "pasantía" ("ley de pasantías", "Pasante de RRHH").
    internship: words(
      'en prácticas|periodo de prácticas|período de prácticas|programa de prácticas|beca de prácticas|' +
        'oferta de prácticas|puesto de prácticas|plaza de prácticas|plazas de prácticas|acuerdo de prácticas|' +
        'estudiante de prácticas|alumno de prácticas|alumna de prácticas|convenio de prácticas|' +
        'prácticas profesionales|prácticas curriculares|prácticas extracurriculares|' +
        'prácticas remuneradas|prácticas académicas|contrato: prácticas|contrato de prácticas|' +
        'becario|becaria|pasante|pasantes|pasantía|pasantías|pasantia|pasantias|' +
        // Chile, Peru and Colombia name the placement in the singular: "práctica profesional", "Pago
        // práctica: …", "alumno en práctica"; and the intern a "practicante".
        'práctica profesional|práctica laboral|práctica remunerada|práctica industrial|pago práctica|' +
        'pago de práctica|lugar de práctica|oferta de práctica|alumno en práctica|alumna en práctica|' +
        'estudiante en práctica|practicante|practicantes',
    ),
    apprenticeship: words('formación dual|contrato de formación|aprendiz'),
    // Not the bare adjective: "información que proporcionen de manera voluntaria" is no volunteer post.
    volunteer: words(
      'voluntariado|como voluntario|como voluntaria|trabajo voluntario|labor voluntaria|voluntario/a|' +
        'puesto de voluntario|buscamos voluntarios|buscamos voluntarias',
    ),
    perDiem: words('por día trabajado'),
    internTitles: words('becario|becaria|pasante|practicante'),
    apprenticeTitles: words('aprendiz'),
    contractTitleHeads: [],
    contractTrades: [],
    contractTitleTails: words('freelance|autónomo|autónoma|por proyecto'),
    temporaryTitles: words('temporal|de temporada'),
    noType: words(''),
    notTypeAfter: [],
    // "… except internships": the type after these words is left out, not the job's.
    exceptBefore: words(
      'excepto|a excepción de|a excepción del|con excepción de|con excepción del|salvo para',
    ),
    bothHours: words(
      'jornada completa o parcial|tiempo completo o parcial|jornada completa y parcial',
    ),
    past: words(
      'experiencia previa|previa|previo|previas|experiencia en prácticas|experiencia de prácticas|' +
        // "haber realizado prácticas en un despacho": a placement the candidate has done.
        'realizado prácticas|realizado unas prácticas|prácticas realizadas|prácticas finalizadas',
    ),
    permanent: words('contrato indefinido|contratación indefinida|indefinido'),
    labels: words(
      'tipo de contrato|tipo de jornada|tipo de empleo|jornada|jornada laboral|contrato|' +
        // Argentina: "Contratación: prestación de servicios (monotributo)".
        'contratación|modalidad de contratación',
    ),
    contractValues: words('por proyecto|prestación de servicios|freelance|autónomo'),
    temporaryValues: words('temporal|eventual|por obra'),
    fullTimeValues: words('completa|jornada completa|tiempo completo'),
    partTimeValues: words('parcial|media jornada|tiempo parcial'),
    payLabels: words('tarifa por hora|salario por hora'),
    // "media jornada libre al mes", "un día libre por tu cumpleaños": time off, not the job's hours.
    // Mexico's "pasante" in a degree requirement ("Licenciatura concluida (pasante o titulado)") is
    // a graduate without the title yet, not an intern.
    ownJob: words('este puesto|esta posición|esta vacante|se trata de'),
    eligibility: words(
      'derecho a|jornada libre|jornadas libres|día libre|días libres|' +
        // "Abstenerse agencias y freelance": who should not apply.
        'abstenerse|se ruega abstenerse|' +
        // "Todos los empleados a tiempo completo reciben …": a perk of the staff, not this job's hours.
        'todos los empleados a tiempo completo|cada empleado a tiempo completo|' +
        'todos los empleados a tiempo parcial|cada empleado a tiempo parcial|' +
        'pasante o titulado|pasante o titulada|titulado o pasante|titulada o pasante|' +
        'pasante y/o titulado|titulado y/o pasante|pasantes o titulados|titulados o pasantes',
    ),
    basis: words('en base a|sobre la base de|a jornada completa equivalente'),
    workloadLabels: words('jornada laboral|porcentaje de jornada'),
    weeklyHours: words(
      'horas semanales|horas a la semana|horas/semana|h/semana|horas por semana|h semanales|' +
        // "15h/semanales", "36 hrs semanales", "40 hs. semanales": the board shorthand.
        'h/semanales|hrs semanales|hrs. semanales|hs semanales|hs. semanales',
    ),
    laterChance: words('posibilidad de|oportunidad de|opción de|perspectiva de'),
    pastAs: words('como|en calidad de'),
    weekOf: words('semana de|semanas de|jornada semanal de'),
    hourUnits: words('horas|hrs|hs'),
    hoursOf: words(
      'jornada laboral de|jornada de trabajo de|jornada de|jornada laboral|horario de trabajo',
    ),
    hoursBasisBefore: words('en base a|sobre la base de|calculado sobre'),
    to: words('a|o'),
    months: words('meses|mes|años|año'),
    keptFiles: words('CV|currículum|curriculum|candidaturas|datos personales'),
    durationLabels: words('duración|duración del contrato|duración del proyecto|plazo'),
    contractWords: words('contrato|proyecto|por un período|por un periodo|por un plazo'),
    extendable: words('prorrogable|renovable|con posibilidad de continuidad|ampliable'),
    flexOptions: words('puesto compartido|trabajo compartido'),
    laterHours: words(
      'con posibilidad de pasar a|con opción de pasar a|que puede convertirse en|con posibilidad de ampliar a',
    ),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words('reubicación|traslado|mudanza|relocalización|relocation'),
    offer: words('ayuda|ayudas|paquete|apoyo|cubrimos|cubre|financiamos|asumimos|incentivo'),
    housing: words(
      'alojamiento incluido|vivienda incluida|ayuda para vivienda|ayuda al alojamiento|alojamiento gratuito',
    ),
    payAllowances: words('boleto aéreo anual|boletos aéreos|pasaje aéreo anual|pasajes aéreos'),
    candidate: words('dispuesto|dispuesta|disponibilidad para|disponibilidad de'),
    candidatePays: words(
      'por cuenta del candidato|a cargo del candidato|a cargo de la persona candidata|por cuenta propia|a su cargo|responsabilidad del candidato|a su propia costa|por su cuenta',
    ),
    negations: words('no|sin|ningún|ninguna|nunca'),
    // A form's answer to its relocation question ("Relocation? N", "Relocation: Yes").
    answerYes: words('sí|si|s'),
    answerNo: words('no|n'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words('visado|visa|permiso de trabajo|permiso de residencia|patrocinio'),
    immigration: words(
      'visado|visa|permiso de trabajo|permiso de residencia|inmigración|extranjería',
    ),
    offer: words(
      'ayuda|apoyo|gestionamos|pagamos|tramitamos|nos encargamos|facilitamos|tramitación|trámite',
    ),
    offerPhrases: words(
      'ayuda con el visado|gestión del visado|tramitación del visado|apoyo con el permiso de trabajo',
    ),
    refusals: words('no podemos patrocinar|sin patrocinio|no ofrecemos patrocinio'),
    // "hiring worldwide, no visa required": the job needs none, no word on sponsorship.
    notNeeded: words(
      'no se requiere visa|no se requiere visado|no necesitas visa|no necesitas visado|sin necesidad de visa|sin necesidad de visado|visa no requerida|visado no requerido',
    ),
    onlyFor: words(
      'solo para|sólo para|solamente para|exclusivamente para|reservado a|reservada a|limitado a|limitada a',
    ),
    thirdPartySponsors: [],
    authorization: words(
      'permiso de trabajo|autorización de trabajo|autorización para trabajar|permiso de residencia y trabajo',
    ),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    // "Disponibilidad de viaje (50%)": the singular noun too.
    travel: words('viajar|viajes|viaje|desplazamientos'),
    demand: words(
      // The job's travel offered as a chance: "opportunities to travel for the right candidate".
      'posibilidad de viajar|oportunidad de viajar|oportunidades de viajar|' +
        'diarios|diario|disponibilidad|dispuesto|dispuesta|frecuentes|frecuente|ocasionales|necesarios|' +
        // "Presencial o remoto con viajes": the work comes with trips.
        'con viajes|con desplazamientos',
    ),
    notDemand: words(
      'gastos de viaje|agencia de viajes|agencia de viaje|gastos de desplazamiento|viaje de incentivo|viajes de incentivo|' +
        'sin viajes|sin desplazamientos|no requiere viajar|no se requiere viajar',
    ),
    visits: words(
      'visitas a clientes|visitas a obra|visitas a obras|visitas comerciales|viajes de negocio|' +
        'viajes de negocios|desplazamientos frecuentes',
    ),
    shareOfTime: words('del tiempo|del tiempo de trabajo'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {
    onCall: words('guardias'),
    night: words('turno de noche|turnos de noche|trabajo nocturno'),
    nightPlaces: [],
    shift: words('trabajo a turnos|turnos rotativos|por turnos|turnos'),
    shiftKinds: [],
    shiftTimes: [],
    shiftNouns: [],
    hourUnits: words('horas'),
    shiftHours: [],
    shiftNotBefore: [],
    weekend: words('fines de semana|fin de semana|los sábados|los domingos'),
    weekendCues: [],
    weekendKinds: [],
    weekendNouns: [],
    weekFirstDays: words('lunes|de lunes'),
    weekJoins: words('a'),
    weekendDays: words('sábado|domingo'),
    dayNames: words('lunes|martes|miércoles|jueves|viernes|sábado|domingo'),
    irregular: words('horario irregular|horarios irregulares|horario rotativo|horarios rotativos'),
    leisure: words('disfruta'),
    stems: words('guardia|noche|nocturn|turn|sábado|domingo|semana|horario'),
  },

  credentials: {
    notBodies: [],
    registrationNouns: [],
    registeredWith: [],
    registeredArticles: [],
    professional: words(
      'colegiación|colegiacion|colegiado/a|colegiada/a|colegiado|colegiada|' +
        // Argentina's licence to practise a profession: "Matrícula habilitante (excluyente)".
        'matrícula habilitante|matrícula profesional|matrícula nacional|matrícula provincial|' +
        'matricula habilitante|matricula profesional',
    ),
    registerNouns: [],
    registryNouns: [],
    registryActive: [],
    registryAt: [],
    forklift: [
      ...words('carné de carretillero|carné de carretillera|carne de carretillero'),
      ...words('carne de carretillera'),
      // Spain also writes "carnet"; Mexico's forklift is the "montacargas".
      ...words(
        'carnet de carretillero|carnet de carretillera|carnet de carretillas|carné de carretillas',
      ),
      ...words(
        'licencia de montacargas|licencia de operador de montacargas|certificado de montacargas',
      ),
    ],
    levelWords: [],
    certificateNouns: [],
    ticketNouns: [],
    certifiedWords: [],
    stems: words('colegia|carretill|matr'),
  },

  field: {
    ends: [
      ...words(
        'idealmente|preferiblemente|o similar|o equivalente|mínimo|deseable|se valorará|sería',
      ),
      ...words('valorable|valorado|valorada'),
    ],
    plusCopulas: [],
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    orgAt: [],
    orgArticles: [],
    orgNouns: [],
    articles: words('el|la|los|las|una|un'),
    copulas: words('es|son'),
    trailingLinks: words('durante'),
    glueWords: [],
    clauseStarts: [],
    listJoins: words('o|y'),
    lastJoins: words('o|y'),
  },

  license: {
    driving: [
      ...words('carne de conducir|carne de conducción|carnet de conducir|carnet de conducción'),
      ...words('carné de conducir|carné de conducción|carnét de conducir|carnét de conducción'),
      ...words('permiso de conducir|licencia de conducir|licencia de conducción|brevete'),
      // Mexico's word for the driving licence: "Licencia de manejo vigente".
      ...words('licencia de manejo|licencia de manejar|licencia para conducir'),
    ],
    // "carnet B", "carné C1": the short name before a class letter.
    drivingShort: words('carnet|carné|licencia'),
    drivingShortTails: [],
    drivingShortCues: words('vigente|al día'),
    adjectives: [],
    classBefore: words('clase|categoría'),
    classJoins: words('y|e'),
    classArticles: [],
    classAfter: words('categoría|clase|tipo'),
    commercial: [],
    commercialClass: [],
    nursing: [],
    nursingHeld: [],
    nursingAs: [],
    clearanceLevels: [],
    clearanceSecurity: [],
    clearance: [],
    polygraph: [],
    stems: words('carné|carnet|carne|permiso|licencia|brevete'),
  },

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLeads: words('oferta|empleo|oferta laboral'),
    titleLabels: words(
      'título de la oferta|título de la vacante|puesto|título|cargo|vacante|denominación|denominación del puesto|título del trabajo|título del puesto|nombre del puesto',
    ),
    advertiserLabels: words('publicado por|anunciante'),
    advertiserLeads: words('de parte de'),
    calendarMonths: words(
      'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|jun|jul|ago|sep|oct|nov|dic',
    ),
    sendToWords: words(
      'enviar cv a|envía tu cv a|envíe su cv a|enviar hoja de vida a|enviar currículum a',
    ),
    // "Zona sur de Ciudad de México": the part of town before its name.
    careersPages: words(
      'Empleo|Empleos|Trabaja con nosotros|Bolsa de trabajo|Vacantes|Carreras|Detalles del empleo|Detalles de la oferta|' +
        'Nuestras vacantes|Nuestras ofertas|Nuestras ofertas de empleo|Vacantes disponibles',
    ),
    boardLinks: words(
      'ver todas las ofertas|ver todos los empleos|compartir esta página|compartir esta oferta|' +
        'todas las ofertas|volver a las ofertas|inicio|menú|postúlate|postularme|postular|aplicar ahora|más informes',
    ),
    areaAfter: words('centro|centro ciudad'),
    metroAfter: [],
    areaWords: words(
      'zona de|cerca de|área de|zona sur de|zona norte de|zona centro de|zona oriente de|' +
        'zona poniente de|zona este de|zona oeste de',
    ),
    companyLabels: words(
      'empresa|empleador|compañía|organización|nombre de la compañía|nombre de la empresa',
    ),
    locationLabels: words(
      'ubicación|lugar de trabajo|localidad|ciudad|población|localización|lugar|sede|sede o residencia|' +
        // Mexico: "Zona de trabajo: Monterrey".
        'zona de trabajo',
    ),
    placeholders: words(
      'varias ubicaciones|múltiples ubicaciones|cualquier lugar|todo el mundo|global|no especificado|sin especificar',
    ),
    commuteClauses: words('desplazarse sin problemas|desplazamiento sin problemas'),
    bylineTerms: words(
      'jornada|tiempo completo|indefinido|híbrido|hibrido|remoto|teletrabajo|presencial|totalmente remoto|completamente remoto|' +
        'actualmente remoto|temporalmente remoto',
    ),
    jobWords: [
      // Laboratorio y ciencias: "Químico", "Bióloga".
      ...words(
        'químico|biólogo|bióloga|microbiólogo|microbióloga|físico|geólogo|geóloga|psicólogo|psicóloga',
      ),
      ...words(
        'estadístico|matemático|veterinaria|dentista|odontólogo|odontóloga|cirujano|cirujana|nutricionista',
      ),
      // Language work: "Interpreter: English to Vietnamese".
      ...words('traductor|traductora|intérprete'),
      ...words('mensajero|mensajera|mesero|mesera|peluquero|peluquera'),
      ...words('albañil|yesero|techador'),
      // "Jovem Aprendiz", "Aprendiz de cocina": the apprentice's post named alone.
      ...words('aprendiz|aprendizes|aprendices'),
      ...words(
        'desarrollador|desarrolladora|ingeniero|ingeniera|gerente|técnico|técnica|comercial|analista|asistente|becario',
      ),
      ...words('dba'),
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
      ...words(
        'arquitecto|arquitecta|especialista|supervisor|supervisora|diseñador|diseñadora|contador|contadora',
      ),
      ...words('administrador|administradora|practicante|abogado|abogada|científico|científica'),
      // "PROMOTOR", "Asesor de ventas", "Desalojador": a sales or field role named alone.
      ...words('promotor|promotora|promotores|asesor|asesora|asesores'),
      // "MÉDICOS CARDIOLOGOS", "Pasante de RRHH", "Lavaplatos": the clinic's, the intern's, the kitchen's.
      ...words(
        'médico|médica|médicos|médicas|pasante|pasantes|lavaplatos|friegaplatos|coordinadores',
      ),
    ],
    titleIntros: words('como|buscamos|estamos buscando|precisamos|puesto de|cargo de'),
    descriptionHeadings: words(
      'descripción|descripcion|descripción del puesto|descripción de la oferta|descripción del empleo|detalles',
    ),
    roleSubjectArticles: words('el|la|nuestro|nuestra'),
    roleSubjectVerbs: words('será responsable|se encargará|tendrá como|es responsable'),
    roleSubjectOthers: words('responsable|reclutador|reclutadora|gerente|manager'),
    hiringCues: words(
      'busca|buscamos|está buscando|estamos buscando|selecciona|seleccionamos|incorpora|precisa|necesita|contrata|contratamos|' +
        // "Hotel Sol y Mar abre proceso de selección para camarero/a": the employer opens a hire.
        'abre proceso de selección para|abre un proceso de selección para|abre vacante para',
    ),
    titleLinks: words('de|del'),
    titleModifiers: [],
    articles: words('un|una|un/a|un/una|uno|nuevo|nueva'),
    atCompany: words('en la empresa'),
    // "Ethos Innovación en Políticas Públicas es un Centro …": a small word inside the name.
    nameLinks: words('y|de|del|en|de la|de los|de las'),
    titleCitySuffixes: words('empleo en|trabajo en'),
    headlineIn: words('en'),
    streetWords: words(
      'calle|c/|avenida|avda.|av.|paseo|plaza|carretera|camino|ronda|travesía|polígono',
    ),
    townParticles: words('de|del|la|las|los|el'),
    // A want-ad headline around the title: "Cercasi X per Y", "Cook wanted for Y!", "Gezocht: X".
    // Latin American ads open with the employer's own verb: "Solicitamos Mecánico", "Contratamos Chofer".
    wantedHeads: words(
      'se busca|se necesita|se solicita|se requiere|vacante para|vacante de|oferta de empleo para|' +
        'oportunidad laboral para|solicitamos|contratamos|requerimos|necesitamos',
    ),
    wantedTails: words(''),
    wantedFor: words('para'),
    titleDecorations: words('urgente|incorporación inmediata|oferta de empleo|oferta de trabajo'),
    titlePageNouns: words('descripción del puesto|descripcion del puesto'),
    titleJobNouns: [],
    confidential: words(
      'confidencial|empresa confidencial|anónimo|anónima|' +
        // A board's name for an employer who stays unnamed: "Empresa de prestación de servicios".
        'empresa de prestación de servicios|empresa de servicios|importante empresa|empresa líder',
    ),
    agencyCues: words(
      'nuestro cliente|nuestra cliente|para importante empresa|para una empresa cliente|empresa cliente',
    ),
    aboutWords: words('sobre|acerca de|quiénes somos|trabajar en'),
    aboutArticles: words('la|el|los|las'),
    employerIntro: words(
      'únete a|unirte a|trabajar en|forma parte de|formar parte de|el equipo de|la familia de|' +
        // "¡Únete al equipo del Grupo Acme!", "dentro del Grupo Acme": the article glued to "de".
        'al equipo de|al equipo del|el equipo del|la familia del|dentro del',
    ),
    roleAs: words('como'),
    roleAtPreps: words('en'),
    contactWords: words('contacto|persona de contacto'),
    employerAt: words('en'),
    weWords: words(
      'somos|buscamos|creemos|trabajamos|estamos|queremos|ofrecemos|nosotros|nuestro|nuestra',
    ),
    employerArticles: words(''),
    formArticles: words('la empresa|la compañía|en|la|el|para'),
    siteNouns: words('colegio|escuela|instituto|hospital|clínica|universidad|guardería|residencia'),
    departmentWords: words(
      'cocina|eventos|finanzas|marketing|ventas|operaciones|administración|ingeniería|logística|hostelería|mantenimiento|atención al cliente|recursos humanos|informática|compras|producción|almacén|contabilidad|calidad',
    ),
    employerUnits: words('unidad|unidad de negocio|división|área|sucursal'),
    departmentLabels: words('departamento|ministerio|secretaría'),
    refLabels: words('id|ref|ref.|referencia'),
    employerNouns: words(''),
    ofWords: words('de|del'),
    // An adverb of time opening the hiring sentence ("Siempre buscamos", "Derzeit suchen wir"): no name.
    notEmployers: words(
      'resumen|general|concreto|definitiva|especial|particular|siempre|actualmente|hoy|ahora|también|constantemente',
    ),
    youWords: words('te|tú|usted|ustedes'),
    possessives: [],
    institutions: words('Universidad de|Universidad|Universitat de|Universitat'),
    buildings: words('edificio|torre|centro|campus|hospital|parque'),
    // "O Grupo Vigia de Preço oferece …": the employer presenting what it offers.
    subjectVerbs: words(
      'es|desarrolla|ofrece|opera|brinda|fabrica|produce|ayuda|conecta|crea|en alianza con|en colaboración con',
    ),
    equalOpportunity: words(
      'es un empleador que ofrece igualdad de oportunidades|es una empresa comprometida con la igualdad de oportunidades|es un empleador que promueve la igualdad de oportunidades',
    ),
    selfIntroAt: [],
    subjectFillers: words('desarrollamos'),
    subjectAsides: words('filial de|parte de|miembro de|miembro del'),
    subjectSince: words('Desde|Fundada en|Fundado en'),
    subjectAt: [],
    weAt: words('En'),
    weAtName: words('Nosotros en|Nosotras en'),
    youVerbs: words('encontrarás|encontrará|encontraréis|vas a encontrar|tendrás'),
    weVerbs: words('desarrollamos|creamos|construimos|ayudamos'),
    wePronouns: words('nosotros'),
    weNameArticles: words('los|las'),
    weAre: words('somos|nosotros somos'),
    weAreArticles: words('la|el|los|las'),
    weAreKinds: words('un|una'),
    nameLeads: words('del'),
    notSubject: words('Como|Se|Equipo'),
    notCompany: words(
      'gobierno|el gobierno|' +
        'nosotros|ti|usted|el puesto|este puesto|la empresa|el empleo|la vacante|el rol|la posición|' +
        'el equipo|la oferta|el cargo|la oportunidad|nuestra empresa|nuestro equipo|vos|ustedes|' +
        // "Sobre el proyecto": the project staffed, not an employer.
        'el proyecto|del proyecto|este proyecto|el producto',
    ),
    // A record's field value under the title ("Horaire", "Salaire : …") names no employer.
    notNameStart: words(
      'Horario|Salario|Sueldo|Jornada|Contrato|Ubicación|Permanente|Temporal|Empleos|Vacantes|Trabaja|Beneficios|Postulación',
    ),
    placeAt: words('en|a'),
    seatAfter: [],
    nameSmallWords: [],
    welcomeTails: words('bienvenidos|bienvenidas|bienvenidos/as|bienvenido/a'),
    placeEndings: [],
    studiedAt: words('título'),
    listAnd: words('y'),
    listOr: words('o|u|y/o'),
    placeOfHeads: words(''),
    leadCommitments: [],
    leadVerbs: [],
    genderMarks: [],
    genderWords: [],
    genderEndings: words('as|a'),
    companyNouns: words('empresa'),
    townNameNouns: [],
    confidentialNouns: [],
    cityFields: words('ciudad|municipio|localidad'),
    regionFields: words('estado|provincia|región'),
    countryFields: words('país|pais'),
    cityStates: words('Singapur|Hong Kong|Mónaco|Macao'),
    siteWords: words('campus|sede|planta|sucursal'),
    islandWords: words('isla de|islas de'),
    islandNotNames: words('Grupo|Holding|Hotel|Fundación'),
    townLinks: words('de|del|de la|de los'),
    officeNouns: words(
      'oficina|oficinas|sedes|sucursal|tienda|planta|almacén|clínica|local|hotel|restaurante|centro',
    ),
    officeWords: words(
      'sede central|oficina central|oficinas centrales|sede principal|casa matriz',
    ),
    jobBasedIn: words('estará ubicado en|estará basado en|puesto está ubicado en'),
    ourWords: words('nuestra|nuestro|nuestras|nuestros'),
    basedIn: words(
      'presencial en|híbrido en|hibrido en|residencia en|radicado en|radicada en|ubicado en|ubicada en|situado en|situada en|oficina en|oficinas en|sede en|centro de trabajo en|' +
        // "Tu lugar de trabajo será Rosario", "Lugar de trabajo en Pilar".
        'tu lugar de trabajo será|tu lugar de trabajo es|su lugar de trabajo será|lugar de trabajo en|' +
        // "Residir en Bogotá, Cali o Medellín": the candidate lives where the job is.
        'residir en',
    ),
    jobOpenIn: [],
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {
    or: words('o|u|y/o|ó|o bien'),
    oneOf: words('uno de|una de|al menos uno de|al menos una de|alguno de|alguna de|cualquiera de'),
    dutyHeadings: words(
      'funciones|tus funciones|sus funciones|funciones principales|principales funciones|' +
        'responsabilidades|tus responsabilidades|qué harás|que harás|tu rol|el puesto|tareas|' +
        'tus tareas|tu misión|misión del puesto|día a día|tu día a día',
    ),
    dutyCues: words(
      'utilizarás|usarás|trabajarás con|serás responsable|te encargarás|gestionarás|desarrollarás|trabajamos con|somos expertos|somos especialistas',
    ),
    notTools: words('informatica|teams'),
    compoundNouns: [],
    unitNouns: [],
    unitOwners: [],
    ownBodies: words(
      'servicio|oficina|departamento|dirección|agencia|ministerio|comisión|consejo|programa|secretaría|administración|autoridad',
    ),
    ownRoles: words(
      'responsable|jefe|jefa|gerente|ingeniero|ingeniera|técnico|técnica|analista|consultor|' +
        'consultora|coordinador|coordinadora|director|directora|asesor|asesora|desarrollador|' +
        'desarrolladora',
    ),
    nameJoiners: words('de|del|la|las|los|y|para'),
    foundVia: words('vía|via|a través de'),
    profileBefore: words('tu|su|tus|sus|perfil de|perfil en|enlace a|enlace a tu|cuenta de'),
    profileAfter: words('perfil|cuenta|enlace'),
    hiringSteps: words(
      'entrevista por videollamada|entrevista vía|entrevista por teams|entrevista por zoom|videoentrevista',
    ),
    consent: words(
      'consentimiento para el tratamiento|consentimiento al tratamiento|tratamiento de sus datos personales',
    ),
    forbidden: words(
      'está prohibido|está prohibida|están prohibidos|no está permitido|no está permitida',
    ),
    toolCues: words(
      'avanzado|avanzada|conocimientos|conocimiento|dominio|manejo|lenguajes|lenguaje|herramientas|desarrollo|experiencia|programación',
    ),
  },
};
