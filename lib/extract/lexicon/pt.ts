import { ptEducationCues } from './pt-kinds';
import type { Lexicon } from './types';
import { words } from './words';

/** Portuguese. */
export const pt: Lexicon = {
  code: 'pt',
  abbreviations: words('p.ex|ex|aprox|sra|dra'),
  capitalisedNouns: false,
  stopwords: words(
    'o|a|os|as|e|de|do|da|com|para|em|um|uma|que|você|nosso|nossa|são|na|no|dos|das|ao',
  ),
  numbers: {
    um: 1,
    uma: 1,
    dois: 2,
    duas: 2,
    três: 3,
    quatro: 4,
    cinco: 5,
    seis: 6,
    sete: 7,
    oito: 8,
    dez: 10,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {
    // "4 anos de conhecimentos em Javascript": years of a skill are years of experience.
    nouns: words('experiência|conhecimentos|conhecimento'),
    years: words('anos|ano'),
    months: words('meses|mês'),
    rangeJoins: words('a|e|ou|até'),
    unitRangeJoins: words('a|até'),
    rangeMax: words('máximo|no máximo|máximo de|um máximo de'),
    orMore: words('ou mais|mínimo|no mínimo'),
    atLeast: words('pelo menos|mínimo|mínimo de|no mínimo'),
    moreThan: words('mais de|acima de'),
    upTo: words('até|máximo|no máximo|menos de'),
    trapFields: [],
    trapsAfter: words(
      'de idade|de garantia|de contrato|de história|de mercado|de existência|de validade|restantes|' +
        'de compromisso|de permanência|compromisso inicial|permanência mínima|a fio',
    ),
    pooledAfter: [],
    substitutes: words('pode substituir|podem substituir|poderá substituir|poderão substituir'),
    trapDurations: words('duração|duração de'),
    trapsBefore: words(
      'período de experiência|período de formação|período de integração|' +
        // "Período de adaptação (experiência) de 3 meses": the first months on the job, no requirement.
        'período de adaptação (experiência)|período de adaptação|contrato de experiência|' +
        'fundada em|fundado em|desde|há|há mais de|há quase|contrato de|duração de|duração|garantia|temos|possuímos|idade|idade entre|idade mínima|idade mínima de|faixa etária|faixa etária de|faixa etária entre',
    ),
    candidateCues: words(
      'buscamos|procuramos|você tem|você possui|requisitos|exigimos|é necessário|necessário',
    ),
    taskWords: words(
      'vários|várias|múltiplos|múltiplas|diversos|diversas|diferentes|simultaneamente|ao mesmo tempo|em paralelo|multitarefa|de forma autônoma|com autonomia|sob pressão|ambiente dinâmico|em equipe',
    ),
    roles: words('função|funções|cargo|cargos|posição'),
    contextGate: words('mercado|trabalho'),
    candidateNouns: [],
    candidateHas: [],
    companyWe: words('nós|nossa|nosso|temos'),
    companyWeStems: [],
    genericWords: words('profissional|relevante'),
    genericLead: [],
    noFieldWords: [
      ...words(
        'o|a|os|as|este|esta|esse|essa|mesmo|mesma|similar|semelhante|equivalente|na|no|da|do|em',
      ),
      ...words(
        'área|áreas|setor|sector|campo|domínio|ramo|função|cargo|total|profissional|relevante|experiência',
      ),
      ...words('ou|e'),
    ],
    roleIntros: words('como'),
    ofFieldEnds: [],
    roleAfter: words('na|no|em|com|como'),
    qualitativeCues: [],
    degrees: [],
    decadeCounts: { duas: 2 },
    yearAdjectives: {},
    leadingYearEnds: [],
    workContext: words('no mercado|de trabalho'),
    workedBefore: words('trabalhou|ter trabalhado|tenha trabalhado|atuou|ter atuado|tenha atuado'),
    decadeUnits: [],
    decadeOf: [],
    decadeNouns: words('de experiência'),
    fieldNouns: words('experiência'),
    fieldBeforePreps: words('em|na|no'),
    fieldOf: words('de'),
    fieldMinimum: words('pelo menos|mínimo'),
    rolePreps: words('em|como'),
    roleArticles: words('um|uma'),
    roleOf: words('de|como'),
    nounAbbreviations: [],
    afterNounAdjectives: words('profissional'),
    afterNounPreps: words('em|no|na|com|como'),
    elided: [],
    unitOf: words('de'),
    unitWorking: words('trabalho|trabalhando|atuando'),
    afterUnitPreps: words('com|na|no|em'),
    beforeOf: words('de'),
    haveWords: [],
    qualAdjectives: [],
    workWords: [],
    nounStarts: [],
    qualAfterNoun: [],
    qualPreps: words('em|na|no'),
    companyOwners: words('nossa|nosso|nossas|nossos'),
    companyNouns: words('equipe|equipa|empresa|grupo|fundadores|especialistas'),
    companyHave: words('temos|contamos com'),
    companyHaveNot: [],
    borrowedLeads: words('dos quais|sendo'),
    borrowedMinimums: words('pelo menos|no mínimo'),
    borrowedOfWhich: [],
    borrowedPreps: words('como|em|na|no'),
    borrowedArticles: words('um|uma|o|a'),
    headerLabels: words('anos de experiência|experiência exigida'),
    levelLabels: words('nível de carreira|nível hierárquico|nível do cargo'),
    ofField: [],
    recordMarks: words('obrigatório|desejável'),
    domainPreps: words('no|na|em'),
    domainArticles: words('o|a|os|as'),
  },

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {
    trailing: words(
      'desejável|desejáveis|diferencial|é diferencial|será um diferencial|um diferencial|é um diferencial|um plus|é um plus|não é obrigatório|não obrigatório|não é pré-requisito|opcional|é um extra|será um extra|seria um extra|' +
        // Not required, yet wanted: "(non vincolante)" (`notExcluding`).
        'não eliminatório|não é eliminatório|não excludente|não é excludente|' +
        // "Francês ou disponibilidade para aprender": the skill may still be learnt, so it is a plus.
        'ou disponibilidade para|ou disposição para|ou disposto a|ou disposta a|ou vontade de aprender',
    ),
    leading: words(
      'preferencialmente|idealmente|de preferência|diferenciais|desejável|desejáveis|será um diferencial|será um plus|diferencial',
    ),
    required: words(
      'obrigatório|obrigatória|obrigatórios|imprescindível|pré-requisito|requisito|indispensável|necessário|necessária|exigido|exigida',
    ),
    notRequired: words(
      'não é obrigatório|não obrigatório|não é pré-requisito|não é necessário|não é imprescindível',
    ),
    forThisRole: words(
      'é obrigatório para esta vaga|é obrigatória para esta vaga|é obrigatório para esta função|' +
        'é obrigatória para esta função|é requisito para esta vaga|é imprescindível para esta vaga',
    ),
    notExcluding: words('não eliminatório|não é eliminatório|não excludente|não é excludente'),
    fillers: words('é|são|seria|seriam|muito|altamente|um|uma'),
    clauseSubjects: words('você|vocês|tu'),
    afterCueJoins: words('com'),
  },

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {
    preferred: words(
      'diferencial|diferenciais|desejável|desejáveis|valoriza|será um extra|seria um extra|um extra|' +
        'aumentam o match|aumentam suas chances|pontos extras|seria legal|será legal',
    ),
    preferredWords: words(''),
    payPhrases: [],
    // "Candidato ideal", "Perfil ideal": the person asked for, so the heading's items are required.
    personNouns: words('candidato|candidata|perfil'),
    required: words(
      'obrigatório|obrigatórios|obrigatória|obrigatórias|imprescindível|imprescindíveis|indispensável|indispensáveis|' +
        'experiência em|experiência com|requisitos|perfil|o que procuramos|exigido|exigida|exigidos|exigidas|' +
        'o que buscamos|quem procuramos|quem buscamos|o que esperamos de você|o que esperamos de ti',
    ),
    headings: words(
      'como se candidatar|como candidatar-se|como aplicar|' +
        'requisitos desejáveis|introdução|requisitos|responsabilidades|requisitos e qualificações|responsabilidades e atribuições|' +
        'informações adicionais|diferenciais|' +
        // A section under the title, not the employer: "## Informações sobre a vaga".
        'informações sobre a vaga|informações sobre o emprego|informações sobre a função|sobre a vaga',
    ),
    offer: words(
      'oferecemos|benefícios|quem somos|descrição da empresa|sobre a empresa|' +
        'como se candidatar|como candidatar-se|como aplicar',
    ),
    about: words(''),
    aboutJob: words(''),
    otherJobs: words(
      'vagas semelhantes|vagas similares|empregos semelhantes|outras vagas|' +
        'vagas relacionadas|você também pode gostar|também pode te interessar',
    ),
    itemOpeners: words(
      'Experiência|Conhecimento|Conhecimentos|Domínio|Boa|Bom|Boas|Bons|Excelente|Excelentes|Formação|Graduação|Ensino|Licenciatura|Capacidade|Disponibilidade|Carta|Mínimo|Vivência|Desejável|Diferencial',
    ),
    fieldLabels: words(
      'experiência|salário|remuneração|formação|escolaridade|idioma|idiomas|local|local de trabalho|localização|tipo de contrato|contrato|regime de contratação|jornada|horário|duração|viagens|benefícios',
    ),
  },

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words('doutorado|doutoramento|phd'),
      master: words('mestrado|pós-graduação|pós graduação|especialização|mba'),
      bachelor: words(
        'bacharelado|licenciatura|graduação|graduação completa|ensino superior|' +
          'ensino superior completo|superior completo|formação superior|curso superior|' +
          'nível superior|formado em|formada em|graduado em|graduada em|licenciado em|' +
          'licenciada em',
      ),
      associate: words('tecnólogo|tecnóloga|curso tecnólogo|curso de tecnólogo'),
      vocational: words(
        'curso técnico|técnico em|ensino técnico|formação técnica|nível técnico|formação profissional|' +
          'curso profissionalizante|ensino profissionalizante|curso profissional',
      ),
      high_school: words(
        'ensino médio|ensino médio completo|ensino secundário|12º ano|12.º ano|segundo grau|' +
          // Portugal's compulsory schooling named by its last year: "9º ano de escolaridade mínima"
          // (the lowest level the labels know, as Spain's ESO).
          '9º ano|9.º ano|9º ano de escolaridade|escolaridade obrigatória|escolaridade mínima obrigatória',
      ),
    },
    abbreviations: {},
    enrolment: words(
      'cursando|estudante de|estudantes de|matriculado em|matriculada em|graduação em andamento|ensino superior em andamento|superior em andamento|superior incompleto|' +
        // A curricular internship runs under the school's agreement: only a student takes one.
        'estágio curricular|protocolo de estágio',
    ),
    byCountry: [],
    equivalent: words(
      // "… oder vergleichbares, erworbenes Wissen": knowledge gained another way.
      'ou conhecimento equivalente|ou conhecimentos equivalentes|' +
        'ou equivalente|ou formação equivalente|ou experiência equivalente|ou experiência similar|' +
        'ou experiência na área|ou experiência no campo',
    ),
    equivalencyCredentials: [],
    experienceInstead: words(
      'ou experiência equivalente|ou experiência comprovada|sem formação superior|' +
        'combinação equivalente de educação e experiência|combinação equivalente de formação e experiência|' +
        'combinação de experiência e formação|combinação de formação e experiência',
    ),
    tradeTraining: words('formação de|formação como|curso técnico de'),
    notAsked: words('não é necessário|não é exigido|não exigimos|sem necessidade de'),
    cues: ptEducationCues,
  },

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {
    modes: words(
      'falado e escrito|escrito e falado|oral e escrito|escrita e falada|falada e escrita',
    ),
    levels: {
      native: words('língua materna|nativo|nativa'),
      fluent: words(
        // "Fluencia em inglês": the word as typed without its accent.
        'fluente|fluentes|fluência|fluencia|excelente|domínio|domínio de|bilíngue|bilinguismo|perfeito|impecável',
      ),
      professional: words(
        'avançado|avançada|nível avançado|bom|boa|bons|boas|bom nível|boa comunicação|profissional|conversação|' +
          'intermediário|intermediária|nível intermediário|intermédio',
      ),
      basic: words(
        'básico|básica|básicos|básicas|conhecimentos básicos|nível básico|noções|noções de|leitura',
      ),
    },
    applyIn: words('currículo em|cv em|candidatura em'),
    ifThePost: words(
      'se a vaga for|se a vaga exigir|se o cargo for|se a posição for|se o cargo exigir',
    ),
    applyNouns: words('candidatura|currículo|cv|carta de apresentação'),
    applyInWords: words('em'),
    compoundSuffixes: [],
    adjectiveJoins: [],
    adjectiveNouns: [],
    nounsBefore: words('mercado|clientes|empresa|empresas|províncias|regiões|território|cantões'),
    contextStems: words('língua|fluente|tradu|intérprete'),
    contextWordEnds: [],
    contextWholeWords: [],
    adjectiveUses: words('mercado|clientes|empresa'),
    speaking: [],
    speakingUses: [],
    peopleArticles: [],
    languageNouns: [],
    subjectNouns: [],
    subjectJoins: [],
    stops: words('e|ou'),
    namePrepositions: words('em|in'),
    requirementCopulas: words('é|seria|são|seriam'),
    requirementWords: words('obrigatório|desejável'),
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    praise: [],
    listJoins: words('e/ou|e|ou'),
    orWords: words('ou'),
    // "da língua inglesa e da língua francesa": the language noun said again in the list.
    listArticles: words('o|a|do|da|da língua|a língua|língua|do idioma|o idioma|idioma'),
    codesFluent: words('bilíngue|bilingue|trilíngue'),
    codeLabels: words('idiomas|línguas'),
    shortNames: { ing: 'en', ingl: 'en', esp: 'es' },
  },

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {
    usObjectLeads: [],
    pay: words(
      'salário|salario|salarial|remuneração|remuneracao|vencimento|vencimentos|ordenado|bolsa|bolsa-auxílio|' +
        'bolsa auxílio|bolsa auxilio|bolsa-auxilio|faixa salarial',
    ),
    notPay: words(
      'diária|diárias|per diem|quilometragem|VA|VR|vale|vale-alimentação|vale-refeição|vale-transporte|vale alimentação|' +
        'vale refeição|auxílio|auxilio|ajuda de custo|faturamento|orçamento|orcamento|' +
        'investimento|bônus|bonus|PLR|prêmio|premio|cesta básica',
    ),
    upTo: words('até|no máximo|máximo|maximo'),
    from: words(
      'a partir de|desde|salário inicial|salario inicial|mínimo|minimo|acima de|mais de|superior a',
    ),
    fromAfter: words('mínimo|no mínimo|ou mais'),
    floorNotes: [],
    rangeJoin: words('a|e|até|e os|e as'),
    risingTo: words('e após será de|após|passando para|depois'),
    payOf: words('de|um|uma'),
    stepAfter: words('após|depois de|até|e após|e depois de'),
    grossNet: words('bruto|brutos|bruta|líquido|liquido'),
    periods: {
      hour: words('por hora|a hora'),
      day: words('por dia|ao dia|diária|diaria'),
      week: words('por semana|semanal|semanais'),
      month: words('por mês|por mes|ao mês|ao mes|mensal|mensais|mensalmente'),
      year: words('por ano|ao ano|anual|anuais|anualmente'),
    },
    periodSuffixes: {
      hour: words('/hora|/h'),
      day: words('/dia'),
      week: words('/semana'),
      month: words('/mês|/mes'),
      year: words('/ano'),
    },
    timeUnits: words('horas|hora|h|hrs|dias|dia|noites|vezes'),
    currencies: {
      euro: 'EUR',
      euros: 'EUR',
      reais: 'BRL',
      real: 'BRL',
      dólares: '$',
      dolares: '$',
    },
    currencyLabels: words('moeda|moeda do salário|código da moeda|codigo da moeda'),
    multipliers: {
      k: 1_000,
      mil: 1_000,
      milhões: 1_000_000,
      milhoes: 1_000_000,
      milhão: 1_000_000,
      milhao: 1_000_000,
      bilhões: 1_000_000_000,
    },
    cappedJobs: [],
    capAfter: [],
  },

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {
    remote: words(
      'remoto|trabalho remoto|home office|teletrabalho|100% remoto|a distância|' +
        'trabalhar de casa|trabalhe de casa|trabalho de casa|trabalhar em casa',
    ),
    hybrid: words(
      'híbrido|híbrida|modelo híbrido|regime híbrido|formato híbrido|' +
        // Written without its accent: "Trabalho hibrido".
        'hibrido|hibrida|modelo hibrido|regime hibrido',
    ),
    onsite: words(
      'presencial|trabalho presencial|modelo presencial|regime presencial|' +
        // Brazilian boards' word for working at the office or the client's: "Estágio alocado", "Alocado".
        'alocado|alocada',
    ),
    remotePhrases: words(
      '100% remoto|100% home office|totalmente remoto|trabalho é 100% remoto|full remote|' +
        'a vaga é remota|a vaga é 100% remota|o trabalho é remoto|' +
        'vaga remota|vaga home office|vaga 100% home office|posição remota|' +
        'de onde quiser|de qualquer lugar',
    ),
    hybridPhrases: words(
      // "partly from home", "soms thuis, soms op kantoor": home and office in turn.
      'parcialmente remoto|em parte de casa|parcialmente em casa|às vezes de casa|' +
        'home office parcial|dias de home office|dias presenciais|teletrabalho parcial',
    ),
    onsitePhrases: words('local de trabalho presencial|100% presencial|trabalho presencial'),
    remoteAdverbs: words('remotamente|à distância|a distância'),
    fully: words('100%|100 %|totalmente|completamente|full'),
    shareLinks: words('de|em'),
    partly: words('parcial|parcialmente|ocasional|regularmente'),
    option: words(
      'possibilidade de trabalho|possibilidade de trabalhar|possibilidade de|opção de|possível|' +
        'flexibilidade para|opcional',
    ),
    mix: words('combinação de|mistura de|mescla de|mix de|alternância entre|equilíbrio entre'),
    mixJoins: words('e|com'),
    days: words('dias|dia|vezes|vez'),
    weeklyTimes: [],
    week: words('por semana|na semana|semanais|por mês'),
    places: words('no escritório|presenciais|de home office|remotos|em casa'),
    office: words('no escritório|presencial|presenciais'),
    notRemote: words(
      'sem home office|não é remoto|sem trabalho remoto|remoto não é possível|não é possível trabalhar remoto',
    ),
    notModel: words('nuvem|infraestrutura|veículos|sistemas|soluções|suporte|acesso|assistência'),
    notPlaceAfter: words(''),
    notModelBefore: words(
      'nuvem|nuvens|arquitetura|arquiteturas|infraestrutura|infraestruturas|' +
        'solução|soluções|tecnologia|tecnologias|veículo|veículos|carro|carros|motor|motores|' +
        'estacionamento|refeitório|academia|' +
        // "Reuniões presenciais mensais": the meetings are in person, not the job.
        'reunião|reuniões|encontro|encontros|evento|eventos',
    ),
    topics: words('política de|política do|regras de'),
    hoursIn: words('em|no|na'),
    or: words('ou'),
    dutyNouns: words(
      'suporte|assistência|atendimento|manutenção|serviço|serviços|treinamento|treinamentos|formação',
    ),
    bothWays: words(
      'presencial e remoto|presencial e remota|presencial ou remoto|presencial ou remota|remoto e presencial|remota e presencial|no local e remoto|no local e à distância|in loco e remoto|in loco e remota',
    ),
    channels: words('online|por telefone|telefonicamente|por e-mail|por email|por chat'),
    labels: words('modalidade|modelo de trabalho|regime de trabalho'),
    no: words('não|nao'),
    undecided: words('a definir|a combinar|a discutir'),
    offered: [],
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('tempo integral|tempo inteiro|período integral|full-time'),
    partTime: words('meio período|tempo parcial|meio expediente|part-time'),
    contract: words(
      'regime PJ|contratação PJ|contrato PJ|modelo PJ|como PJ|via PJ|freelancer|freelance|autônomo|' +
        'trabalhador autónomo|como autónomo|prestador de serviços|' +
        // A consultant's engagement for a term: "Consultoria com duração de 6 meses".
        'consultoria com duração|contrato de consultoria|consultoria por|' +
        'contratação: PJ|contrato: PJ|regime: PJ|modalidade: PJ|modalidade da vaga: PJ|tipo de contrato: PJ|vínculo: PJ|' +
        'recibos verdes|recibo verde|a recibos verdes|contrato de pessoa jurídica|como pessoa jurídica|' +
        // "CONTRATO DE PRESTAÇÃO DE SERVIÇOS DE 6 MESES": a contractor's contract, whatever its term.
        'contrato de prestação de serviços|contrato de prestação de serviço',
    ),
    temporary: words(
      'temporário|temporária|contrato temporário|contrato a termo|a termo certo|a termo incerto|contrato de temporada|sazonal|contrato a prazo|' +
        // A job for one season: "para a temporada de verão".
        'para a temporada de verão|para a temporada de inverno|para a temporada|trabalho de temporada|por temporada',
    ),
    internship: words('estágio|estagiário|estagiária|estágio remunerado'),
    apprenticeship: words('jovem aprendiz|aprendiz|contrato de aprendizagem'),
    volunteer: words('voluntariado|voluntário|voluntária'),
    perDiem: words('diarista|por diária'),
    internTitles: words('estagiário|estagiária|estágio'),
    apprenticeTitles: words('aprendiz'),
    contractTitleHeads: [],
    contractTrades: [],
    contractTitleTails: words('PJ|freelance|freelancer'),
    temporaryTitles: words('temporário|temporária|temporada'),
    noType: words(''),
    notTypeAfter: words('inicial|iniciais|embrionário|embrionária|avançado|avançada|atual'),
    // "… except internships": the type after these words is left out, not the job's.
    exceptBefore: words(
      'com exceção de|com exceção da|com exceção do|com exceção das|com exceção dos|com excepção de|exceto|excepto|à exceção de|à exceção das|à exceção dos',
    ),
    bothHours: words('tempo integral ou parcial|período integral ou parcial'),
    past: words(
      'experiência anterior|anterior|anteriores|experiência de estágio|experiência em estágio|' +
        // "ter realizado estágio em escritório": a placement the candidate has done.
        'realizado estágio|concluído estágio|estágio concluído|estágio realizado',
    ),
    permanent: words('CLT|contrato sem termo|contrato efetivo|vaga efetiva'),
    labels: words(
      'tipo de contrato|regime de contratação|regime|modalidade de contratação|contratação|jornada|contrato|' +
        'tipo de emprego|tipo de vínculo',
    ),
    // "PJ ME", "PJ/MEI": a contractor invoicing through a micro-enterprise registration.
    contractValues: words('PJ|PJ ME|PJ MEI|PJ/ME|PJ/MEI|prestação de serviços|autônomo|freelance'),
    temporaryValues: words('temporário|temporária|prazo determinado'),
    fullTimeValues: words('integral|tempo integral|completo|tempo completo'),
    partTimeValues: words('parcial|meio período|tempo parcial'),
    payLabels: words('valor hora|salário por hora'),
    // "meio período de folga", "day off" no aniversário: time off, not the job's hours.
    ownJob: words('esta vaga|esta posição|este cargo|trata-se de'),
    eligibility: words(
      'direito a|de folga|day off|' +
        // "Não aceitamos candidaturas de agências ou freelancers": who should not apply.
        'não aceitamos candidaturas de|' +
        // "Todos os colaboradores a tempo inteiro recebem …": a perk of the staff, not this job's hours.
        'todos os colaboradores a tempo inteiro|cada colaborador a tempo inteiro|' +
        'todos os colaboradores em tempo integral|cada colaborador em tempo integral',
    ),
    basis: words('com base em|na base de'),
    workloadLabels: words('carga horária'),
    weeklyHours: words('horas semanais|horas por semana|h/semana|horas/semana'),
    laterChance: words('possibilidade de|oportunidade de|perspectiva de'),
    pastAs: words('como|enquanto'),
    weekOf: words('semana de|semanas de|jornada semanal de'),
    hourUnits: words('horas|h'),
    hoursOf: words('jornada de|carga horária de|carga horária|jornada de trabalho de'),
    hoursBasisBefore: words('com base em|na base de|referente a'),
    to: words('a|ou'),
    months: words('meses|mês|anos|ano'),
    keptFiles: words('CV|currículo|currículos|candidaturas|dados pessoais'),
    durationLabels: words('duração|duração do contrato|duração do projeto|prazo'),
    contractWords: words('contrato|projeto|projecto|pelo período|por um período|por período'),
    extendable: words(
      'renovável|prorrogável|com possibilidade de efetivação|com possibilidade de renovação',
    ),
    flexOptions: words('partilha de posto|posto partilhado|trabalho compartilhado'),
    laterHours: words(
      'com possibilidade de passar para|com possibilidade de passar a|podendo passar a|podendo passar para',
    ),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    // "mudança" alone is any change ("solicitação de mudança"): only the move of a home counts.
    topic: words(
      'realocação|relocação|relocation|transferência|mudança de cidade|mudança de residência|' +
        'mudança para|custos de mudança|despesas de mudança|apoio na mudança|apoio à mudança|' +
        'ajuda de mudança|ajuda com a mudança|auxílio mudança|auxílio-mudança',
    ),
    offer: words('ajuda|auxílio|apoio|pacote|custeamos|custeio|reembolso|bônus'),
    housing: words('auxílio moradia|auxílio-moradia|moradia fornecida|alojamento fornecido'),
    payAllowances: words('passagem aérea anual|passagens aéreas'),
    candidate: words('disponibilidade|disposto|disposta'),
    candidatePays: words(
      'por conta do candidato|a cargo do candidato|por conta própria|às suas custas|responsabilidade do candidato|a expensas do candidato|por sua conta',
    ),
    negations: words('não|sem|nenhum|nenhuma|nunca'),
    // A form's answer to its relocation question ("Relocation? N", "Relocation: Yes").
    answerYes: words('sim|s'),
    answerNo: words('não|nao|n'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words('visto|autorização de trabalho|autorização de residência|patrocínio'),
    immigration: words('visto|autorização de trabalho|autorização de residência|imigração'),
    offer: words('ajuda|apoio|auxílio|cuidamos|custeamos|tratamos|tramitação'),
    offerPhrases: words(
      'apoio com o visto|ajuda com o visto|auxílio com o visto|' +
        // "Benefícios: Visto Patrocinado": the employer sponsors the visa.
        'visto patrocinado|patrocínio de visto|patrocínio do visto|patrocinamos o visto',
    ),
    refusals: words('não patrocinamos|sem patrocínio'),
    // "hiring worldwide, no visa required": the job needs none, no word on sponsorship.
    notNeeded: words(
      'não é necessário visto|não precisa de visto|sem necessidade de visto|visto não necessário|visto não é necessário',
    ),
    onlyFor: words(
      'apenas para|somente para|exclusivamente para|reservado a|reservada a|limitado a|limitada a',
    ),
    thirdPartySponsors: [],
    authorization: words('autorização de trabalho|permissão de trabalho|visto de trabalho'),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    // "Disponibilidade de Viagem": the singular noun too.
    travel: words('viagens|viagem|viajar|deslocamentos|deslocações|deslocações profissionais'),
    demand: words(
      // The job's travel offered as a chance: "opportunities to travel for the right candidate".
      'possibilidade de viajar|oportunidade de viajar|oportunidades de viajar|' +
        'disponibilidade|frequentes|ocasionais|necessárias|eventuais|pontuais|necessária|necessário|' +
        'poderá ser necessária|poderão ser necessárias|' +
        // "Remoto com viagens ao cliente": the work comes with trips.
        'com viagens|com deslocações|com deslocamentos',
    ),
    notDemand: words(
      'agência de viagens|reembolso de viagens|auxílio viagem|sem viagens|sem deslocamentos|não requer viagens',
    ),
    visits: words(
      'visitas a clientes|visitas aos clientes|visitas técnicas|deslocações a clientes|' +
        'deslocamentos a clientes|viagens a clientes',
    ),
    shareOfTime: words('do tempo|do tempo de trabalho'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {
    onCall: words('sobreaviso'),
    night: words('turno da noite|turnos noturnos|trabalho noturno'),
    nightPlaces: [],
    shift: words('turnos|escala de revezamento'),
    shiftKinds: [],
    shiftTimes: [],
    shiftNouns: [],
    hourUnits: words('horas'),
    shiftHours: [],
    shiftNotBefore: [],
    weekend: words('fins de semana|fim de semana|aos sábados|aos domingos|os sábados|os domingos'),
    weekendCues: [],
    weekendKinds: [],
    weekendNouns: [],
    weekFirstDays: words('segunda'),
    weekJoins: words('a'),
    weekendDays: words('sábado|domingo'),
    dayNames: words(
      'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo',
    ),
    irregular: words('horários irregulares'),
    leisure: words('aproveite'),
    stems: words('sobreaviso|noite|noturn|turn|revezamento|sábado|domingo|semana|horário'),
  },

  credentials: {
    notBodies: [],
    registrationNouns: [],
    registeredWith: [],
    registeredArticles: [],
    // "Registro profissional ativo": the council's licence to practise, named without the council.
    professional: words(
      'registro profissional ativo|registro profissional|registro ativo no conselho de classe',
    ),
    registerNouns: [],
    registryNouns: words('registro|inscrição|inscricão|inscriçao|inscricao'),
    registryActive: words('ativo|ativa'),
    registryAt: words('no|na|junto ao|junto à'),
    forklift: words(
      'curso de operador de empilhadeira|curso de empilhadeira|certificado de operador de empilhadeira',
    ),
    levelWords: [],
    certificateNouns: [],
    ticketNouns: [],
    certifiedWords: [],
    stems: words('registro|inscri|empilhadeira'),
  },

  field: {
    ends: words(
      'idealmente|ou equivalente|desejável|será um diferencial|é um diferencial|diferencial',
    ),
    plusCopulas: [],
    plusArticles: [],
    plusIntensifiers: [],
    plusNouns: [],
    orgAt: [],
    orgArticles: [],
    orgNouns: [],
    articles: words('o|os|a|as|um|uma'),
    copulas: words('é|são'),
    trailingLinks: words('por|durante|há'),
    glueWords: [],
    clauseStarts: [],
    listJoins: words('ou|e'),
    lastJoins: words('ou|e'),
  },

  license: {
    driving: words('carta de condução|carteira de motorista|carteira nacional de habilitação|CNH'),
    drivingShort: [],
    drivingShortTails: [],
    drivingShortCues: [],
    adjectives: [],
    classBefore: [],
    classJoins: words('e'),
    classArticles: [],
    classAfter: words('categoria|cat.|cat'),
    commercial: [],
    commercialClass: [],
    nursing: [],
    nursingHeld: [],
    nursingAs: [],
    clearanceLevels: [],
    clearanceSecurity: [],
    clearance: [],
    polygraph: [],
    stems: words('carta de|carteira|CNH'),
  },

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLeads: words('oportunidade|vaga de emprego'),
    titleLabels: words(
      'título do cargo|título da oferta|cargo|vaga|título|função|posição|título da vaga|nome da vaga',
    ),
    advertiserLabels: words('publicado por|anunciante'),
    advertiserLeads: words('da parte de'),
    calendarMonths: words(
      'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez',
    ),
    sendToWords: words(
      'enviar currículo para|envie seu currículo para|enviar cv para|envie seu cv para',
    ),
    careersPages: words(
      'Trabalhe conosco|Trabalhe Conosco|Carreiras|Vagas|Empregos|Detalhes da vaga|' +
        'Nossas vagas|Vagas abertas|Vagas disponíveis|Oportunidades abertas',
    ),
    boardLinks: words(
      'ver todas as vagas|ver todas as ofertas|compartilhar esta página|compartilhar esta vaga|partilhar esta página|' +
        'todas as vagas|voltar para as vagas|início|página inicial|candidatar-se|candidate-se|candidatar',
    ),
    areaAfter: words('centro|baixa'),
    metroAfter: [],
    areaWords: words('região de|próximo a|perto de'),
    companyLabels: words('empresa|empregador|organização|companhia|nome da empresa'),
    locationLabels: words('local|local de trabalho|localização|cidade|localidade'),
    placeholders: words(
      'várias localidades|diversos locais|qualquer lugar|todo o mundo|global|não especificado|nao especificado',
    ),
    commuteClauses: words('deslocar-se sem problemas|deslocamento sem problemas'),
    bylineTerms: words(
      'híbrido|hibrido|remoto|teletrabalho|presencial|atualmente remoto|temporariamente remoto',
    ),
    jobWords: [
      // Laboratório e ciências: "Químico", "Bióloga".
      ...words(
        'químico|biólogo|bióloga|microbiologista|físico|geólogo|geóloga|psicólogo|psicóloga',
      ),
      ...words('estatístico|matemático|veterinário|veterinária|dentista|cirurgião|nutricionista'),
      // Language work: "Interpreter: English to Vietnamese".
      ...words('tradutor|tradutora|intérprete'),
      ...words('entregador|entregadora|cabeleireiro|cabeleireira|motoboy'),
      ...words('pedreiro|gesseiro|telhador'),
      // "Jovem Aprendiz", "Aprendiz de cocina": the apprentice's post named alone.
      ...words('aprendiz|aprendizes|aprendices'),
      // "Promotor de vendas", "Promotora": a sales role named alone.
      ...words('promotor|promotora|promotores'),
      ...words(
        'desenvolvedor|desenvolvedora|desenvolvedores|engenheiro|engenheira|assistente|estagiário|estagiária|estágio',
      ),
      ...words(
        'enfermeiro|enfermeira|vendedor|vendedora|professor|professora|rececionista|recepcionista|analista|especialista',
      ),
      ...words(
        'atendente|operador|operadora|técnico|técnica|consultor|consultora|gerente|coordenador|coordenadora|auxiliar',
      ),
      ...words('motorista|programador|programadora|supervisor|supervisora|pessoa desenvolvedora'),
      // "Médico Cardiologista", "Lavador de louça", "Cozinheiro".
      ...words('médico|médica|lavador|lavadora|cozinheiro|cozinheira|garçom|garçonete'),
    ],
    titleIntros: words('como|procuramos|buscamos|estamos contratando|vaga de|cargo de'),
    descriptionHeadings: words('descrição|descricao|descrição da vaga|detalhes|detalhes da vaga'),
    roleSubjectArticles: words('o|a'),
    roleSubjectVerbs: words('será responsável|irá atuar|atuará|terá como'),
    roleSubjectOthers: words('gestor|gestora|recrutador|recrutadora|manager'),
    hiringCues: words(
      'procura|contrata|busca|está contratando|procuramos|contratamos|seleciona|' +
        // "A Padaria Estrela abre processo seletivo para auxiliar": the employer opens a selection.
        'abre processo seletivo para|abre processo de seleção para|abre vaga para|abre vagas para',
    ),
    titleLinks: words('de|da|do'),
    titleModifiers: [],
    articles: words('um|uma|um/uma|um(a)|novo|nova'),
    atCompany: words('na|no'),
    nameLinks: words('e|de|da|do|dos|das|em'),
    titleCitySuffixes: words('vaga em|emprego em'),
    headlineIn: words('em'),
    streetWords: words('rua|avenida|av.|praça|travessa|estrada|largo|alameda|rodovia'),
    townParticles: words('de|do|da|dos|das'),
    // A want-ad headline around the title: "Cercasi X per Y", "Cook wanted for Y!", "Gezocht: X".
    wantedHeads: words(
      'procura-se|precisa-se|contrata-se|vaga para|oportunidade de emprego para|oportunidade para|' +
        'contratamos|admitimos',
    ),
    wantedTails: words(''),
    wantedFor: words('para'),
    titleDecorations: words('urgente|imediato|vaga de emprego'),
    titlePageNouns: words('descrição da vaga|descricao da vaga'),
    titleJobNouns: [],
    confidential: words(
      'confidencial|empresa confidencial|pessoa confidencial|cliente confidencial|sigiloso|sigilosa|anônimo|anônima|' +
        // An employer who stays unnamed: "Empresa de prestação de serviços", "Importante empresa".
        'empresa de prestação de serviços|empresa de serviços|importante empresa|empresa líder',
    ),
    agencyCues: words('nosso cliente|nossa cliente|empresa cliente|para empresa parceira'),
    aboutWords: words('sobre|quem somos|trabalhar na|trabalhar no'),
    aboutArticles: words('a|o|os|as'),
    employerIntro: words(
      'junte-se à|junte-se ao|faça parte da|faça parte do|trabalhar na|trabalhar no|o time da|o time do|a equipe da|a equipe do|' +
        // "Venha fazer parte da equipe da Acme", "dentro da Acme": the article glued to "de".
        'à equipe da|à equipe do|ao time da|ao time do|dentro da|dentro do',
    ),
    roleAs: words('como'),
    roleAtPreps: words('na|no|da|do'),
    contactWords: words('contato|contacto|pessoa de contato'),
    employerAt: words('na|no|em'),
    weWords: words('nós|nosso|nossa|somos|acreditamos|buscamos|estamos|trabalhamos'),
    employerArticles: words(''),
    formArticles: words('a empresa|a|o|na|no|para'),
    siteNouns: words('escola|colégio|hospital|clínica|universidade|creche'),
    departmentWords: words(
      'cozinha|eventos|finanças|financeiro|marketing|vendas|operações|administração|engenharia|logística|hotelaria|manutenção|atendimento ao cliente|recursos humanos|compras|produção|almoxarifado|contabilidade|qualidade',
    ),
    employerUnits: words('unidade|unidade de negócio|divisão|área|filial'),
    departmentLabels: words('ministério|departamento|secretaria'),
    refLabels: words('id|ref|ref.|referência|código'),
    employerNouns: words(''),
    ofWords: words('de|da|do|dos|das'),
    // An adverb of time opening the hiring sentence ("Siempre buscamos", "Derzeit suchen wir"): no name.
    notEmployers: words(
      'resumo|geral|especial|particular|breve|sempre|atualmente|hoje|agora|também',
    ),
    youWords: words('você|vocês'),
    possessives: [],
    institutions: words(
      'Universidade de|Universidade Federal de|Universidade Federal do|Universidade',
    ),
    buildings: words('edifício|prédio|torre|centro|campus|hospital|parque'),
    // "O Grupo Vigia de Preço oferece …": the employer presenting what it offers.
    subjectVerbs: words(
      'é|desenvolve|oferece|atua|fornece|produz|opera|cria|conecta|ajuda|em parceria com',
    ),
    equalOpportunity: words(
      'é um empregador que oferece igualdade de oportunidades|é uma empresa que promove a igualdade de oportunidades|é um empregador que promove a igualdade de oportunidades',
    ),
    selfIntroAt: [],
    subjectFillers: [],
    subjectAsides: words('parte de|parte do|parte da|subsidiária de|membro de|membro do'),
    subjectSince: words('Desde|Fundada em|Fundado em'),
    subjectAt: words('Na|No'),
    weAt: words('Na|No'),
    weAtName: words('Nós na|Nós no|Nós da|Nós do'),
    youVerbs: words('encontrará|encontrarás|vais encontrar|vai encontrar|você encontra'),
    weVerbs: words('desenvolvemos|ajudamos'),
    wePronouns: words('nós'),
    weNameArticles: words('os|as'),
    weAre: words('somos|nós somos'),
    weAreArticles: words('a|o|os|as'),
    weAreKinds: words('um|uma'),
    nameLeads: words('do|da|dos|das'),
    notSubject: words('Como|Se|Equipe|Equipa|Time'),
    notCompany: words(
      'governo|o governo|' +
        'nós|você|a vaga|a empresa|o cargo|a função|a posição|o time|a equipe|a equipa|' +
        'a oportunidade|o trabalho|nossa empresa|a nossa empresa|vocês|ti|' +
        // "Sobre o projeto": the project staffed, not an employer.
        'o projeto|do projeto|este projeto|o produto',
    ),
    // A record's field value under the title ("Horaire", "Salaire : …") names no employer.
    notNameStart: words(
      'Horário|Salário|Jornada|Contrato|Local|Efetivo|Temporário|Vagas|Carreiras|Trabalhe|Benefícios|' +
        'Candidatura|' +
        // A Brazilian issue form's headings over its ticked options ("#### Alocação" / "- Remoto").
        'Alocação|Regime|Nível|Período|Contratação|Remuneração',
    ),
    placeAt: words('em|a'),
    seatAfter: [],
    nameSmallWords: [],
    welcomeTails: words('bem-vindos|bem-vindas|bem-vindos/as|são bem-vindos'),
    placeEndings: [],
    studiedAt: words('diploma'),
    listAnd: words('e'),
    listOr: words('ou|e/ou'),
    placeOfHeads: words(''),
    leadCommitments: [],
    leadVerbs: [],
    genderMarks: [],
    genderWords: [],
    genderEndings: words('a'),
    companyNouns: words('empresa'),
    townNameNouns: [],
    confidentialNouns: [],
    cityFields: words('cidade|município'),
    regionFields: words('estado|província|região|uf'),
    countryFields: words('país|pais'),
    cityStates: words('Singapura|Hong Kong|Mônaco|Mónaco|Macau'),
    siteWords: words('campus|unidade|polo|filial'),
    islandWords: words('ilha de|ilha da|ilha do'),
    islandNotNames: words('Grupo|Holding|Hotel|Fundação'),
    townLinks: words('de|do|da|dos|das'),
    officeNouns: words(
      'escritório|escritórios|loja|unidade|filial|fábrica|armazém|clínica|hotel|restaurante',
    ),
    officeWords: words('sede|sede central|escritório central|matriz|escritório principal'),
    jobBasedIn: words('será baseado em|será baseada em|vaga é para'),
    ourWords: words('nossa|nosso|nossas|nossos'),
    basedIn: words(
      'presencial em|presencial na|presencial no|híbrido em|hibrido em|residência em|residencia em|' +
        'localizado em|localizada em|baseado em|baseada em|escritório em|escritório de|unidade de|trabalhar em|' +
        'residir em|vaga em|vagas em|vaga para atuar em|oportunidade em|' +
        // "Seu local de trabalho será em Niterói".
        'seu local de trabalho será em|seu local de trabalho é em|local de trabalho em',
    ),
    jobOpenIn: [],
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {
    or: words('ou|e/ou'),
    oneOf: words(
      'um dos|uma das|pelo menos um dos|pelo menos uma das|algum dos|alguma das|qualquer um dos',
    ),
    dutyHeadings: words(
      'responsabilidades|principais responsabilidades|atribuições|principais atribuições|' +
        'atividades|principais atividades|suas atividades|o que você fará|' +
        'o que você vai fazer|seu papel|sua função|funções|o dia a dia|no dia a dia|desafios|' +
        'seus desafios',
    ),
    dutyCues: words(
      'você vai usar|você utilizará|você vai trabalhar com|você trabalhará com|você será responsável|você vai desenvolver|você desenvolverá|trabalhamos com|somos especialistas|somos experts',
    ),
    notTools: words('informatica'),
    compoundNouns: [],
    unitNouns: words('equipa|equipe|departamento|time|área'),
    unitOwners: words('nossa|nosso|a|o|da|do'),
    ownBodies: words(
      'serviço|escritório|departamento|direção|agência|ministério|comissão|conselho|programa|secretaria|administração|autoridade',
    ),
    ownRoles: words(
      'gerente|analista|engenheiro|engenheira|técnico|técnica|consultor|consultora|' +
        'coordenador|coordenadora|diretor|diretora|assistente|desenvolvedor|desenvolvedora|' +
        'especialista',
    ),
    nameJoiners: words('de|do|da|dos|das|e|para'),
    foundVia: words('via|através de'),
    profileBefore: words(
      'seu|sua|teu|tua|perfil no|perfil do|perfil de|link do|link para|link para o seu',
    ),
    profileAfter: words('perfil|conta|link'),
    hiringSteps: words(
      'entrevista por vídeo|entrevista via|entrevista por videochamada|videoentrevista',
    ),
    consent: words(
      'consentimento para o tratamento|consentimento para tratamento|tratamento dos seus dados pessoais',
    ),
    forbidden: words('é proibido|é proibida|são proibidos|não é permitido|não é permitida'),
    toolCues: words(
      'avançado|conhecimento|conhecimentos|domínio|linguagens|experiência|programação|ferramentas',
    ),
  },
};
