import { cityCandidates, cityKey, cityRows } from '../../fit/cities';

/** Region names that make "City, Region" read as a place rather than "Analyst, User Operations". */

const US_STATES =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC';
const CA_PROVINCES = 'ON QC BC AB MB SK NS NB NL PE';
const AU_STATES = 'NSW VIC QLD TAS ACT NT';
/** Indian state codes job boards print after a city ("KA, IN"); only those no word spells. */
const IN_STATES = 'KA MH TS DL WB GJ RJ KL HR UP';
/**
 * Brazil's state codes as job boards print them after a city ("Campinas, SP", "Porto Alegre, RS"),
 * but for TO and BA, which are words or degrees elsewhere.
 */
const BR_STATES = 'AC AL AP AM CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE';
/** States and provinces of India and South Africa, which postings put after a city. */
const MORE_STATES = (
  'Karnataka|Maharashtra|Tamil Nadu|Telangana|Kerala|Gujarat|Rajasthan|West Bengal|' +
  'Uttar Pradesh|Haryana|Punjab|Andhra Pradesh|Gauteng|Western Cape|Eastern Cape|' +
  'KwaZulu-Natal|Limpopo|Mpumalanga|Free State|North West|Northern Cape'
).split('|');

const COUNTRIES = [
  // The countries most named, as the other languages the engine reads write them ("Royaume-Uni",
  // "Vereinigtes Königreich", "Estados Unidos"), beside the English and local names below.
  ...(
    'Royaume-Uni|Reino Unido|Vereinigtes Königreich|Regno Unito|Verenigd Koninkrijk|' +
    'États-Unis|Etats-Unis|Estados Unidos|Vereinigte Staaten|Stati Uniti|Verenigde Staten|EUA|' +
    'Allemagne|Alemania|Germania|Alemanha|Duitsland|Espagne|Spanien|Spagna|Espanha|Spanje|' +
    'Italie|Italien|Itália|Italië|Frankreich|Francia|França|Frankrijk|' +
    'Pays-Bas|Niederlande|Países Bajos|Paesi Bassi|Países Baixos|' +
    'Belgien|Bélgica|Belgio|Suiza|Svizzera|Suíça|Zwitserland|Autriche|Oostenrijk|' +
    'Irlande|Irland|Irlanda|Ierland|Pologne|Polen|Polonia|Polónia|' +
    'Mexique|Mexiko|Messico|Brésil|Brasilien|Brasile|Kanada'
  ).split('|'),
  'Ireland',
  'United Kingdom',
  'UK',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'United States',
  'United States of America',
  'USA',
  'US',
  'Canada',
  'France',
  'Germany',
  'Deutschland',
  'Spain',
  'España',
  'Italy',
  'Italia',
  'Portugal',
  'Netherlands',
  'The Netherlands',
  'Nederland',
  'Belgium',
  'Belgique',
  'België',
  'Switzerland',
  'Schweiz',
  'Suisse',
  'Austria',
  'Österreich',
  'Luxembourg',
  'Sweden',
  'Norway',
  'Denmark',
  'Finland',
  'Iceland',
  'Poland',
  'Polska',
  'Czech Republic',
  'Czechia',
  'Slovakia',
  'Hungary',
  'Romania',
  'Bulgaria',
  'Greece',
  'Croatia',
  'Serbia',
  'Slovenia',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Ukraine',
  'Turkey',
  'Türkiye',
  'Israel',
  'United Arab Emirates',
  'UAE',
  'Saudi Arabia',
  // The Gulf, South Asia, West and East Africa and the Caribbean, as their postings name them.
  ...(
    'Qatar|Kuwait|Bahrain|Oman|Iraq|Pakistan|Bangladesh|Sri Lanka|Nepal|Ghana|Ethiopia|Rwanda|' +
    'Zambia|Zimbabwe|Botswana|Jamaica|Trinidad and Tobago|Barbados'
  ).split('|'),
  'Egypt',
  'South Africa',
  'Nigeria',
  'Kenya',
  'Tanzania',
  'Uganda',
  'Morocco',
  'India',
  'China',
  'Hong Kong',
  'Taiwan',
  'Japan',
  'South Korea',
  'Korea',
  'Singapore',
  'Malaysia',
  'Indonesia',
  'Philippines',
  'Thailand',
  'Vietnam',
  'Australia',
  'New Zealand',
  'Brazil',
  'Brasil',
  'Mexico',
  'México',
  'Argentina',
  'Chile',
  'Colombia',
  'Peru',
  'Perú',
  // French- and Portuguese-speaking Africa, as its own postings write the countries
  // ("en République Démocratique du Congo", "Dakar, Sénégal", "Luanda, Angola").
  ...(
    'République démocratique du Congo|République Démocratique du Congo|RD Congo|RDC|' +
    "République du Congo|Congo|Sénégal|Senegal|Côte d’Ivoire|Côte d'Ivoire|Cameroun|Cameroon|" +
    'Maroc|Tunisie|Tunisia|Algérie|Algeria|Burkina Faso|Bénin|Benin|Togo|Guinée|Gabon|' +
    'Madagascar|Rwanda|Burundi|Tchad|Mauritanie|Djibouti|Angola|Moçambique|Mozambique|' +
    'Cabo Verde|Guiné-Bissau|Luxemburg|Lussemburgo|Luxemburgo'
  ).split('|'),
  'EU',
  'Europe',
  // The world's regions a remote role is open to ("North America", "EMEA"), as the languages write them.
  ...(
    'North America|South America|Latin America|LATAM|APAC|EMEA|Asia Pacific|Middle East|Americas|' +
    'Amérique du Nord|Amérique latine|Nordamerika|Lateinamerika|Südamerika|América del Norte|' +
    'América Latina|Latinoamérica|Nord America|America Latina|Noord-Amerika|Latijns-Amerika|América do Norte'
  ).split('|'),
];

const STATE_NAMES = [
  'California',
  'New York',
  'Texas',
  'Washington',
  'Massachusetts',
  'Illinois',
  'Colorado',
  'Florida',
  'Georgia',
  'Oregon',
  'Ontario',
  'Quebec',
  'British Columbia',
  'Bavaria',
  'Bayern',
  'Catalonia',
  'Cataluña',
  'Île-de-France',
  'Lombardia',
];

/** Second-level regions postings put after a city ("Leeds, West Yorkshire", "Köln, NRW"). */
const SUBREGIONS = (
  'Greater London|Greater Manchester|West Yorkshire|South Yorkshire|West Midlands|' +
  'Merseyside|Kent|Surrey|Essex|Hampshire|Lancashire|Yorkshire|Cheshire|Devon|Cornwall|' +
  'Norfolk|Suffolk|Oxfordshire|Cambridgeshire|Berkshire|Hertfordshire|County Dublin|' +
  'Co. Dublin|County Cork|Nordrhein-Westfalen|NRW|Baden-Württemberg|Hessen|' +
  'Niedersachsen|Sachsen|Berlin|Hamburg|Bremen|Brandenburg|Thüringen|Rheinland-Pfalz|' +
  'Schleswig-Holstein|Saarland|Madrid|Comunidad de Madrid|Andalucía|' +
  'Comunitat Valenciana|Comunidad Valenciana|País Vasco|Galicia|Aragón|Lazio|Piemonte|' +
  'Veneto|Emilia-Romagna|Toscana|Campania|Sicilia|Puglia|Liguria|Auvergne-Rhône-Alpes|' +
  'Provence-Alpes-Côte d’Azur|Occitanie|Nouvelle-Aquitaine|Hauts-de-France|Grand Est|' +
  'Bretagne|Normandie|Pays de la Loire|Noord-Holland|Zuid-Holland|Noord-Brabant|' +
  'Gelderland|Lisboa|Porto|Zürich|Zurich|Vaud|Genève|Geneva|Bern|Arizona|Pennsylvania|' +
  'Ohio|Michigan|Minnesota|North Carolina|Virginia|New Jersey|Tennessee|Nevada|Utah|' +
  'Alberta|Victoria|New South Wales|Queensland|' +
  // Brazil's states, but for São Paulo and Rio de Janeiro, which postings mean as cities.
  'Santa Catarina|Minas Gerais|Paraná|Rio Grande do Sul|Bahia|Pernambuco|Ceará|Goiás|' +
  'Espírito Santo|Pará|Amazonas|Maranhão|Paraíba|Rio Grande do Norte|Mato Grosso|' +
  'Mato Grosso do Sul|Alagoas|Piauí|Sergipe|Rondônia|Tocantins|Amapá|Roraima|Distrito Federal|' +
  // The other US states, Canada's other provinces and territories and Australia's other states by
  // their full names, as boards write them after a town ("Roswell, New Mexico").
  'Alabama|Alaska|Arkansas|Connecticut|Delaware|Hawaii|Idaho|Indiana|Iowa|Kansas|Kentucky|' +
  'Louisiana|Maine|Maryland|Mississippi|Missouri|Montana|Nebraska|New Hampshire|New Mexico|' +
  'North Dakota|Oklahoma|Rhode Island|South Carolina|South Dakota|Vermont|West Virginia|' +
  'Wisconsin|Wyoming|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland and Labrador|' +
  'Prince Edward Island|Yukon|Nunavut|Northwest Territories|Western Australia|South Australia|' +
  'Tasmania|Northern Territory|Australian Capital Territory|' +
  // Malaysia's states and federal territories ("Klang, Selangor").
  'Selangor|Johor|Kedah|Kelantan|Melaka|Malacca|Negeri Sembilan|Pahang|Perak|Perlis|Sabah|' +
  'Sarawak|Terengganu|Putrajaya|Labuan|' +
  // Nigeria's and Kenya's most named states and counties besides their capitals.
  'Rivers State|Lagos State|Ogun State|Oyo State|Kano State|Kaduna State|Abuja FCT|FCT|' +
  'Kiambu|Machakos|Nakuru|Kisumu County|Mombasa County|Nairobi County'
).split('|');

const REGIONS = new Set(
  [
    ...US_STATES.split(' '),
    ...CA_PROVINCES.split(' '),
    ...AU_STATES.split(' '),
    ...IN_STATES.split(' '),
    ...BR_STATES.split(' '),
    ...MORE_STATES,
    ...COUNTRIES,
    ...STATE_NAMES,
    ...SUBREGIONS,
  ].map((r) => r.toLowerCase()),
);

/** Italy's province codes, which Italian boards print after a town ("Fiumicino RM", "Alba CN"). */
const IT_PROVINCES = new Set(
  (
    'AG AL AN AO AR AP AT AV BA BT BL BN BG BI BO BZ BS BR CA CL CB CE CT CZ CH CO CS CR KR CN EN ' +
    'FM FE FI FG FC FR GE GO GR IM IS SP AQ LT LE LC LI LO LU MC MN MS MT ME MI MO MB NA NO NU OR ' +
    'PD PA PR PV PG PU PE PC PI PT PN PZ PO RG RA RC RE RI RN RM RO SA SS SV SI SR SO SU TA TE TR ' +
    'TO TP TN TV TS UD VA VE VB VC VR VV VI VT'
  ).split(' '),
);
/** The codes that are also another country's state or province ("Detroit MI", "Salvador BA"). */
const OTHER_STATES = new Set(
  [US_STATES, CA_PROVINCES, AU_STATES, IN_STATES, BR_STATES, 'TO BA SA'].join(' ').split(' '),
);
/** A town of one to four words, an Italian province code, and Italy or nothing after it. */
const TOWN_PROVINCE =
  /^(\p{Lu}[\p{L}'’.-]{1,30}(?: [\p{L}'’.-]{1,30}){0,3}) (\p{Lu}{2})(, (?:Italia|Italy))?$/u;

/**
 * "Fiumicino RM, Italia" → "Fiumicino, Italia": the province code an Italian board prints after the
 * town is no part of its name. A code that is also another country's state ("MI", "PA") goes only
 * where Italy is named after it.
 */
export function withoutProvinceCode(place: string): string {
  const m = TOWN_PROVINCE.exec(place);
  if (!m || !IT_PROVINCES.has(m[2] as string)) return place;
  if (m[3] === undefined && OTHER_STATES.has(m[2] as string)) return place;
  return `${m[1]}${m[3] ?? ''}`;
}

const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.toLowerCase()));

/** A country's name as postings write it ("US", "Germany", "España"), not a state or province. */
export function isCountry(name: string): boolean {
  return COUNTRY_NAMES.has(name.trim().toLowerCase());
}

export function isRegion(name: string): boolean {
  return REGIONS.has(name.trim().toLowerCase());
}

/**
 * Large cities that postings often name alone on a line ("Köln", "Paris"), where nothing else says
 * the line is a place. Not a gazetteer: "City, Region" lines are read without it.
 */
const CITIES = new Set(
  (
    'London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Cambridge|' +
    'Oxford|Belfast|Dublin|Cork|Galway|Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|' +
    'Nantes|Nice|Strasbourg|Montpellier|Rennes|Grenoble|Berlin|Hamburg|München|Munich|' +
    'Köln|Cologne|Frankfurt|Frankfurt am Main|Stuttgart|Düsseldorf|Dortmund|Essen|' +
    'Leipzig|Dresden|Hannover|Nürnberg|Bremen|Bonn|Mannheim|Karlsruhe|Wien|Vienna|Graz|' +
    'Linz|Salzburg|Zürich|Zurich|Genève|Geneva|Basel|Bern|Lausanne|Madrid|Barcelona|' +
    'Valencia|Sevilla|Seville|Bilbao|Málaga|Zaragoza|Alicante|Palma|Roma|Rome|Milano|' +
    'Milan|Torino|Turin|Napoli|Naples|Bologna|Firenze|Florence|Genova|Venezia|Verona|' +
    'Padova|Bari|Palermo|Amsterdam|Rotterdam|Utrecht|Den Haag|The Hague|Eindhoven|' +
    'Groningen|Leiden|Delft|Bruxelles|Brussels|Brussel|Antwerpen|Antwerp|Gent|Ghent|' +
    'Luxembourg|Lisboa|Lisbon|Porto|Braga|Coimbra|Stockholm|Göteborg|Oslo|Copenhagen|' +
    'København|Helsinki|Warszawa|Warsaw|Kraków|Krakow|Wrocław|Praha|Prague|Budapest|' +
    'Bucharest|Athens|Istanbul|Tel Aviv|Dubai|New York|San Francisco|Los Angeles|Seattle|' +
    'Chicago|Boston|Austin|Denver|Atlanta|Toronto|Montréal|Montreal|Vancouver|Sydney|' +
    'Melbourne|Singapore|Bangalore|Bengaluru|Mumbai|São Paulo|Rio de Janeiro|' +
    'Belo Horizonte|Brasília|Curitiba|Porto Alegre|Recife|Salvador|Fortaleza|Campinas|' +
    'Mexico City|Ciudad de México|CDMX|Buenos Aires|CABA|Tilburg|Breda|Nijmegen|Arnhem|Zwolle|Amersfoort|Haarlem|' +
    'Maastricht|Almere|Enschede|Leuven|Liège|Namur|Charleroi|Aachen|Münster|Bielefeld|' +
    'Bochum|Wuppertal|Duisburg|Freiburg|Heidelberg|Augsburg|Regensburg|Würzburg|Kiel|' +
    'Lübeck|Rostock|Magdeburg|Erfurt|Jena|Potsdam|Kassel|Darmstadt|Wiesbaden|Mainz|Ulm|' +
    'Ingolstadt|Wolfsburg|Braunschweig|Osnabrück|Oldenburg|Chemnitz|Halle|Saarbrücken|' +
    'Innsbruck|Klagenfurt|Winterthur|Lucerne|Luzern|St. Gallen|Lugano|Reims|Le Havre|' +
    'Saint-Étienne|Toulon|Angers|Dijon|Brest|Le Mans|Nîmes|Clermont-Ferrand|Tours|' +
    'Limoges|Amiens|Metz|Besançon|Perpignan|Orléans|Rouen|Caen|Nancy|Avignon|Pau|' +
    'La Rochelle|Annecy|Murcia|Valladolid|Vigo|Gijón|Granada|Córdoba|Oviedo|Pamplona|' +
    'Santander|San Sebastián|Salamanca|Cádiz|Tarragona|Girona|Brescia|Bergamo|Modena|' +
    'Parma|Reggio Emilia|Trieste|Trento|Pisa|Perugia|Catania|Messina|Cagliari|Ancona|' +
    'Rimini|Riccione|Aveiro|Faro|Setúbal|Sheffield|Nottingham|Leicester|Newcastle|' +
    'Southampton|Portsmouth|Reading|Brighton|Norwich|Cardiff|Swansea|Aberdeen|Dundee|' +
    'Coventry|Milton Keynes|York|Bath|Exeter|Plymouth|Derby|Stoke-on-Trent|Sunderland|' +
    'Houston|Dallas|Phoenix|Philadelphia|San Antonio|San Diego|San Jose|Jacksonville|' +
    'Columbus|Charlotte|Indianapolis|Nashville|Detroit|Portland|Las Vegas|Memphis|' +
    'Louisville|Baltimore|Milwaukee|Albuquerque|Tucson|Sacramento|Kansas City|Miami|' +
    'Raleigh|Minneapolis|Tampa|New Orleans|Cleveland|Pittsburgh|Cincinnati|St. Louis|' +
    'Orlando|Salt Lake City|Calgary|Edmonton|Ottawa|Winnipeg|Quebec City|Halifax|' +
    'Brisbane|Perth|Adelaide|Canberra|Darwin|Hobart|Gold Coast|Newcastle upon Tyne|' +
    'Auckland|Wellington|Christchurch|Pretoria|Johannesburg|Cape Town|Durban|Gqeberha|' +
    'Port Elizabeth|Bloemfontein|Polokwane|Nairobi|Lagos|Accra|Cairo|Casablanca|Delhi|' +
    'New Delhi|Hyderabad|Chennai|Pune|Kolkata|Ahmedabad|Noida|Gurgaon|Gurugram|Jaipur|' +
    'Kochi|Colombo|Karachi|Lahore|Dhaka|Kuala Lumpur|Penang|Jakarta|Manila|Bangkok|' +
    'Ho Chi Minh City|Hanoi|Hong Kong|Shanghai|Beijing|Shenzhen|Taipei|Tokyo|Osaka|Seoul|' +
    'Hougang|Tampines|Jurong East|Jurong West|Woodlands|Bedok|Ang Mo Kio|Toa Payoh|Yishun|Sengkang|' +
    'Punggol|Pasir Ris|Bukit Batok|Bukit Panjang|Clementi|Choa Chu Kang|Serangoon|Bishan|' +
    'Washington|Washington, D.C.|Washington D.C.|Santiago|Bogotá|Lima|Medellín|Montevideo|' +
    'Ciudad de Guatemala|Guatemala City|San José|Ciudad de Panamá|Panama City|La Habana|Havana|' +
    'Santo Domingo|Quito|Guayaquil|Asunción|La Paz|Santa Cruz de la Sierra|Caracas|Tegucigalpa|' +
    'San Salvador|Managua|San Juan|Nueva York|Nova York|' +
    // Latin America's large employment centres.
    'Cali|Barranquilla|Bucaramanga|Monterrey|Guadalajara|Querétaro|Puebla|Tijuana|Mérida|' +
    'Rosario|Mendoza|Valparaíso|Arequipa|Campinas|Curitiba|Porto Alegre|' +
    'Belo Horizonte|Recife|Fortaleza|Florianópolis|Brasília|Goiânia|Manaus|' +
    'Gatineau|Sherbrooke|Longueuil|Lévis|Trois-Rivières|' +
    // Central, Eastern and Northern Europe, and Swiss towns with many employers.
    'Bratislava|Košice|Ljubljana|Zagreb|Belgrade|Beograd|București|Cluj-Napoca|Tallinn|Riga|' +
    'Vilnius|Gdańsk|Poznań|Łódź|Brno|Ostrava|Debrecen|Thessaloniki|Nicosia|Valletta|Reykjavik|' +
    'Bergen|Gothenburg|Malmö|Uppsala|Espoo|Tampere|Turku|Oulu|Aarhus|Odense|Limerick|Kyiv|' +
    'Kiev|Lviv|Ankara|Izmir|Zug|Aarau|Fribourg|Neuchâtel|Sion|Chur|Thun|Biel|Schaffhausen|' +
    'Baar|Cham|Olten|Wädenswil|Solothurn|' +
    // Dutch, Flemish and Walloon towns with many employers; Swiss towns by canton seat and size.
    "'s-Hertogenbosch|Den Bosch|Veenendaal|Apeldoorn|Zoetermeer|Dordrecht|Deventer|Hilversum|" +
    'Leeuwarden|Venlo|Helmond|Alkmaar|Hoofddorp|Schiphol|Nieuwegein|Zaandam|Roosendaal|Heerlen|' +
    'Sittard|Emmen|Assen|Gouda|Woerden|Wageningen|Amstelveen|Schiedam|Vlaardingen|Hengelo|Almelo|' +
    'Harderwijk|Veghel|Mechelen|Hasselt|Brugge|Kortrijk|Aalst|Sint-Niklaas|Roeselare|Genk|' +
    'Oostende|Turnhout|Waregem|Vilvoorde|Zaventem|Diegem|Dendermonde|Ieper|Sint-Truiden|' +
    'Mons|Wavre|Louvain-la-Neuve|Ottignies|Nivelles|Tournai|Arlon|Verviers|Seraing|Herstal|' +
    'Gosselies|Eupen|Genf|Kriens|Dübendorf|Uster|Bülach|Frauenfeld|Kreuzlingen|Rapperswil|' +
    'Yverdon-les-Bains|Montreux|Vevey|Nyon|Morges|Renens|Martigny|Monthey|Delémont|' +
    'La Chaux-de-Fonds|Bellinzona|Locarno|Visp|Brig|Langenthal|Burgdorf|Wetzikon|Horgen|' +
    'Regensdorf|Kloten|Opfikon|Schlieren|Dietikon|Wallisellen|Rotkreuz|Allschwil|Muttenz|' +
    'Pratteln|Liestal|Zofingen|Lenzburg|Brugg|Sursee|Emmenbrücke|Schwyz|Herisau|Gossau|' +
    'Weinfelden|' +
    // South Asia, Africa, the Gulf and the Philippines: capitals and large employment centres.
    'Islamabad|Rawalpindi|Faisalabad|Peshawar|Multan|Quetta|Sialkot|Gujranwala|Chattogram|' +
    'Chittagong|Sylhet|Khulna|Kathmandu|Abuja|Ibadan|Port Harcourt|Kano|Enugu|Benin City|' +
    'Mombasa|Kisumu|Nakuru|Eldoret|Kampala|Dar es Salaam|Kigali|Addis Ababa|Lusaka|Harare|' +
    'Gaborone|Windhoek|Abu Dhabi|Sharjah|Ajman|Al Ain|Doha|Riyadh|Jeddah|Dammam|Al Khobar|' +
    'Kuwait City|Manama|Muscat|Cebu City|Davao City|Makati|Makati City|Taguig|Taguig City|Pasig|' +
    'Pasig City|Quezon City|Mandaluyong|Iloilo City|Cagayan de Oro'
  )
    .split('|')
    .map((c) => c.toLowerCase()),
);

export function isCity(name: string): boolean {
  return CITIES.has(name.trim().toLowerCase());
}

/**
 * A town of 50,000 people or more (GeoNames, `lib/fit/cities.ts`), or one of the cities postings
 * name alone (`isCity`): for a name a phrase or a field already calls the job's place ("based
 * in", "office in", "Location:"), where a common word is no risk. A Philippine city is known
 * without the "City" GeoNames writes after it.
 */
export function isTown(name: string): boolean {
  return isCity(name) || gazetteerRows(name).length > 0;
}

/**
 * The gazetteer's rows for a town's name. GeoNames names Philippine cities with their "City"
 * ("Pasig City"); postings drop it ("Pasig").
 */
function gazetteerRows(name: string) {
  const key = name.trim();
  return [
    ...cityCandidates(key),
    ...cityCandidates(`${key} City`).filter((c) => c.country === 'PH'),
  ];
}

/**
 * A town of `min` people or more by the gazetteer, or a city postings name alone: where the words
 * around say little ("Web developer (Pasig)"), only a large town is safe from common words
 * ("Software Engineer (Mobile)": Mobile, Alabama, has under 200,000).
 */
export function isLargeTown(name: string, min = 250_000): boolean {
  return isCity(name) || gazetteerRows(name).some((c) => c.population >= min);
}

/**
 * Cities that share their name with the state or province a board writes after a town ("Campinas,
 * São Paulo", "Buffalo, New York"): after a comma they are the state, not a second town.
 */
const STATE_NAMED = new Set(
  'São Paulo|Rio de Janeiro|New York|Salzburg|Wien|Vienna|Bremen|Hamburg|Berlin|Québec|Quebec City'
    .split('|')
    .map((c) => c.toLowerCase()),
);

export function namesAState(name: string): boolean {
  return STATE_NAMED.has(name.trim().toLowerCase());
}

/**
 * "Hyderabad Nanakramguda", "Pune Hinjewadi": an ATS site name, a known city and the district or
 * campus after it, as Workday writes a coded locality. The city alone is the place a job seeker
 * knows; a name that is itself a known city, or whose tail is not one or two capitalised words,
 * stays as it is.
 */
export function cityOfSite(locality: string): string {
  const words = locality.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || isCity(locality)) return locality;
  for (let n = Math.min(3, words.length - 1); n > 0; n--) {
    const tail = words.slice(n);
    if (tail.length > 2 || !tail.every((t) => /^\p{Lu}[\p{Ll}'-]{2,30}$/u.test(t))) continue;
    const head = words.slice(0, n).join(' ');
    if (isCity(head) && !isRegion(tail.join(' '))) return head;
  }
  return locality;
}

/**
 * Names a city goes by beside the one the city table keys it under ("Bangalore" and "Bengaluru",
 * "Bombay" and "Mumbai"): a posting naming both names one place.
 */
const CITY_ALIASES: Readonly<Record<string, string>> = {
  bangalore: 'bengaluru',
  bombay: 'mumbai',
  calcutta: 'kolkata',
  madras: 'chennai',
  gurgaon: 'gurugram',
  poona: 'pune',
  trivandrum: 'thiruvananthapuram',
  peking: 'beijing',
  saigon: 'ho chi minh city',
};

/** The city a place names (its part before a comma or bracket), as one key for its names. */
function cityIdentity(place: string): string {
  const key = cityKey(place.split(/,|\(|\s[-–]\s/)[0] ?? '');
  // Own keys only: a place named "__proto__" or "constructor" is no alias.
  const named = Object.hasOwn(CITY_ALIASES, key) ? (CITY_ALIASES[key] as string) : key;
  const [row, other] = cityRows(named);
  // One place of that name in the table: its row says which, whatever the name's language.
  return row !== undefined && other === undefined ? row : named;
}

/** The places without a second name for a city already listed ("Bangalore; Bengaluru"). */
export function withoutSecondNames(places: readonly string[]): string[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const id = cityIdentity(p);
    if (id === '' || !seen.has(id)) {
      seen.add(id);
      return true;
    }
    return false;
  });
}
