import {
  enCredentials,
  enEducationCues,
  enExperience,
  enField,
  enLanguage,
  enLicense,
  enNumbers,
  enPreference,
} from './en-kinds';
import type { Lexicon } from './types';
import { words } from './words';

/** English. */
export const en: Lexicon = {
  code: 'en',
  abbreviations: words(
    'e.g|i.e|eg|ie|etc|inc|ltd|pvt|co|corp|dr|mr|mrs|ms|jr|sr|vs|st|no|approx|incl|u.s|min|max|ca|cf|ksh|kshs',
  ),
  capitalisedNouns: false,
  stopwords: words(
    'the|and|of|to|in|for|with|you|we|our|your|are|is|will|be|on|as|this|that|or|an|at|from|have',
  ),
  numbers: enNumbers,

  experience: enExperience,

  preference: enPreference,

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {
    preferred: words(
      'prefer|nice to have|nice-to-have|nice-to have|nice to-have|bonus|would be great|' +
        'would be nice|would be awesome|desired|desirable|probably have|extra credit|' +
        'good to have|stand out|may also have|might also have|could also have|will also have|' +
        'you might have|you may have|' +
        'strong candidates|' +
        // "Although not essential, the following are considered assets:".
        'considered assets|considered an asset|not essential|asset qualifications|' +
        // Headings as typed by hand: "Prefferred Qualifications", "Preffered Skills".
        'preffer|preffered|prefferred|preferrred',
    ),
    preferredWords: words('plus|ideal|ideally|assets'),
    payPhrases: words(
      'yearly bonus|annual bonus|performance bonus|quarterly bonus|monthly bonus|signing bonus|' +
        'sign-on bonus|joining bonus|referral bonus|retention bonus|bonus scheme|bonus schemes|' +
        'bonus plan|bonus structure|bonus payment|bonus pay|bonus potential|salary plus|' +
        'plus bonus|plus commission|plus super|plus superannuation|plus benefits|salary plus bonus|' +
        'salary and bonus|salary & bonus|base plus bonus|salary + bonus|pay and bonus|pay & bonus',
    ),
    // "Ideal candidate", "Ideal Background" (a Kenyan board's heading): the person asked for.
    personNouns: words('candidate|profile|applicant|background|hire'),
    required: words(
      'looking for experience|experience in|experience with|requirement|required|qualification|' +
        "must have|must-have|what we're looking for|what are we looking for|who are we looking for|" +
        "what we are looking for|what you need|what you bring|what you have|what you'll need|" +
        "what you'll bring|what you'll have|what you will bring|what you will need|" +
        'what you will have|who you are|about you|you have|you bring|' +
        'you will need|you should have|your profile|your background|your skills|' +
        'your experience|skills and experience|skills & experience|skills and qualifications|' +
        'skills & qualifications|key skills|essential skills|core skills|essential|' +
        'what it takes|good fit|great fit|strong fit|a fit if|ideal candidate|ideal profile|' +
        'ideal applicant|candidate profile',
    ),
    headings: words(
      'how to apply|to apply|application process|application procedure|' +
        'introduction|minimum qualifications|basic qualifications|preferred qualifications|' +
        'required qualifications|additional qualifications|desired qualifications|' +
        'requirements|qualifications|responsibilities|nice to have|nice to haves|' +
        'nice-to-have|nice-to-haves|nice-to have|nice-to haves|nice to-have|nice to-haves|' +
        'bonus points|benefits|perks|about us|about you|about the role|about the team|' +
        "about the job|who we are|who you are|what you do|what you'll do|" +
        "what we're looking for|what we are looking for|what we offer|the role|your role|" +
        'job description|full job description|job details|job information|position information|' +
        'position details|posting details|education|educational qualification|' +
        'educational qualifications|candidate profile|company description|company overview|company profile',
    ),
    offer: words(
      "benefit|perks|what we offer|here's what we offer|we offer|our offer|compensation|" +
        'why join|why work|who we are|our commitment|our culture|our values|our mission|' +
        'our story|our benefits|equal opportunit|equal employment opportunit|diversity|' +
        // The employer's own box: "COMPANY DESCRIPTION", "Company overview".
        'company description|company overview|company profile|' +
        // "How to apply": the apply route, whose tools ("use Google Chrome") are no requirement.
        'how to apply|to apply|application process|application procedure|applying for this job',
    ),
    about: words('about'),
    aboutJob: words(
      'role|job|position|team|you|this|the role|the job|the position|the team|the you|the this|' +
        'our opportunity|the opportunity|this opportunity|your opportunity|the assignment',
    ),
    otherJobs: words(
      'similar jobs|similar roles|similar positions|similar vacancies|related jobs|' +
        'related positions|related roles|other jobs|more jobs|other open positions|' +
        'other openings|recommended jobs|jobs you may like|jobs you might like|' +
        'you may also like|you might also like|people also viewed',
    ),
    itemOpeners: words(
      'Experience|Knowledge|Ability|Strong|Excellent|Good|Proven|Proficiency|Proficient|Familiarity|Understanding|Minimum|Fluent|Fluency|Demonstrated|Solid|Working|Hands-on|Exposure|Advanced|Must|Ideally|Previous|Prior|Valid|Effective|Outstanding|Basic|Deep|Comfortable|Willingness|Awareness|Track|Attention|Current|Preferred|Desired',
    ),
    fieldLabels: words(
      'education|experience|language|languages|salary|pay|schedule|location|work location|job location|job type|job types|licence|license|license/certification|licence/certification|certification|shift availability|willingness to travel|ability to commute|ability to relocate|benefits|supplemental pay|application question|application questions|contract type|contract length|expected start date|work remotely|travel|duration',
    ),
  },

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words('phd|ph.d|ph.d.|ph. d.|doctorate|doctoral degree|dphil'),
      master: words(
        "master|masters|master's|master's degree|masters degree|master degree|msc|m.sc|m.sc.|" +
          'meng|mba|mphil|m.phil|mres|advanced degree|graduate degree|postgraduate degree|' +
          'postgraduate qualification|post-graduate degree|postgraduate diploma|mca|m.tech|mtech',
      ),
      bachelor: words(
        "bachelor|bachelors|bachelor's|bachelor's degree|bachelors degree|bachelor degree|" +
          'bsc|b.sc|b.sc.|beng|b.eng|bba|bcom|b.com|btech|b.tech|b.e.|undergraduate degree|' +
          '4-year degree|four-year degree|4 year degree|four year degree|university degree|' +
          'college degree|degree|bsn|third-level qualification|third-level degree|' +
          'tertiary degree|tertiary qualification|honours degree|graduates only|any graduate|' +
          'any degree|law degree|medical degree|degree or diploma|completed studies|' +
          'completed university studies|completed degree|completed university degree|' +
          'subject-specific studies|university studies|undergraduate or postgraduate degree|' +
          'undergraduate or graduate degree|undergraduate/postgraduate degree|' +
          'undergraduate or post-graduate degree|' +
          // "Educational Qualification: Graduate": Indian postings' field, a first degree.
          'qualification: graduate|qualification: graduation|qualification - graduate|' +
          // Indian boards' degree codes ("UG: BCA in Any Specialization"); Irish "third level".
          'bca|b.c.a|third level qualification|third level qualifications|' +
          'third-level qualifications|third level degree|third level education|' +
          // Philippine English: "Graduate of Accountancy or any related course" (see `courseNouns`).
          'graduate of|graduates of|' +
          // Hong Kong, Malaysian and Caribbean ads: "University graduate or equivalent", "Degree
          // Holder in any related field", "Tertiary Education or above".
          'university graduate|university graduates|degree holder|degree holders|' +
          'tertiary education|graduate of tertiary institution|graduate of a tertiary institution',
      ),
      associate: words(
        "associate degree|associate's degree|associates degree|associate's|2-year degree|" +
          'two-year degree|2 year degree|two year degree|two (2) year college degree|' +
          'two (2) year degree|2-year college degree|two-year college degree|local diploma|' +
          'polytechnic diploma|diploma in engineering|engineering diploma|diploma holder|' +
          'advanced diploma|higher national diploma|diploma in|diploma or degree|diploma/degree|' +
          'diploma and above|diploma or higher|diploma or bachelor|diploma or bachelors|' +
          "diploma or bachelor's|diploma/bachelor|diploma/bachelors|diploma/bachelor's|" +
          "diploma / bachelor|diploma / bachelor's|diploma / degree|" +
          // "Accounting or related diploma", "Nursing Diploma": a post-secondary diploma.
          'related diploma|relevant diploma|nursing diploma|' +
          // Canadian postings: a college programme after high school ("Post-secondary education
          // in Accounting"); "post-secondary degree" still reads as a degree.
          'post-secondary education|postsecondary education|post-secondary diploma|' +
          'postsecondary diploma|college diploma|community college diploma',
      ),
      vocational: words(
        'trade school|trade qualification|trade certificate|trade certification|' +
          // A cook's schooling: "Culinary school is a plus".
          'culinary school|culinary arts school|' +
          'vocational training|vocational qualification|vocational degree|vocational diploma|' +
          'certificate iii|certificate iv|cert iii|cert iv|aqf certificate|' +
          'completed apprenticeship|apprenticeship training|served apprenticeship|nvq level 2|' +
          'nvq level 3|higher national certificate|city and guilds|city & guilds|red seal|' +
          // Singapore's ITE certificates ("Min Nitec holder", "Higher Nitec in Electrical").
          'nitec|higher nitec|nitec holder|ite certificate|' +
          // A framework's certificate below a diploma: New Zealand's "Level 4 qualification in Health
          // and Wellbeing", South Africa's NQF-5 "Higher Certificate" or "Occupational Certificate".
          'level 3 qualification|level 4 qualification|level 3 certificate|level 4 certificate|' +
          'nzqa level 3|nzqa level 4|higher certificate|occupational certificate|nqf level 5|nqf 5|' +
          // "Certificate, diploma or bachelor's degree in Business": a certificate listed first among
          // post-school awards accepts the certificate.
          'certificate, diploma|certificate or diploma|certificate/diploma|certificate / diploma',
      ),
      high_school: words(
        'high school|high school diploma|high-school diploma|high school equivalency|' +
          'high school equivalency certificate|secondary school|secondary school certificate|' +
          'secondary school diploma|high school certificate|a-level|a-levels|a level|a levels|' +
          "o level|o levels|'o' level|'o' levels|gcse|gcses|matric|matric pass|matriculation|" +
          'grade 12|12th pass|12th grade|senior certificate|12th and above|12th standard|12th std|' +
          '12th class|class xii|10+2|higher secondary|' +
          // Singapore's secondary-school certificates below the A-levels.
          "n level|n levels|'n' level|'n' levels|gce o level|gce 'o' level|gce n level|gce 'n' level",
      ),
    },
    abbreviations: {
      BA: 'bachelor',
      BS: 'bachelor',
      'B.A.': 'bachelor',
      'B.S.': 'bachelor',
      LLB: 'bachelor',
      BEd: 'bachelor',
      'B.Ed.': 'bachelor',
      MBChB: 'bachelor',
      MBBS: 'bachelor',
      BDS: 'bachelor',
      BChD: 'bachelor',
      MS: 'master',
      MA: 'master',
      'M.S.': 'master',
      'M.A.': 'master',
      LLM: 'master',
      ADN: 'associate',
      ASN: 'associate',
      HND: 'associate',
      // Nigeria's polytechnic and college-of-education diplomas: "Minimum of OND/NCE".
      OND: 'associate',
      NCE: 'associate',
      GNM: 'associate',
      HNC: 'vocational',
      NVQ: 'vocational',
      NVQ2: 'vocational',
      NVQ3: 'vocational',
      ITI: 'vocational',
      SPM: 'high_school',
      // School-leaving certificates of Hong Kong (HKDSE), the Caribbean (CXC, CSEC), Kenya (KCSE),
      // West Africa (WAEC, SSCE, NECO) and the Commonwealth GCE: "Minimum 3 GCE/CXC subjects".
      HKDSE: 'high_school',
      CXC: 'high_school',
      CSEC: 'high_school',
      KCSE: 'high_school',
      WAEC: 'high_school',
      WASSCE: 'high_school',
      SSCE: 'high_school',
      NECO: 'high_school',
      GCE: 'high_school',
      GED: 'high_school',
      HSC: 'high_school',
    },
    enrolment: words(
      'currently enrolled in|currently pursuing|enrolled in a degree|pursuing a degree|' +
        'pursuing a bachelor|pursuing a bachelor’s|student in a bachelor|currently studying|' +
        'current student|final year student|final-year student|finishing their|finishing your|' +
        'currently finishing|currently completing|in the final year of|in your final year of|' +
        'university students|year university students|year university student|' +
        // "should be an undergraduate from a recognized University": a student of a first degree.
        'an undergraduate|an undergraduate student|undergraduate student|currently an undergraduate|' +
        // Philippine English takes up a course: "currently taking up BS Accountancy".
        'currently taking up|a college student|college student currently|' +
        // An internship signed with the candidate's school: only a student can hold one.
        'internship agreement|internship agreements',
    ),
    byCountry: [],
    equivalent: words(
      // "… oder vergleichbares, erworbenes Wissen": knowledge gained another way.
      'or comparable knowledge|or equivalent knowledge|or comparable acquired knowledge|' +
        // "a degree in Computer Science, or ability to demonstrate equivalent knowledge".
        'demonstrate equivalent knowledge|demonstrated equivalent knowledge|' +
        'or equivalent|or an equivalent|or its equivalent|or the equivalent|' +
        // Malaysian and Indian postings: "Degree in any related courses or equivalents".
        'or equivalents|or its equivalents|' +
        'or equivalent experience|or equivalent work experience|' +
        'or equivalent practical experience|or relevant experience|equivalent experience|' +
        'equivalent work experience|or comparable|or similar qualification|or similar experience|or equivalency|' +
        'or a comparable qualification|or a comparable degree|or a similar qualification|' +
        'equivalency thereof|or ged|or a ged|or equivalent combination|or related experience|' +
        'or related job experience|or related work experience|or equivalent job experience|' +
        'or approved equivalency|or an approved equivalent|or approved equivalent|' +
        // "a relevant tertiary qualification or strong hands-on experience": experience instead.
        'or strong hands-on experience|or hands-on experience|' +
        'or equivalent real-world experience|' +
        'or relevant industry experience|or equivalent industry experience',
    ),
    equivalencyCredentials: words('GED|HiSET|HSED|high school equivalency'),
    experienceInstead: words(
      'equivalent combination of education|equivalent combination of training|' +
        'combination of education and experience|combination of experience and education|' +
        'combination of training and experience|combination of experience and training|' +
        'combination of education, training and experience|in lieu of a degree|' +
        'in lieu of degree|in lieu of education|experience in lieu|' +
        'equivalent work experience|equivalent practical experience|or equivalent experience|' +
        'and/or equivalent experience|or relevant work experience|self-taught|' +
        'may be substituted|be substituted for|substitute for the degree|' +
        'substituted for education|degree or experience in|degree or practical experience|' +
        'or practical experience|' +
        // Civil-service routes: "3. Education and/or experience equivalent to 1 above".
        'education and/or experience equivalent|education and/or experience which is equivalent|' +
        'education and/or experience that is equivalent',
    ),
    tradeTraining: words('training as a|training as an|trained as a|trained as an'),
    notAsked: words(
      'most common background|typical background|our team members hold|no degree required|' +
        'no degree needed|degree not required|degree is not required|without a degree|' +
        // "University degree not necessary", "A degree is not essential": said not to be asked.
        'degree not necessary|degree is not necessary|degree not needed|degree is not needed|' +
        'degree not essential|degree is not essential|' +
        "don't need a|do not need a|not need a|no need for a|if you already have a|" +
        'if you already hold a|if you already have an|if you already hold an|' +
        // "at a level of difficulty equivalent to GS-11": an ordinary phrase, not the A level
        // ("Mathematics at A level" stays one).
        'level of difficulty|at a level of|to a level of|' +
        // "full tuition coverage to earn a bachelor's degree": a benefit, not a requirement.
        'tuition coverage|tuition assistance|tuition reimbursement|tuition support|' +
        'pay for your degree|earn your degree|' +
        // "stipends available for education levels at Doctorate Degree": pay for a degree held.
        'stipends available for|stipend available for|stipends for|stipend for|differential for|' +
        // "On completion of the training you will obtain a Certificate IV": what the job leads to.
        'you will obtain|you will gain a|you will earn a|you will receive a|you will achieve a',
    ),
    cues: enEducationCues,
  },

  language: enLanguage,

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {
    usObjectLeads: words(
      'WITH|JOIN|CONTACT|ABOUT|FOR|TO|OF|BY|FROM|LET|TELL|HELP|CALL|EMAIL|VISIT|AMONG',
    ),
    pay: words(
      // "Salary budget: 20000/month": the budget is the pay's own, not money beside it.
      'salary budget|pay budget|wage budget|salary|salaries|pay|paid|pay rate|compensation|wage|wages|base|OTE|rate|remuneration|package|earn|earnings|CTC',
    ),
    notPay: words(
      'per diem|perdiem|per-diem|mileage|revenue|raised|raise|funding|funded|valuation|ARR|budget|stipend|allowance|' +
        'allowances|reimburse|reimbursed|reimbursement|bonus|bonuses|voucher|vouchers|credit|' +
        'credits|grant|grants|donated|donate|donation|donations|prize|worth|sales|turnover|' +
        'investment|series|per employee|incentive|incentives|referral|signing|sign-on|' +
        'relocation|equity|meal|lunch|gift|discount|pension|fee|fees|price|cost|costs|deal|' +
        'deals|deal size|ACV|quota|contract value|seed|pre-seed|round|MRR|GMV|AUM|spend|' +
        'portfolio|differential|premium|overtime|tuition|scholarship|' +
        // A driver's pay extras: "Wait Time: $12/hour (after 3 hours)", "Layover: $80 per day".
        'wait time|detention|layover|stop pay|extra stop|trailer spotting|lumper|' +
        // Pay by the mile, which has no period: "34 to 40 CPM", "55 cents per mile".
        'CPM|cpm|cents per mile',
    ),
    // A record's ceiling field after its floor field ("Salary From: 3000" / "Salary To: 4500").
    upTo: words(
      'up to|upto|max|maximum|no more than|capped at|salary to|pay to|wage to|salary range to|range to|salary_range_to|range_to|salary_to|pay_to',
    ),
    from: words(
      'from|starting at|starting from|starts at|starting|at least|min|minimum|minimum of|over|more than|above|in excess of',
    ),
    fromAfter: words('minimum|at minimum|or more|and above|plus DOE'),
    floorNotes: [],
    rangeJoin: words('to|and|through|up until|until'),
    risingTo: words('rising to|increasing to|increase to|increases to|rises to|moving to'),
    payOf: words('of|a|an'),
    stepAfter: words('after|once|following|up to'),
    grossNet: words('gross|net|base|before tax|pre-tax'),
    periods: {
      hour: words('per hour|an hour|a hour|each hour|the hour|hourly|per hr|an hr'),
      day: words('per day|a day|daily|day rate|daily rate|per shift'),
      week: words('per week|a week|weekly'),
      month: words('per month|a month|monthly|per calendar month|per mensem'),
      year: words('per year|a year|per annum|annually|annual|yearly|per yr'),
    },
    periodSuffixes: {
      hour: words('/hour|/hr|/h|p/h|ph|p.h.|p.h|phr|/hr.|hr'),
      day: words('/day|p/d|pd|/shift'),
      week: words('/week|/wk|pw|p/w'),
      month: words('/month|/mo|/mth|pm|p/m|p.m.|pcm'),
      year: words('/year|/yr|/y|/annum|pa|p.a.|p/a|LPA'),
    },
    timeUnits: words('hours|hour|hrs|hr|h|days|day|d|nights|night|shifts|shift|x|times'),
    currencies: {
      euro: 'EUR',
      euros: 'EUR',
      pound: 'GBP',
      pounds: 'GBP',
      sterling: 'GBP',
      rand: 'ZAR',
      rupees: 'INR',
      rupee: 'INR',
      dollar: '$',
      dollars: '$',
      // West and East African currencies written out ("₦350,000 naira", "60,000 Kenya shillings").
      naira: 'NGN',
      cedis: 'GHS',
      cedi: 'GHS',
      'kenya shillings': 'KES',
      'kenyan shillings': 'KES',
    },
    currencyLabels: words('currency|salary currency|pay currency|currency code'),
    multipliers: {
      k: 1_000,
      thousand: 1_000,
      lakh: 100_000,
      lakhs: 100_000,
      lac: 100_000,
      lacs: 100_000,
      L: 100_000,
      LPA: 100_000,
      crore: 10_000_000,
      crores: 10_000_000,
      cr: 10_000_000,
      m: 1_000_000,
      mn: 1_000_000,
      million: 1_000_000,
      millions: 1_000_000,
      bn: 1_000_000_000,
      billion: 1_000_000_000,
      billions: 1_000_000_000,
    },
    cappedJobs: [],
    capAfter: [],
  },

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {
    remote: words(
      'remote|work from home|working from home|WFH|telecommute|telecommuting|teleworking|telework|home-based',
    ),
    hybrid: words('hybrid'),
    onsite: words(
      'on-site|in-office|in-person|office-based|work from office|working from office|WFO',
    ),
    remotePhrases: words(
      'remote-first|remote first company|work from anywhere|work remotely from anywhere|remote position|' +
        'remote role|remote job|remote opportunity|remote contract|permanent telecommuting|' +
        'telecommute permanently|this position is remote|this role is remote|this is a remote|' +
        'telecommuting is ok|telecommuting is allowed|telecommuting allowed|' +
        // "the work will be performed from a home-based office".
        'home-based office|home-based position|home-based role|' +
        // The hire itself is remote: "join our team remotely", "No commuting required".
        'join our team remotely|join the team remotely|join us remotely|no commuting required|' +
        'no commute required|from the comfort of your home|from the comfort of your own home|' +
        // "This is a work-from-home (WFH) position": the post itself worked from home.
        'work-from-home position|work-from-home role|work-from-home job|work-from-home opportunity|' +
        'work-from-home basis|this is a work-from-home|fully work-from-home|WFH position|WFH role|' +
        'WFH job|home-based job',
    ),
    hybridPhrases: words(
      // "partly from home", "soms thuis, soms op kantoor": home and office in turn.
      'partly from home|partly remote|partly remotely|sometimes from home|some days from home|part of the week from home|' +
        'hybrid working|hybrid work|hybrid role|hybrid model|remote and office|office and remote|' +
        'remote/office|office/remote|flexible working from home|split between home and office|' +
        // "a part-time telework agreement": part of the week at home, not part-time hours.
        'part-time telework|part-time teleworking|part time telework',
    ),
    onsitePhrases: words(
      'role is on-site|position is on-site|job is on-site|role is based on-site|position is based on-site|' +
        'role is in-office|position is in-office|role is office-based|on-site role|on-site position|' +
        'on-site job|office-based role|office-based position|in-person role|in-person position|' +
        'work location: in person|5 days a week in the office|five days a week in the office|' +
        'work in-office|work in the office full time|work on-site full time|must be able to work in-office|' +
        'must be able to work on-site|required to work on-site|required to work in the office|' +
        // A spaced hyphen ("This job is ON - SITE.") and a care centre's floor ("a fully in-centre
        // position"): the place of work named for the whole job.
        'job is on - site|role is on - site|position is on - site|in-centre position|in-center position|' +
        'fully in-centre|fully in-center|in-centre role|in-center role|' +
        // "Onsite work is required for this position": the place of work demanded for the job.
        'on-site work is required|on-site work is mandatory|on-site presence is required|' +
        'on-site attendance is required|in-office work is required|in-person work is required|' +
        // The hire's own future place of work: "The representative will work on-site in our Aurora office".
        'will work on-site|will work onsite|will work on site|will be working on-site|will be working onsite',
    ),
    remoteAdverbs: words('remotely'),
    fully: words('fully|100%|100 %|full|entirely|completely|permanently|permanent|99%'),
    shareLinks: words('of'),
    partly: words('partial|partially|partly|occasional|some|regularly'),
    option: words(
      'possibility to work|possibility of working|option to work|opportunity to work|options|option|' +
        'possible|available|possibility of|option to|opportunity to|' +
        // "flexibility to work from home when it makes sense": home some days only.
        'flexibility to work|flexibility to|flexibility of working',
    ),
    mix: words('mix of|mixture of|blend of|combination of|balance of|balance between|split of'),
    mixJoins: words('and|with'),
    days: words('days|day'),
    weeklyTimes: words('once|twice'),
    week: words('a week|per week|each week|weekly|/week|/wk|a month|per month'),
    places: words(
      'office|the office|our office|site|on-site|home|remote|remotely|the hub|our hub|campus|' +
        'from home|at home|in the office|in office|at the office|in our office|from the office|on site|' +
        'at our office|at our offices|in our offices|at one of our offices|on location',
    ),
    office: words(
      'office|the office|in the office|in office|at the office|in our office|on site|onsite|on-site|in person|in-person',
    ),
    notRemote: words(
      'not remote|not a remote|not a fully remote|not fully remote|no remote|remote work is not|' +
        'remote is not possible|not eligible for remote|this is not a remote|remote not possible|' +
        'remote is not an option|remote not an option|no fully remote|' +
        // A board's restriction field: "Restrictions: No telecommuting".
        'no telecommuting|telecommuting is not|telecommuting not',
    ),
    notModel: words(
      'desktop|access|support|monitoring|management|assistance|sensing|control|diagnostics|teams|team|' +
        'colleagues|workforce|cloud|apps|app|mobile|vehicles|vehicle|cars|car|infrastructure|architecture|' +
        'systems|system|solutions|solution|IT|environments|event|events|learning|engine|meetings|' +
        // A perk for working from home, not the work model: "WFH office equipment allowance".
        'office equipment|equipment|allowance|allowances|stipend|stipends|reimbursement|' +
        // Amenities at the site and hybrid products: "on-site parking", "hybrid production".
        'parking|gym|cafeteria|canteen|fitness|childcare|daycare|amenities|production|powertrain|' +
        // Places a role serves from its desk: "support to the corporate office and remote sites".
        'sites|branches|facilities|servers|users',
    ),
    // "our head office based in Sydney": the company's seat, not how the job is worked.
    notPlaceAfter: words('time|times'),
    notModelBefore: words('head|main|registered'),
    topics: words('policy on|policy for|rules on|guidelines on'),
    hoursIn: words('in|at'),
    or: words('or|and/or'),
    dutyNouns: words(
      'support|assistance|troubleshooting|maintenance|service|services|interventions|training',
    ),
    bothWays: words(
      'on-site and remote|on site and remote|onsite and remote|on-site and remotely|on site and remotely|onsite and remotely|on-site or remote|on-site or remotely|on site or remotely|remote and on-site|remotely and on-site|remotely and on site|remote and onsite|in person and remotely',
    ),
    channels: words(
      'online|by phone|over the phone|by telephone|by email|by e-mail|via chat|by chat|by video',
    ),
    labels: words(
      'remote status|work model|workplace type|work arrangement|work setting|location type|work type|remote policy|remote work policy|' +
        // A board export's field: "teleworking: Presencial", "Teleworking: Hybrid".
        'teleworking|telework',
    ),
    // An application form's one-letter answer too ("Located Remotely? N").
    no: words('no|n'),
    undecided: words('to be defined|to be discussed|to be agreed|to be confirmed|tbd|tbc'),
    offered: [],
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('full-time|full time position|full-time role|full-time job'),
    partTime: words('part-time'),
    contract: words(
      'contract role|contract position|contract job|contract basis|contract assignment|' +
        'contract opportunity|contract to hire|contract-to-hire|freelance|freelancer|freelancing|' +
        'contractor|independent contractor|independent contractors|independent consultant|' +
        'self-employed|1099|rate:|outside IR35|inside IR35|IR35|day rate|daily rate|' +
        // "12-month rolling contract": a contractor's engagement, renewed as it runs.
        'rolling contract|month rolling contract|' +
        // "a contract for services of 6 months" (not of service, an employee's): a contractor's.
        'contract for services',
    ),
    temporary: words(
      'fixed-term|fixed terms|term limited position|term-limited position|limited-term position|' +
        'limited term position|temporary role|temporary position|temporary contract|temporary job|' +
        'temporary roles|temporary positions|temporary jobs|seasonal positions|seasonal roles|' +
        'temporary assignment|temp to perm|temp-to-perm|temp to hire|seasonal role|seasonal position|' +
        'seasonal job|seasonal contract|seasonal work|maternity cover|parental leave cover|' +
        'maternity leave cover|locum|' +
        // Short for temporary in classified ads: "initially a temp contract for 6 months".
        'temp contract|temp position|temp role|temp job|temp assignment|' +
        // A job for one season: "for the 2025/26 ski season" is a term of its own.
        'for the winter season|for the summer season|for the ski season|for the season|' +
        // Philippine labour law's fixed-term "project employee": "project-based employment for 1 year".
        'project-based employment|project based employment|project-based position|project-based role|' +
        // US public service: "Term (not to exceed 2 years)", "a term appointment not to exceed 13 months".
        'term (not to exceed|term, not to exceed|term appointment not to exceed|' +
        'temporary (not to exceed|temporary - not to exceed|temporary not to exceed|appointment not to exceed',
    ),
    internship: words(
      'internship|internships|intern role|intern position|intern/co-op|co-op|summer intern',
    ),
    apprenticeship: words('apprenticeship|apprenticeships|apprentice role|degree apprenticeship'),
    volunteer: words('volunteer role|volunteer position|volunteer opportunity|unpaid volunteer'),
    perDiem: words('per diem|per-diem|PRN'),
    internTitles: words('intern|interns'),
    apprenticeTitles: words('apprentice|apprentices'),
    contractTitleHeads: words('contract'),
    contractTrades: words(
      'manager|managers|management|administrator|administration|admin|specialist|analyst|officer|' +
        'coordinator|negotiator|lawyer|attorney|counsel|paralegal|assistant|associate|executive|' +
        'lead|director|clerk|reviewer|review|compliance|engineer|engineering|estimator|controller|' +
        'consultant|advisor|adviser|buyer|writer|drafter|owner|holder|law|legal|support|team',
    ),
    contractTitleTails: words(
      'contract|contractor|contract role|contract position|contract-to-hire|contract to hire',
    ),
    temporaryTitles: words('seasonal|temporary|interim'),
    noType: words('working student'),
    notTypeAfter: [],
    // "… except internships": the type after these words is left out, not the job's.
    exceptBefore: words('except|except for|excluding|with the exception of|other than'),
    bothHours: words(
      'full or part time|full or part-time|part or full time|full and part time|full and part-time|' +
        'part and full time|full / part time|full/part time|full/part-time',
    ),
    past: words(
      'previous|prior|completed|former|experience as an|experience as a|' +
        // A checklist asking for an internship done elsewhere: "Complete Internship at a design firm".
        'complete internship|complete an internship|finished internship|finished an internship|' +
        'done an internship|undergone an internship|underwent an internship|' +
        // A screening question counting years "(excluding internships)": the past, not this job.
        'excluding internships|excluding internship|not including internships|excluding co-ops|' +
        // "Are you an existing contractor with us? Apply internally": the reader's status, no job's.
        'existing contractor|existing contractors|current contractor|current contractors|' +
        'existing consultant|current consultant|existing intern|current intern|current interns',
    ),
    permanent: words(
      'permanent contract|permanent position|permanent role|permanent employee|permanent employment|perm|' +
        // A record's "Employment Type: Permanent/Contract": either, so the contract names no type.
        'permanent/contract|permanent or contract|contract/permanent|contract or permanent',
    ),
    labels: words(
      'employment type|employment types|job type|job types|contract type|type of contract|schedule type|job category|' +
        'employee type|time type|position type|hours|job term|job type & duration|job type and duration|' +
        // A public employer's record: "Position Status: Temporary Full Time".
        'position status|employment status|' +
        // A board export's field: "workDay: Completa", "Work day: Part time".
        'workday|work day|working day|' +
        // A record's snake-case keys: "job_type: full_time", "employment_type: PART_TIME".
        'job_type|employment_type|contract_type|position_type',
    ),
    // A nurse staffing agency's values: "Employment Type: Local Contract", "Travel Contract".
    contractValues: words('contract|contractor|contract work|local contract|travel contract'),
    temporaryValues: words('temporary|temp|seasonal|fixed term|fixed terms'),
    fullTimeValues: words('full-time|full time|full_time'),
    partTimeValues: words('part-time|part time|part_time'),
    payLabels: words('hourly rate|pay rate|base rate|rate of pay|wage rate|salary rate'),
    ownJob: words(
      'this position|this role|this job|this post|this vacancy|this is a|this is an|the position is|the role is',
    ),
    eligibility: words(
      'eligible|eligibility|entitled|benefits for|benefits to|benefits of being|' +
        // "Agencies and freelancers are asked not to respond": who should not apply.
        'are asked not to|please do not contact|no agencies|' +
        'internal full-time|internal part-time|employees must apply|current employees|all full-time|all part-time|full-time employees|full-time staff|' +
        // "Every full-time Celonaut is an owner": a perk of the staff, not this job's hours.
        'every full-time|every part-time|each full-time|each part-time|' +
        'full-time workers|full-time team members|part-time employees|part-time staff|part-time workers|' +
        // Equal-opportunity legalese: "applies to all employment practices, including hiring,
        // training, and apprenticeship" lists practices, not this job's type.
        'employment practices|employment decisions|terms and conditions of employment',
    ),
    // "a full-time degree", "enrolled as a full-time student": the hours of a course, not the job.
    basis: words(
      'on the basis of|based on a|pro rata|pro-rata|FTE|full-time equivalent|full-time degree|' +
        'full-time study|full-time studies|full-time student|full-time education|full time degree|' +
        'full time student|' +
        // "two years of full-time satisfactory experience": the hours of past work, not of this job.
        'years of full-time|year of full-time|months of full-time|full-time experience|' +
        'full-time work experience|full-time satisfactory experience|full-time professional experience|' +
        // "2-3 years in full time practice": the hours of past practice.
        'years in full-time|year in full-time|full-time practice',
    ),
    workloadLabels: words('workload'),
    weeklyHours: words(
      'hours per week|hours a week|hours/week|hrs/week|hrs per week|h/week|hours weekly|' +
        // "a 40 hour week", "a 20-hour work week": the week named by its hours.
        'hour week|hour work week|hour workweek|hour working week|hr week|hrs week',
    ),
    laterChance: words(
      'opportunity for|opportunity to start|chance of|possibility of|option of|path to|pathway to',
    ),
    pastAs: words('as|working as'),
    weekOf: words('week of|workweek of|work week of|working week of'),
    hourUnits: words('hours|hrs'),
    hoursOf: words('working hours|work hours|hours of work|contracted hours|working hours of'),
    hoursBasisBefore: words('based on|at|pro rata to|prorated to'),
    to: words('to|or'),
    months: words('months|month|years|year'),
    keptFiles: words('CV|CVs|resume|resumes|résumé|applications|personal data'),
    durationLabels: words(
      'duration|contract duration|contract length|length of contract|assignment duration|project duration',
    ),
    contractWords: words('contract|appointment|assignment|fixed-term'),
    extendable: words(
      'extendable|renewable|convertible|with possibility of extension|with a possibility of extension',
    ),
    flexOptions: words(
      'job sharing|job share|job-share|jobshare|compressed hours|term-time working|term time working|annualised hours|annualized hours',
    ),
    laterHours: words(
      'may turn into a|could turn into a|may turn into|could turn into|may become a|could become a|may become|could become|with the possibility of going|with the option of going|option to go|potential to become a|potential to go',
    ),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words(
      'relocation|relocate|relocating|relocations|moving costs|moving expenses|moving allowance|' +
        // A perk list's "Moving Assistance": help with the move offered.
        'moving assistance|moving support|moving reimbursement|moving package',
    ),
    offer: words(
      'package|packages|assistance|support|supported|bonus|help|helps|provided|provide|provides|available|' +
        'offered|offer|offers|covered|cover|covers|costs|expenses|paid|reimbursed|reimbursement|eligible|' +
        'stipend|allowance|lump sum|budget|we will help|we can help',
    ),
    housing: words(
      'housing stipend|housing allowance|housing provided|housing is provided|accommodation provided|' +
        'accommodation is provided|provided accommodation|free accommodation|staff accommodation|' +
        'accommodation included|live-in position|temporary housing|corporate housing',
    ),
    // A Gulf package: "tax free salary, housing allowance, furniture allowance, air tickets allowance".
    payAllowances: words(
      'transport allowance|transportation allowance|education allowance|schooling allowance|' +
        'furniture allowance|utility allowance|utilities allowance|air ticket|air tickets|' +
        'air ticket allowance|air tickets allowance|annual air ticket|annual air tickets|' +
        'annual flight ticket|annual flight tickets|end of service benefits|end of service gratuity',
    ),
    candidate: words(
      'willing|able|prepared|ready|open|must|need to|required to|planning to|plan to|reliably commute',
    ),
    candidatePays: words(
      'at your own expense|at your own cost|at own expense|at own cost|' +
        "at the candidate's expense|at the candidate's own expense|at their own expense|" +
        'at their own cost|responsibility of the candidate|' +
        'responsibility of the successful candidate|' +
        'responsibility lies on the successful candidate|' +
        'responsibility lies with the successful candidate|responsibility lies on the candidate|' +
        'responsibility lies with the candidate|candidate is responsible for|' +
        'candidates are responsible for|self-funded|self funded|for your own expense|' +
        'for your own cost|for your own account|at your expense|borne by the candidate|' +
        "borne by the successful candidate|at the employee's expense",
    ),
    negations: words(
      "not|no|unable|cannot|can't|won't|isn't|doesn't|don't|never|without|unfortunately|non",
    ),
    // A form's answer to its relocation question ("Relocation? N", "Relocation: Yes").
    answerYes: words('yes|y'),
    answerNo: words('no|n'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words(
      'visa|visas|sponsor|sponsors|sponsorship|sponsoring|sponsored|H-1B|H1B|Blue Card|work permit|' +
        'work permits|Skilled Worker|Tier 2 visa|Certificate of Sponsorship|immigration support',
    ),
    immigration: words(
      'visa|visas|immigration|H-1B|H1B|work permit|work permits|employment|authorized|authorised|' +
        'authorization|authorisation|right to work|Blue Card|Skilled Worker|Tier 2 visa|work status',
    ),
    offer: words(
      'available|provided|provide|provides|offered|offer|offers|possible|support|supports|assist|' +
        'assistance|help|we sponsor|will sponsor|can sponsor|do sponsor|able to sponsor|we cover|we pay|' +
        'responsible for the sponsorship|considered for sponsorship|eligible for sponsorship|is sponsored|' +
        // "we'll handle the work permit process": the employer does the paperwork.
        "we'll handle|we will handle|we handle|we take care of|we'll take care of|we will take care of",
    ),
    offerPhrases: words(
      'immigration support|visa support|visa sponsorship available|visa sponsorship is available|' +
        'sponsorship is available|we sponsor visas|we offer visa sponsorship|visa assistance|' +
        'relocation and visa support|relocation and immigration support|help with your visa|' +
        'offers sponsorship|sponsorship offered|sponsorship provided',
    ),
    refusals: words(
      'unable to sponsor|not able to sponsor|cannot sponsor|can not sponsor|do not sponsor|does not sponsor|' +
        "will not sponsor|won't sponsor|not in a position to sponsor|no sponsorship|without sponsorship|" +
        'without the need for sponsorship|without the need for employer sponsorship|' +
        'without requiring sponsorship|without requiring visa sponsorship|sponsorship is not available|' +
        'sponsorship not available|not offering sponsorship|not offer sponsorship|no visa sponsorship|' +
        'does not provide sponsorship|not eligible for sponsorship|does not offer sponsorship',
    ),
    // "hiring worldwide, no visa required": the job needs none, no word on sponsorship.
    notNeeded: words(
      'no visa required|no visa needed|no visa is required|no visa is needed|visa not required|visa is not required|visa not needed|visa is not needed|no need for a visa|no visa necessary',
    ),
    onlyFor: words('exclusively for|only for|solely for|limited to|reserved for|restricted to'),
    thirdPartySponsors: words(
      'sponsoring program|sponsoring programs|sponsoring programme|sponsoring programmes|sponsoring organization|sponsoring organisation|sponsoring agency|exchange visitor program',
    ),
    authorization: words(
      'authorized to work|authorised to work|legally authorized to work|legally authorised to work|' +
        'legal right to work|right to work|eligible to work|eligibility to work|work permit|valid work permit|' +
        'work authorization|work authorisation',
    ),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    travel: words(
      'travel|travels|traveling|travelling|business trips|trips|' +
        // "willing and able to be deployed provincially, inter-provincially or internationally".
        'deployed provincially|deployed nationally|deployed internationally|deployed overseas|deployed abroad',
    ),
    demand: words(
      // The job's travel offered as a chance: "opportunities to travel for the right candidate".
      'potential for travel|opportunities to travel|opportunity to travel|possibility of travel|chance to travel|' +
        'required|require|requires|requirement|expected|necessary|needed|willing|willingness|ability|able|' +
        'may|must|will|occasional|occasionally|frequent|frequently|regular|regularly|some|extensive|' +
        'overnight|international|domestic|up to|daily|paid trips',
    ),
    notDemand: words(
      'travel benefits|travel benefit|travel reimbursement|travel reimbursements|travel expenses|' +
        'travel expense|travel insurance|travel allowance|travel stipend|travel perks|travel perk|' +
        'travel industry|travel agency|travel agencies|travel booking|travel policy|travel company|' +
        'travel companies|travel tech|travel startup|travel platform|travel app|travel sector|' +
        'travel credits|travel credit|travel discounts|travel discount|travel costs|travel cost|' +
        'travel time is paid|travel the world|travelling benefits|travelling expenses|travel to interview|' +
        // "live within a reasonable travelling distance of the office": the commute, not travel.
        'travelling distance|traveling distance|travel distance|' +
        // Travel the job says it does not ask for ("Travel Requirement: Travel not required").
        'travel not required|travel is not required|no travel required|no travel is required|no travel|' +
        'not required to travel|does not require travel|without travel|' +
        // The employer's business told in its blurb: "reinvent the future of travel".
        'future of travel|world of travel|' +
        // Outings the employer offers its staff.
        'team trips|company trips|incentive trips',
    ),
    visits: words(
      'client visits|customer visits|site visits|visits to clients|visits to customers|' +
        'visits to client sites|visits to customer sites|visiting clients|visiting customers|' +
        'visit clients|visit customers|visit client sites|visit customer sites|' +
        'overnight stays|nights away from home|nights away|field-based|nationwide travel|' +
        'national travel|regional travel|international travel',
    ),
    shareOfTime: words('of the time|of your time|of the working time|of your working time'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {
    onCall: words('on-call|on call|pager duty'),
    night: words(
      'night shift|night shifts|night work|night duty|nights|overnight shift|overnight shifts|graveyard shift',
    ),
    nightPlaces: [],
    shift: words(
      'shift work|shift pattern|shift patterns|shift schedule|shift rota|shift rotation|' +
        'shift differential|shift or weekend|shifts or weekend|shift and weekend|' +
        'shifts and weekend|shift or night|shifts or night|shift and night|shifts and night|' +
        'shift / weekend|shifts / weekend|shift / night|shifts / night|on a rota|' +
        'on a rotating schedule|on a shift pattern|rota basis|shift required|shifts required|' +
        'shift may be required|shifts may be required|shift will be required|' +
        'shifts will be required|shifts are required|work shifts|working shifts|' +
        'work in shifts|working in shifts',
    ),
    shiftKinds: words(
      'rotating|early|late|day|evening|morning|split|first|second|third|1st|2nd|3rd|swing',
    ),
    shiftTimes: words('night|day'),
    shiftNouns: words('shift|shifts'),
    hourUnits: words('hour'),
    shiftHours: words('shifts are|shifts run|shifts are from|shifts run from'),
    shiftNotBefore: [],
    weekend: words(
      'weekend work|weekend shift|weekend shifts|weekend coverage|weekend availability|' +
        'weekend rota|weekend duty|weekend on-call|weekend on call|weekend rotation|' +
        'weekend day|weekend days|one weekend in|one weekend out of|a weekend in|' +
        'a weekend out of|every weekend in|every other weekend|every second weekend|' +
        'every third weekend|alternate weekends|one weekend a month|one weekend per month|' +
        'one weekend each month|one weekend every month|two weekends a month|' +
        'two weekends per month|1 weekend a month|1 weekend per month|2 weekends a month|' +
        '2 weekends per month|evenings and weekends',
    ),
    weekendCues: words(
      'work|working|available|availability|including|incl|incl.|and|or|on|some|occasional|work on|working on|available on',
    ),
    weekendKinds: words('rotating|alternate|alternating|some'),
    weekendNouns: words('weekend|weekends'),
    weekFirstDays: words('monday|mon'),
    weekJoins: words('to|through'),
    weekendDays: words('saturday|sunday|sat|sun'),
    dayNames: words('monday|tuesday|wednesday|thursday|friday|saturday|sunday'),
    irregular: words(
      'hours may vary|working hours may vary|varying hours|irregular hours|' +
        'irregular working hours|outside normal hours|outside of normal hours|' +
        'outside regular hours|outside of regular hours|outside standard hours|' +
        'outside business hours|outside of business hours|outside office hours|' +
        'outside of office hours|outside core hours|outside normal business hours|' +
        'outside of normal business hours|outside normal working hours|' +
        'outside of normal working hours|outside regular business hours|' +
        'outside standard business hours|outside standard working hours|' +
        'outside regular working hours|outside normal office hours|extended hours|' +
        'evenings and weekends',
    ),
    leisure: words('enjoy|free|off|relax|getaway|getaways|retreat|retreats'),
    stems: words('call|pager|rota|night|shift|week|sat|sun|hours'),
  },

  credentials: enCredentials,

  field: enField,

  license: enLicense,

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLeads: words('job|hiring|job opening|job offer|opening'),
    titleLabels: words(
      'job title|title|position|role|vacancy|job role|posting title|position title|vacancy title|function name|job name|business title|working title',
    ),
    advertiserLabels: words('posted by|offered by|advertiser'),
    advertiserLeads: words('from'),
    calendarMonths: words(
      'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
    ),
    sendToWords: words(
      'send resume to|send resumes to|send your resume to|send cv to|send your cv to|mail resume to|mail resumes to|email resume to|email your resume to|apply by mail to|' +
        'send applications to|send your application to|applications should be sent to',
    ),
    careersPages: words(
      'Careers|Jobs|Job openings|Open positions|Vacancies|Join us|Work with us|Current opening|' +
        'Current openings|Current vacancies|Join our team|' +
        // A small employer's page: "Dufour Tours - Employment" over "EMPLOYMENT OPPORTUNITIES".
        'Employment|Employment opportunities|Career opportunities|Job opportunities|' +
        // A board's heading over the posting's own block: "Job Details" / "CLK 9R - Clerk".
        'Job details|Job detail|Vacancy details|Position details',
    ),
    boardLinks: words(
      'view all jobs|view all jobs from this company|more jobs from this company|see all jobs|' +
        // A careers page's link back to its list, above the posting.
        'all open jobs|all jobs|all open positions|all open roles|back to all jobs|back to jobs|' +
        // A page's share menu above the posting.
        'share this page|share this job|share this posting|' +
        'print|print this page|print this job|email this job|email to a friend|' +
        // A site's menu over the posting ("HOME" / "CAREERS" / the title).
        'home|homepage|menu|main menu|skip to content|skip to main content',
    ),
    areaAfter: words('city centre|city center|town centre|town center|cbd'),
    metroAfter: words('bay area|metropolitan area|metro area|area'),
    areaWords: words('near|area of|around'),
    companyLabels: words(
      'company|employer|organization|organisation|hiring company|company name|' +
        // Public-service records: "Ministry: …", "Agency: …", "Area of government: …".
        'ministry|agency|hiring agency|area of government|hiring organization|hiring organisation|' +
        // A record's keys: "OrganizationName: …", "Employer Name: …".
        'organization name|organisation name|employer name|' +
        // A job board's record: "business_name: South Austin Bar".
        'business name',
    ),
    locationLabels: words(
      'location|locations|job location|work location|based in|city|place of work|primary location|centre|duty station|' +
        // A record's keys: "PositionLocation: …", "Location Name: …".
        'position location|location name|hiring area|work area',
    ),
    placeholders: words(
      'multiple locations|several locations|any|anywhere|worldwide|global|select state|select region|not specified|various locations|' +
        // Indeed's "Work Location:" answers that name the kind of site, no town.
        'in person|in-person|one location|on the road',
    ),
    commuteClauses: words('reliably commute|commute or relocate'),
    bylineTerms: [
      ...words('full-time|full time|fulltime|part-time|part time|parttime|full remote|full-remote'),
      ...words('fully remote|hybrid|remote|on-site|onsite|in-office|work from home|wfh|nationwide'),
      ...words('work from office|working from office|wfo|office-based'),
      // "Toronto, Ontario (currently remote)": the model for now beside the place.
      ...words('currently remote|temporarily remote|remote for now|initially remote'),
      ...words(
        'contract|contractor|permanent|temporary|internship|freelance|freelancer|project based|project-based',
      ),
    ],
    jobWords: [
      // The laboratory and the sciences: "Chemist", "Microbiologist", "Statistician".
      ...words(
        'chemist|biochemist|biologist|microbiologist|physicist|geologist|geophysicist|hydrologist|toxicologist',
      ),
      ...words(
        'statistician|mathematician|epidemiologist|psychologist|radiographer|sonographer|phlebotomist|pathologist',
      ),
      ...words('veterinarian|dentist|surgeon|nutritionist'),
      // Language work: "Interpreter: English to Vietnamese".
      ...words('translator|translators|interpreter|interpreters'),
      ...words('hairdresser'),
      ...words(
        'manager|engineer|specialist|analyst|developer|designer|director|lead|leader|expert|consultant|assistant|associate',
      ),
      // The developer's short form, in titles everywhere: "Full Stack Dev", "Dev Java/Backend".
      ...words('dev|devs'),
      // The stack's side as the role, as Brazilian and Spanish boards title it: "[SP] Front-End Pleno".
      ...words('front-end|frontend|back-end|backend|fullstack|full-stack|full stack'),
      ...words(
        'associates|coordinator|administrator|architect|scientist|intern|officer|representative|executive|head|vp|president',
      ),
      ...words(
        'technician|nurse|teacher|accountant|advisor|adviser|agent|writer|editor|researcher|recruiter|strategist',
      ),
      ...words(
        'operator|programmer|tester|owner|partner|planner|buyer|clerk|cashier|driver|chef|cook|receptionist|secretary',
      ),
      ...words(
        'supervisor|controller|auditor|economist|lawyer|attorney|paralegal|pharmacist|therapist|physician|doctor',
      ),
      ...words(
        'trainee|apprentice|barista|server|waiter|waitress|bartender|host|hostess|dishwasher|housekeeper|cleaner',
      ),
      ...words(
        'janitor|porter|stocker|picker|packer|loader|courier|guard|caregiver|carer|nanny|tutor|instructor|coach|trainer',
      ),
      ...words(
        'mechanic|electrician|plumber|welder|carpenter|machinist|assembler|inspector|dispatcher|scheduler|merchandiser',
      ),
      ...words(
        'steward|hygienist|paramedic|midwife|dietitian|optician|surveyor|estimator|underwriter|actuary|bookkeeper',
      ),
      ...words(
        'teller|holder|attendant|fabricator|boilermaker|lecturer|modeller|modeler|investigator|artist|sre|devops|fitter',
      ),
      ...words(
        'labourer|laborer|internship|graduate|handler|operative|worker|professor|student|dba',
      ),
      // Building trades: "Skilled Mason", "Bricklayer".
      ...words('mason|bricklayer|plasterer|roofer|scaffolder|foreman'),
      // Trades named with "-man" (never the bare suffix: "Human", "German").
      ...words(
        'chargeman|linesman|lineman|handyman|craftsman|tradesman|salesman|repairman|serviceman',
      ),
      ...words(
        'deliveryman|cameraman|storeman|warehouseman|draughtsman|draftsman|journeyman|groundsman',
      ),
      ...words('sysadmin'),
      // "Field Sales Rep", "Customer Service Rep": a representative, shortened.
      ...words('rep'),
    ],
    titleIntros: [
      ...words(
        "as|as an|we are looking for|we're looking for|we are hiring|we're hiring|we are seeking|is looking for",
      ),
      ...words('is seeking|looking for|are seeking|are looking for'),
      // "to fill the open position of Public Works Operator": the post the sentence names.
      ...words('position of|role of|post of'),
    ],
    descriptionHeadings: words(
      'description|job description|position description|role description|details|job details|overview|job overview|summary|job summary',
    ),
    roleSubjectArticles: words('the|our'),
    roleSubjectVerbs: words(
      'will|shall|is responsible for|is accountable for|reports to|working as|works closely',
    ),
    roleSubjectOthers: words(
      'hiring manager|recruiter|recruiting manager|line manager|manager|supervisor|interviewer|recruitment team|team leader',
    ),
    hiringCues: words(
      'is hiring|are hiring|is looking for|are looking for|is seeking|are seeking|seeks|was looking for|hiring|' +
        // "Banham Poultry LTD recruiting for …", "Acme Ltd has exciting new position available".
        'recruiting|is recruiting|are recruiting|has exciting|has an exciting|have an exciting',
    ),
    titleLinks: words('of'),
    titleModifiers: words(
      'full time|full-time|part time|part-time|remote|permanent|temporary|experienced|talented|motivated|passionate|skilled|dedicated|enthusiastic|driven|hands-on|proactive|' +
        // "a highly motivated and experienced Sales Executive": adverbs and the join between them.
        'highly|very|and|self-motivated|results-driven|detail-oriented|reliable|seasoned|organised|organized|' +
        'friendly|confident|energetic|ambitious',
    ),
    articles: words('a|an|the|our|new'),
    atCompany: words('at|@'),
    nameLinks: words('and|of|&'),
    titleCitySuffixes: words('job in|jobs in'),
    headlineIn: words('in'),
    streetWords: [],
    townParticles: words('upon|on'),
    // A want-ad headline around the title: "Cercasi X per Y", "Cook wanted for Y!", "Gezocht: X".
    // "Job Opportunity for C# Programmers", "Vacancy for Staff Nurse": the ad's own lead-in.
    wantedHeads: words(
      'now hiring|job opportunity for|job opportunities for|job opening for|job openings for|vacancy for|vacancies for|opening for|openings for',
    ),
    wantedTails: words('wanted'),
    wantedFor: words('for'),
    titleDecorations: [
      ...words(
        'must|must be|must have|fluent in|based in|welcome bonus|sign-on bonus|signing bonus|immediate start|urgent',
      ),
      ...words('urgently|apply now'),
      // A board's page title after the role: "Waiter - job post".
      ...words('job post|job posting|job offer|job advert'),
    ],
    titlePageNouns: words('job description|job advert|job advertisement|person specification'),
    titleJobNouns: words('job|jobs'),
    confidential: words(
      // SEEK's stand-in for an employer who hides its name: "Company: Private Advertiser".
      'confidential|undisclosed|anonymous|not disclosed|private company|unnamed|private advertiser',
    ),
    agencyCues: words(
      'on behalf of our client|on behalf of|our client|our clients|my client|for a client|client of ours',
    ),
    aboutWords: words('about|life at|careers at|why join'),
    aboutArticles: words('the'),
    employerIntro: words(
      'join|joining|work at|working at|work for|working for|careers at|career at|career with|careers with|life at',
    ),
    roleAs: words('as a|as an|as our'),
    roleAtPreps: words('at|with'),
    contactWords: words('contact|contact person|your contact|recruiter contact'),
    employerAt: words('at'),
    weWords: words("we|our|we're|we've"),
    employerArticles: words('the|a|an'),
    formArticles: words('the|at|join|with|for|by'),
    siteNouns: words(
      'school|academy|college|nursery|hospital|hospice|university|church|museum|care home',
    ),
    departmentWords: words(
      'kitchen|events|finance|marketing|sales|operations|administration|engineering|logistics|hospitality|maintenance|customer service|human resources|procurement|purchasing|production|warehouse|housekeeping|front office|accounting|food and beverage|quality|research and development',
    ),
    employerUnits: words('division|unit|business unit|branch'),
    departmentLabels: words('department|ministry'),
    refLabels: words('id|job id|ref|ref.|reference|req|req id|requisition'),
    employerNouns: words(
      'team|teams|family|brand|associate|associates|employee|employees|colleague|colleagues',
    ),
    ofWords: words('of|at|from'),
    // An adverb of time opening the hiring sentence ("Siempre buscamos", "Derzeit suchen wir"): no name.
    notEmployers: words(
      'minimum|present|heart|times|first|least|scale|home|work|night|always|currently|also|constantly',
    ),
    youWords: words("you|you'll|you’ll|you will"),
    possessives: words("'s|’s"),
    institutions: words('University of|University|Polytechnic|College of|Institute of'),
    buildings: words('house|building|centre|center|tower|park|campus|hospital|plaza|court|hall'),
    subjectVerbs: words(
      'is|are|builds|makes|runs|helps|develops|supplies|operates|provides|powers|designs|offers|' +
        'delivers|creates|serves|takes|specialises|specializes|focuses|enables|connects|partners|in partnership with|' +
        'has been|have been|has established|has grown',
    ),
    equalOpportunity: words(
      'is an equal opportunity|is a equal opportunity|is a proud equal opportunity|is an equal employment|is a equal employment|is a proud equal employment|are an equal opportunity|are a equal opportunity|are a proud equal opportunity|are an equal employment|are a equal employment|are a proud equal employment',
    ),
    selfIntroAt: words('At'),
    subjectFillers: words('we'),
    subjectAsides: words(
      'part of|a member of|a subsidiary of|a division of|a brand of|a company of',
    ),
    subjectSince: words('Since|Founded in|Established in'),
    subjectAt: words('At|In|Here at'),
    weAt: [],
    weAtName: words('We at|We here at'),
    youVerbs: [],
    weVerbs: [],
    wePronouns: words('we'),
    weNameArticles: words('the'),
    weAre: words("we are|we're"),
    weAreArticles: words('the'),
    weAreKinds: words('a|an'),
    nameLeads: words('of'),
    notSubject: words(
      'We|You|The|This|That|Our|It|As|In|Your|What|Who|Why|How|Here|There|Each|Every|Salary|Pay|Job|Position|Role|Team|Location|' +
        // "We Are Hiring A Nurse": a title-cased hiring phrase, no name.
        'Application|Applications|Hiring|Looking|Seeking|Recruiting|Searching',
    ),
    notCompany: words(
      // "represents the Singapore Government": the state a public body serves, no employer's name.
      'government|the government|' +
        'us|you|the|this|our|we|it|the role|the team|the job|the position|this role|the company|company|job|role|team|position|' +
        'opportunity|our opportunity|the opportunity|this opportunity|your opportunity|our role|' +
        'your role|this position|this job|our team|your team|the vacancy|this vacancy|our client|' +
        'the client|the department|the program|the assignment|the work|our company|our people|' +
        'employment equity|equal opportunity|equal employment opportunity|diversity|inclusion|' +
        // "About The Project": the client's project an agency staffs, not an employer.
        'the project|this project|our project|project|the product|our product|the client project',
    ),
    notNameStart: words(
      'Apply|Job|Jobs|Location|Remote|Hybrid|Full|Part|Posted|Salary|Company|About|Home|Careers|Engineering|Department|Overview|Description|Summary|New|Urgent|Immediate|' +
        'Hourly|Permanent|Temporary|Schedule|Shift|Pay|Hours|Benefits|Application|Applications|Closing|Deadline',
    ),
    placeAt: words('in|at'),
    seatAfter: words('based|headquartered'),
    nameSmallWords: words('the|a|an|of|for|and|to|in|on|at|with|your|our|you|we|us|by|from'),
    welcomeTails: words('welcome|are welcome|encouraged to apply'),
    placeEndings: words(
      'field|ford|ton|ham|bury|borough|chester|caster|mouth|wich|pool|minster|stead|worth|bridge',
    ),
    studiedAt: words('degree|graduat|from'),
    listAnd: words('and'),
    listOr: words('or|and/or'),
    placeOfHeads: words(
      'district|isle|isles|island|bay|city|county|republic|kingdom|state|province|port|cape|lake|gulf|borough|vale',
    ),
    leadCommitments: words(
      'Full-time|Full time|Part-time|Part time|Contract|Internship|Temporary|Permanent|Freelance',
    ),
    leadVerbs: words('is|are'),
    genderMarks: words('m/f/d|f/m/x|m/f|f/m'),
    genderWords: words('all genders|all gender'),
    genderEndings: [],
    companyNouns: words('company'),
    townNameNouns: words('Tours|Mobile|Bath|Orange'),
    confidentialNouns: words('company|client|employer'),
    cityFields: words('city|town'),
    regionFields: words('state|province|county'),
    countryFields: words('country'),
    cityStates: words('Singapore|Hong Kong|Monaco|Macau|Macao'),
    siteWords: words('campus|site|CBD'),
    islandWords: words('island of|isle of'),
    islandNotNames: words('Group|Holding|Holdings|Hotel|Trust'),
    townLinks: words('upon|on'),
    officeNouns: words(
      'office|offices|studio|branch|branches|site|store|shop|depot|warehouse|plant|facility|factory|clinic|hospital|restaurant|hotel|location',
    ),
    officeWords: words(
      'headquarters|head office|head-office|hq|corporate headquarters|corporate office|main office',
    ),
    jobBasedIn: words(
      'will be based in|will be based out of|role is based in|position is based in|job is based in|role is based out of|' +
        // The town before the site it names: "will work on-site in our Aurora, OH distribution centre".
        'will be based at|will work in|will work at|will work on-site in|will work onsite in|join the team in',
    ),
    ourWords: words('our|one of our'),
    basedIn: words(
      'hybrid in|based in|based in either|located in|you live in|based out of|onsite in|on-site in|position is based in|role is based in|based at|office in|offices in|hub in|team in|a week in|' +
        // "Your place of work is Leeds", "Your workplace will be in Derby".
        'your place of work is|your place of work will be|your workplace is|your workplace will be in|your workplace will be|' +
        // "This is a work-from-home position in the Philippines": where the job is open.
        'position in|position in the|role in|role in the|job in|job in the',
    ),
    jobOpenIn: words('position in|position in the|role in|role in the|job in|job in the'),
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {
    or: words('or|and/or|or else|or even'),
    oneOf: words('one of|one or more of|at least one of|any of|either|any one of|a combination of'),
    dutyHeadings: words(
      'responsibilities|key responsibilities|main responsibilities|duties|main duties|' +
        "key duties|duties and responsibilities|what you will do|what you'll do|" +
        "what you will be doing|what you'll be doing|your role|the role|role overview|" +
        'your responsibilities|your mission|the job|day to day|day-to-day|a day in the life|' +
        'in this role you will|in this role|your tasks|tasks|key tasks|job duties|' +
        "accountabilities|key accountabilities|what you'll work on|how you'll make an impact|" +
        'your impact|the opportunity|job purpose|main purpose of the job|role purpose|' +
        'role summary|job overview|job summary|position overview|position summary',
    ),
    dutyCues: words(
      "you will use|you'll use|you will be using|you'll be using|you will work with|" +
        "you'll work with|you will be working with|you'll be working with|you will build|" +
        "you'll build|you will maintain|you'll maintain|you will develop|you'll develop|" +
        "you will manage|you'll manage|you will handle|you'll handle|you will support|" +
        "you'll support|you will be responsible|you'll be responsible|you will design|" +
        "you'll design|you will create|you'll create|" +
        // The company describing itself: what it sells or runs, not what it asks.
        "we are experts|we're experts|we specialise in|we specialize in",
    ),
    notTools: words('project|exchange|teams|singularity'),
    compoundNouns: words(
      'management|control|controls|rights|levels|card|cards|points|requests|policies|reviews|logs',
    ),
    unitNouns: words('team|teams|department|departments|division|unit|squad|practice|function'),
    unitOwners: words('our|the|your|their|its'),
    ownBodies: words(
      'service|office|department|agency|ministry|bureau|division|authority|commission|council|programme|program|board|secretariat|directorate|administration',
    ),
    ownRoles: words(
      'manager|engineer|specialist|analyst|officer|coordinator|director|lead|leader|' +
        'representative|consultant|executive|associate|administrator|developer|designer|' +
        'scientist|architect|owner|partner|advisor|adviser|assistant|technician|supervisor|' +
        'agent',
    ),
    nameJoiners: words('of|for|and|the|on'),
    foundVia: words('via'),
    profileBefore: words('your|a link to|link to|links to'),
    profileAfter: words(
      'profile|profiles|account|link|links|handle|username|page|repository|repo|portfolio',
    ),
    hiringSteps: words(
      'interview via|interviews via|interview over|interview on microsoft teams|interview on zoom|' +
        'virtual interview|video interview|one-way video interview|reference checks via|online assessment via',
    ),
    consent: words(
      'consent to the processing|consent to process|privacy notice for applicants|applicant privacy notice',
    ),
    forbidden: words(
      'is prohibited|are prohibited|is strictly prohibited|is not permitted|are not permitted|is not allowed|are not allowed|must not use|may not use|will not tolerate the use',
    ),
    toolCues: words(
      'test|tests|testing|programming|programmer|language|languages|experience|experienced|proficient|proficiency|knowledge|skills|skilled|familiarity|familiar|expertise|expert|using|tools|tooling|stack|framework|frameworks|microsoft|ms|google|apple|development|developer|developers|coding|code|scripting|scripts|technologies|system|systems|platform|technology|libraries|software|advanced|certified|methodology|methodologies|methods|command|competent|' +
        // "queries in cloud data warehouses like Snowflake": a warehouse product.
        'warehouse|warehouses|databases',
    ),
  },
};
