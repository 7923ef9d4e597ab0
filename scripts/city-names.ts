/**
 * Cities' own names (and the seven languages' names) where GeoNames' main name is an English
 * exonym, by country, then by the GeoNames name. Added to the city table by `build-cities.ts`.
 */
export const CITY_NAMES: Record<string, Record<string, readonly string[]>> = {
  DE: {
    Munich: ['München', 'Munique', 'Monaco di Baviera'],
    Köln: ['Cologne', 'Colonia', 'Keulen'],
    Nürnberg: ['Nuremberg', 'Norimberga', 'Núremberg'],
    Hannover: ['Hanover', 'Hanovre'],
    Braunschweig: ['Brunswick'],
    Aachen: ['Aix-la-Chapelle', 'Aquisgrán', 'Aquisgrana'],
  },
  AT: { Vienna: ['Wien', 'Vienne', 'Viena', 'Wenen'] },
  CH: { Genève: ['Geneva', 'Genf', 'Ginevra', 'Ginebra', 'Genebra'], Basel: ['Bâle', 'Basilea'] },
  IT: {
    Rome: ['Roma', 'Rom'],
    Milan: ['Milano', 'Mailand', 'Milão'],
    Naples: ['Napoli', 'Neapel', 'Nápoles'],
    Turin: ['Torino', 'Turín'],
    Florence: ['Firenze', 'Florenz', 'Florencia', 'Florença'],
    Genoa: ['Genova', 'Genua', 'Génova', 'Gênes'],
    Venice: ['Venezia', 'Venedig', 'Venise', 'Venecia', 'Veneza'],
  },
  PT: { Lisbon: ['Lisboa', 'Lissabon', 'Lisbonne'] },
  ES: { Sevilla: ['Seville', 'Séville', 'Sevilha'], Zaragoza: ['Saragossa', 'Saragosse'] },
  NL: { 'The Hague': ['Den Haag', "'s-Gravenhage", 'La Haye', 'La Haya'] },
  BE: {
    Brussels: ['Bruxelles', 'Brussel', 'Brüssel', 'Bruselas', 'Bruxelas'],
    Antwerpen: ['Antwerp', 'Anvers', 'Amberes'],
    Gent: ['Ghent', 'Gand'],
    Liège: ['Luik', 'Lüttich'],
  },
  FR: {
    Marseille: ['Marsella', 'Marselha', 'Marsiglia'],
    Paris: ['Parigi', 'París'],
    Strasbourg: ['Straßburg', 'Strasburgo', 'Estrasburgo'],
    Lyon: ['Lione'],
  },
  LU: { Luxembourg: ['Luxemburg', 'Lussemburgo', 'Luxemburgo'] },
  PL: { Warsaw: ['Warszawa', 'Warschau', 'Varsovie', 'Varsovia'], Kraków: ['Krakau', 'Cracovie'] },
  CZ: { Prague: ['Praha', 'Prag', 'Praga'] },
  DK: { Copenhagen: ['København', 'Kopenhagen', 'Copenhague'] },
  GB: { London: ['Londres', 'Londra', 'Londen'] },
  RU: { Moscow: ['Moskva', 'Moskau', 'Moscou', 'Mosca', 'Moscú'] },
  US: { 'New York City': ['New York', 'Nueva York', 'Nova York', 'NYC'] },
  CA: { Québec: ['Ville de Québec'] },
  MX: {
    'Mexico City': ['Ciudad de México', 'Cidade do México', 'Mexiko-Stadt', 'CDMX', 'México DF'],
  },
  GT: { 'Guatemala City': ['Ciudad de Guatemala'] },
  CU: { Havana: ['La Habana', 'Havanna'] },
  AR: { 'Buenos Aires': ['CABA', 'Capital Federal'] },
};
