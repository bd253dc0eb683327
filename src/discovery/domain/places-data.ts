/**
 * The gazetteer behind the location filter (see places.ts), shipped with the
 * app so that geocoding needs no network.
 *
 * Cities: the largest Dutch municipalities and well-known towns. Coordinates
 * are WGS84 town centres (GeoNames, rounded to 4 decimals ≈ 10 m). Where a
 * municipality is named after none of its towns (Haarlemmermeer, Westland,
 * Súdwest-Fryslân …) the row is its main town and the municipality is an alias,
 * so a company in "Haarlemmermeer" lands on Hoofddorp. Populations are rough
 * (CBS, about 2024; of the municipality where the town is its seat) and only
 * rank autocomplete suggestions.
 *
 * Areas: provinces, a few well-known regions and the country, each a centre
 * with the radius that covers it. A radius is the distance from the centre to
 * the farthest town or border point of the area, plus a margin, so "Utrecht
 * (provincie)" as a filter catches every company in that province and some
 * just outside it: a circle, not a border.
 */

const NH = 'Noord-Holland';
const ZH = 'Zuid-Holland';
const UT = 'Utrecht';
const GE = 'Gelderland';
const NB = 'Noord-Brabant';
const LI = 'Limburg';
const ZE = 'Zeeland';
const OV = 'Overijssel';
const FL = 'Flevoland';
const GR = 'Groningen';
const FR = 'Fryslân';
const DR = 'Drenthe';

/** The twelve provinces, by their official Dutch names. */
export const PROVINCES = [NH, ZH, UT, GE, NB, LI, ZE, OV, FL, GR, FR, DR] as const;
export type Province = (typeof PROVINCES)[number];

export type CityRow = readonly [
  name: string,
  province: Province,
  latitude: number,
  longitude: number,
  population: number,
  aliases?: readonly string[],
];

export const CITY_ROWS: readonly CityRow[] = [
  // Noord-Holland
  ['Amsterdam', NH, 52.3676, 4.9041, 931_000],
  ['Haarlem', NH, 52.3808, 4.6368, 163_000],
  ['Zaandam', NH, 52.4385, 4.8264, 158_000, ['Zaanstad']],
  ['Hoofddorp', NH, 52.3025, 4.6889, 162_000, ['Haarlemmermeer']],
  ['Nieuw-Vennep', NH, 52.2643, 4.6350, 32_000],
  ['Schiphol', NH, 52.3105, 4.7683, 1_000, ['Schiphol-Rijk', 'Schiphol-Oost', 'Amsterdam Airport Schiphol']],
  ['Alkmaar', NH, 52.6317, 4.7486, 111_000],
  ['Amstelveen', NH, 52.3008, 4.8639, 92_000],
  ['Hilversum', NH, 52.2233, 5.1764, 92_000],
  ['Purmerend', NH, 52.5050, 4.9597, 93_000],
  ['Hoorn', NH, 52.6425, 5.0597, 75_000],
  ['IJmuiden', NH, 52.4603, 4.6105, 69_000, ['Velsen']],
  ['Heerhugowaard', NH, 52.6714, 4.8486, 89_000, ['Dijk en Waard']],
  ['Den Helder', NH, 52.9599, 4.7593, 57_000],
  ['Bussum', NH, 52.2733, 5.1611, 59_000, ['Gooise Meren']],
  ['Naarden', NH, 52.2958, 5.1625, 17_000],
  ['Huizen', NH, 52.2992, 5.2417, 42_000],
  ['Laren', NH, 52.2567, 5.2278, 11_000],
  ['Blaricum', NH, 52.2725, 5.2417, 12_000],
  ['Weesp', NH, 52.3075, 5.0417, 21_000],
  ['Diemen', NH, 52.3396, 4.9626, 32_000],
  ['Beverwijk', NH, 52.4833, 4.6569, 42_000],
  ['Heemskerk', NH, 52.5111, 4.6716, 39_000],
  ['Castricum', NH, 52.5483, 4.6694, 36_000],
  ['Heiloo', NH, 52.6025, 4.6882, 24_000],
  ['Bergen', NH, 52.6692, 4.7042, 29_000],
  ['Uithoorn', NH, 52.2375, 4.8264, 31_000],
  ['Aalsmeer', NH, 52.2592, 4.7597, 33_000],
  ['Heemstede', NH, 52.3499, 4.6230, 27_000],
  ['Bloemendaal', NH, 52.4025, 4.6222, 24_000],
  ['Zandvoort', NH, 52.3713, 4.5331, 17_000],
  ['Schagen', NH, 52.7875, 4.7986, 47_000],
  ['Medemblik', NH, 52.7717, 5.1056, 47_000],
  ['Enkhuizen', NH, 52.7033, 5.2917, 19_000],
  ['Volendam', NH, 52.4950, 5.0708, 37_000, ['Edam-Volendam']],
  ['Edam', NH, 52.5121, 5.0480, 8_000],
  // Zuid-Holland
  ['Rotterdam', ZH, 51.9244, 4.4777, 664_000],
  ['Den Haag', ZH, 52.0767, 4.2986, 566_000, ["'s-Gravenhage", 'The Hague', 'Hague', 'Scheveningen']],
  ['Leiden', ZH, 52.1583, 4.4931, 128_000],
  ['Zoetermeer', ZH, 52.0575, 4.4931, 127_000],
  ['Dordrecht', ZH, 51.8100, 4.6736, 121_000],
  ['Delft', ZH, 52.0067, 4.3556, 106_000],
  ['Alphen aan den Rijn', ZH, 52.1292, 4.6555, 116_000, ['Alphen']],
  ['Naaldwijk', ZH, 51.9942, 4.2097, 113_000, ['Westland']],
  ['Schiedam', ZH, 51.9192, 4.3889, 80_000],
  ['Voorburg', ZH, 52.0742, 4.3597, 78_000, ['Leidschendam-Voorburg', 'Leidschendam']],
  ['Vlaardingen', ZH, 51.9125, 4.3417, 75_000],
  ['Gouda', ZH, 52.0167, 4.7083, 75_000],
  ['Spijkenisse', ZH, 51.8450, 4.3292, 86_000, ['Nissewaard']],
  ['Katwijk', ZH, 52.2033, 4.3986, 67_000, ['Katwijk aan Zee']],
  ['Capelle aan den IJssel', ZH, 51.9292, 4.5778, 68_000, ['Capelle']],
  ['Rijswijk', ZH, 52.0363, 4.3250, 57_000],
  ['Pijnacker', ZH, 52.0195, 4.4295, 57_000, ['Pijnacker-Nootdorp', 'Nootdorp']],
  ['Berkel en Rodenrijs', ZH, 51.9931, 4.4787, 65_000, ['Lansingerland']],
  ['Gorinchem', ZH, 51.8365, 4.9724, 38_000, ['Gorkum']],
  ['Zwijndrecht', ZH, 51.8175, 4.6333, 45_000],
  ['Ridderkerk', ZH, 51.8725, 4.6028, 47_000],
  ['Barendrecht', ZH, 51.8567, 4.5347, 50_000],
  ['Hellevoetsluis', ZH, 51.8333, 4.1333, 40_000],
  ['Brielle', ZH, 51.9017, 4.1625, 18_000],
  ['Maassluis', ZH, 51.9233, 4.2500, 34_000],
  ['Noordwijk', ZH, 52.2340, 4.4447, 44_000],
  ['Wassenaar', ZH, 52.1458, 4.4028, 27_000],
  ['Leiderdorp', ZH, 52.1583, 4.5292, 28_000],
  ['Oegstgeest', ZH, 52.1800, 4.4694, 26_000],
  ['Voorschoten', ZH, 52.1275, 4.4486, 26_000],
  ['Waddinxveen', ZH, 52.0450, 4.6514, 32_000],
  ['Krimpen aan den IJssel', ZH, 51.9167, 4.6028, 30_000, ['Krimpen']],
  ['Nieuwerkerk aan den IJssel', ZH, 51.9667, 4.6167, 48_000, ['Zuidplas']],
  ['Papendrecht', ZH, 51.8317, 4.6875, 32_000],
  ['Sliedrecht', ZH, 51.8208, 4.7764, 26_000],
  ['Hendrik-Ido-Ambacht', ZH, 51.8442, 4.6389, 32_000],
  ['Alblasserdam', ZH, 51.8658, 4.6611, 20_000],
  ['Oud-Beijerland', ZH, 51.8242, 4.4125, 90_000, ['Hoeksche Waard']],
  ['Middelharnis', ZH, 51.7575, 4.1653, 52_000, ['Goeree-Overflakkee']],
  ['Bodegraven', ZH, 52.0825, 4.7500, 36_000, ['Bodegraven-Reeuwijk']],
  ['Schoonhoven', ZH, 51.9475, 4.8486, 57_000, ['Krimpenerwaard']],
  ['Lisse', ZH, 52.2600, 4.5569, 23_000],
  ['Hillegom', ZH, 52.2908, 4.5833, 22_000],
  ['Sassenheim', ZH, 52.2250, 4.5222, 38_000, ['Teylingen']],
  // Utrecht
  ['Utrecht', UT, 52.0907, 5.1214, 376_000],
  ['Amersfoort', UT, 52.1550, 5.3875, 162_000],
  ['Veenendaal', UT, 52.0286, 5.5589, 68_000],
  ['Zeist', UT, 52.0900, 5.2333, 66_000],
  ['Nieuwegein', UT, 52.0292, 5.0806, 65_000],
  ['Houten', UT, 52.0283, 5.1681, 51_000],
  ['IJsselstein', UT, 52.0200, 5.0431, 35_000],
  ['Woerden', UT, 52.0850, 4.8833, 53_000],
  ['Soest', UT, 52.1733, 5.2917, 47_000],
  ['Baarn', UT, 52.2117, 5.2875, 25_000],
  ['Bilthoven', UT, 52.1295, 5.2007, 44_000, ['De Bilt']],
  ['Leusden', UT, 52.1325, 5.4319, 31_000],
  ['Maarssen', UT, 52.1392, 5.0417, 65_000, ['Stichtse Vecht']],
  ['Breukelen', UT, 52.1742, 5.0014, 15_000],
  ['Driebergen-Rijsenburg', UT, 52.0533, 5.2806, 50_000, ['Driebergen', 'Utrechtse Heuvelrug']],
  ['Wijk bij Duurstede', UT, 51.9742, 5.3417, 24_000],
  ['Rhenen', UT, 51.9592, 5.5681, 20_000],
  ['Mijdrecht', UT, 52.2067, 4.8625, 45_000, ['De Ronde Venen']],
  ['Vianen', UT, 51.9925, 5.0917, 20_000],
  ['Leerdam', UT, 51.8933, 5.0917, 59_000, ['Vijfheerenlanden']],
  ['Bunschoten', UT, 52.2430, 5.3788, 22_000, ['Bunschoten-Spakenburg', 'Spakenburg']],
  // Gelderland
  ['Nijmegen', GE, 51.8425, 5.8528, 182_000],
  ['Arnhem', GE, 51.9800, 5.9111, 167_000],
  ['Apeldoorn', GE, 52.2100, 5.9694, 168_000],
  ['Ede', GE, 52.0333, 5.6583, 122_000],
  ['Lunteren', GE, 52.0850, 5.6222, 14_000],
  ['Doetinchem', GE, 51.9650, 6.2889, 59_000],
  ['Harderwijk', GE, 52.3417, 5.6208, 49_000],
  ['Barneveld', GE, 52.1400, 5.5847, 62_000],
  ['Tiel', GE, 51.8867, 5.4292, 43_000],
  ['Zutphen', GE, 52.1383, 6.2014, 48_000],
  ['Wageningen', GE, 51.9700, 5.6667, 41_000],
  ['Nijkerk', GE, 52.2200, 5.4861, 45_000],
  ['Culemborg', GE, 51.9550, 5.2278, 30_000],
  ['Zevenaar', GE, 51.9300, 6.0708, 45_000],
  ['Duiven', GE, 51.9467, 6.0139, 26_000],
  ['Wijchen', GE, 51.8092, 5.7250, 42_000],
  ['Elst', GE, 51.9192, 5.8417, 49_000, ['Overbetuwe']],
  ['Velp', GE, 51.9950, 5.9736, 44_000, ['Rheden']],
  ['Oosterbeek', GE, 51.9858, 5.8458, 32_000, ['Renkum']],
  ['Bemmel', GE, 51.8917, 5.8986, 47_000, ['Lingewaard']],
  ['Epe', GE, 52.3475, 5.9833, 33_000],
  ['Ermelo', GE, 52.2983, 5.6222, 27_000],
  ['Putten', GE, 52.2592, 5.6069, 25_000],
  ['Nunspeet', GE, 52.3792, 5.7861, 28_000],
  ['Elburg', GE, 52.4475, 5.8431, 23_000],
  ['Hattem', GE, 52.4750, 6.0639, 12_000],
  ['Winterswijk', GE, 51.9725, 6.7194, 29_000],
  ['Aalten', GE, 51.9250, 6.5806, 27_000],
  ['Lichtenvoorde', GE, 51.9867, 6.5667, 30_000, ['Oost Gelre']],
  ['Lochem', GE, 52.1592, 6.4111, 34_000],
  ['Twello', GE, 52.2367, 6.1028, 25_000, ['Voorst']],
  ['Zaltbommel', GE, 51.8100, 5.2444, 30_000],
  ['Geldermalsen', GE, 51.8808, 5.2889, 52_000, ['West Betuwe']],
  ['Groesbeek', GE, 51.7767, 5.9361, 35_000, ['Berg en Dal']],
  ['Beuningen', GE, 51.8608, 5.7667, 26_000],
  // Noord-Brabant
  ['Eindhoven', NB, 51.4416, 5.4697, 246_000],
  ['Tilburg', NB, 51.5555, 5.0913, 229_000],
  ['Breda', NB, 51.5866, 4.7760, 187_000],
  ["'s-Hertogenbosch", NB, 51.6992, 5.3042, 160_000, ['Den Bosch']],
  ['Helmond', NB, 51.4817, 5.6611, 94_000],
  ['Oss', NB, 51.7650, 5.5181, 94_000],
  ['Roosendaal', NB, 51.5308, 4.4653, 78_000],
  ['Bergen op Zoom', NB, 51.4950, 4.2917, 69_000],
  ['Oosterhout', NB, 51.6450, 4.8597, 57_000],
  ['Waalwijk', NB, 51.6825, 5.0708, 49_000],
  ['Veldhoven', NB, 51.4183, 5.4028, 46_000],
  ['Etten-Leur', NB, 51.5706, 4.6356, 45_000],
  ['Uden', NB, 51.6608, 5.6194, 60_000, ['Maashorst']],
  ['Veghel', NB, 51.6167, 5.5486, 83_000, ['Meierijstad']],
  ['Schijndel', NB, 51.6225, 5.4319, 24_000],
  ['Cuijk', NB, 51.7308, 5.8792, 92_000, ['Land van Cuijk']],
  ['Boxmeer', NB, 51.6467, 5.9472, 12_000],
  ['Geldrop', NB, 51.4217, 5.5597, 40_000, ['Geldrop-Mierlo']],
  ['Valkenswaard', NB, 51.3508, 5.4597, 32_000],
  ['Best', NB, 51.5075, 5.3903, 31_000],
  ['Son en Breugel', NB, 51.5165, 5.4961, 17_000],
  ['Nuenen', NB, 51.4700, 5.5528, 23_000],
  ['Boxtel', NB, 51.5908, 5.3292, 33_000],
  ['Vught', NB, 51.6533, 5.2875, 27_000],
  ['Sint-Michielsgestel', NB, 51.6417, 5.3528, 29_000],
  ['Oirschot', NB, 51.5050, 5.3139, 19_000],
  ['Oisterwijk', NB, 51.5792, 5.1889, 33_000],
  ['Dongen', NB, 51.6267, 4.9389, 26_000],
  ['Goirle', NB, 51.5208, 5.0667, 24_000],
  ['Kaatsheuvel', NB, 51.6575, 5.0408, 23_000, ['Loon op Zand']],
  ['Drunen', NB, 51.6858, 5.1333, 45_000, ['Heusden']],
  ['Deurne', NB, 51.4611, 5.7972, 33_000],
  ['Gemert', NB, 51.5558, 5.6903, 31_000, ['Gemert-Bakel']],
  ['Rijen', NB, 51.5908, 4.9194, 27_000, ['Gilze en Rijen', 'Gilze-Rijen']],
  ['Werkendam', NB, 51.8100, 4.8944, 57_000, ['Altena']],
  ['Zevenbergen', NB, 51.6450, 4.6047, 37_000, ['Moerdijk']],
  ['Steenbergen', NB, 51.5842, 4.3194, 25_000],
  // Limburg
  ['Maastricht', LI, 50.8514, 5.6910, 122_000],
  ['Venlo', LI, 51.3700, 6.1681, 103_000],
  ['Sittard', LI, 50.9983, 5.8694, 91_000, ['Sittard-Geleen']],
  ['Geleen', LI, 50.9742, 5.8292, 32_000],
  ['Heerlen', LI, 50.8837, 5.9815, 87_000],
  ['Roermond', LI, 51.1942, 5.9875, 59_000],
  ['Weert', LI, 51.2517, 5.7069, 50_000],
  ['Kerkrade', LI, 50.8658, 6.0625, 45_000],
  ['Venray', LI, 51.5250, 5.9750, 44_000],
  ['Landgraaf', LI, 50.9075, 6.0297, 37_000],
  ['Brunssum', LI, 50.9467, 5.9708, 27_000],
  ['Horst', LI, 51.4542, 6.0514, 43_000, ['Horst aan de Maas']],
  ['Echt', LI, 51.1036, 5.8736, 31_000, ['Echt-Susteren']],
  ['Valkenburg', LI, 50.8652, 5.8320, 16_000, ['Valkenburg aan de Geul']],
  // Zeeland
  ['Middelburg', ZE, 51.5000, 3.6139, 49_000],
  ['Vlissingen', ZE, 51.4425, 3.5736, 45_000, ['Flushing']],
  ['Goes', ZE, 51.5042, 3.8889, 39_000],
  ['Terneuzen', ZE, 51.3358, 3.8278, 55_000],
  ['Hulst', ZE, 51.2800, 4.0528, 27_000],
  ['Zierikzee', ZE, 51.6500, 3.9194, 34_000, ['Schouwen-Duiveland']],
  // Overijssel
  ['Enschede', OV, 52.2183, 6.8958, 161_000],
  ['Zwolle', OV, 52.5125, 6.0944, 132_000],
  ['Deventer', OV, 52.2550, 6.1639, 102_000],
  ['Hengelo', OV, 52.2658, 6.7931, 82_000],
  ['Almelo', OV, 52.3567, 6.6625, 74_000],
  ['Kampen', OV, 52.5550, 5.9111, 55_000],
  ['Hardenberg', OV, 52.5758, 6.6194, 62_000],
  ['Oldenzaal', OV, 52.3133, 6.9292, 32_000],
  ['Nijverdal', OV, 52.3617, 6.4642, 36_000, ['Hellendoorn']],
  ['Rijssen', OV, 52.3067, 6.5186, 38_000, ['Rijssen-Holten']],
  ['Raalte', OV, 52.3858, 6.2750, 38_000],
  ['Haaksbergen', OV, 52.1567, 6.7389, 24_000],
  ['Losser', OV, 52.2608, 7.0042, 23_000],
  ['Wierden', OV, 52.3592, 6.5931, 25_000],
  ['Borne', OV, 52.3014, 6.7482, 24_000],
  ['Steenwijk', OV, 52.7875, 6.1208, 45_000, ['Steenwijkerland']],
  ['Dalfsen', OV, 52.5117, 6.2569, 29_000],
  ['Ommen', OV, 52.5208, 6.4208, 18_000],
  ['Goor', OV, 52.2333, 6.5861, 35_000, ['Hof van Twente']],
  ['Vriezenveen', OV, 52.4083, 6.6222, 34_000, ['Twenterand']],
  ['Tubbergen', OV, 52.4075, 6.7847, 21_000],
  ['Staphorst', OV, 52.6450, 6.2111, 17_000],
  // Flevoland
  ['Almere', FL, 52.3508, 5.2647, 226_000],
  ['Lelystad', FL, 52.5083, 5.4750, 82_000],
  ['Dronten', FL, 52.5250, 5.7181, 43_000],
  ['Emmeloord', FL, 52.7108, 5.7486, 48_000, ['Noordoostpolder']],
  ['Zeewolde', FL, 52.3300, 5.5417, 24_000],
  ['Urk', FL, 52.6625, 5.6014, 22_000],
  // Groningen
  ['Groningen', GR, 53.2194, 6.5665, 243_000],
  ['Hoogezand', GR, 53.1617, 6.7611, 61_000, ['Midden-Groningen']],
  ['Delfzijl', GR, 53.3300, 6.9181, 45_000, ['Eemsdelta']],
  ['Veendam', GR, 53.1067, 6.8792, 28_000],
  ['Stadskanaal', GR, 52.9895, 6.9504, 32_000],
  ['Winschoten', GR, 53.1442, 7.0347, 39_000, ['Oldambt']],
  ['Leek', GR, 53.1625, 6.3764, 20_000],
  ['Zuidhorn', GR, 53.2467, 6.4028, 65_000, ['Westerkwartier']],
  // Fryslân
  ['Leeuwarden', FR, 53.2014, 5.8086, 126_000, ['Ljouwert']],
  ['Sneek', FR, 53.0330, 5.6589, 91_000, ['Snits', 'Súdwest-Fryslân']],
  ['Drachten', FR, 53.1125, 6.0989, 56_000, ['Smallingerland']],
  ['Heerenveen', FR, 52.9593, 5.9185, 52_000, ['It Hearrenfean']],
  ['Harlingen', FR, 53.1748, 5.4224, 16_000, ['Harns']],
  ['Franeker', FR, 53.1855, 5.5412, 48_000, ['Frjentsjer', 'Waadhoeke']],
  ['Dokkum', FR, 53.3222, 5.9970, 45_000, ['Noardeast-Fryslân']],
  ['Joure', FR, 52.9657, 5.8030, 52_000, ['De Jouwer', 'De Fryske Marren']],
  ['Wolvega', FR, 52.8755, 5.9969, 26_000, ['Weststellingwerf']],
  ['Lemmer', FR, 52.8462, 5.7091, 11_000, ['De Lemmer']],
  // Drenthe
  ['Emmen', DR, 52.7792, 6.9069, 108_000],
  ['Assen', DR, 52.9967, 6.5625, 70_000],
  ['Hoogeveen', DR, 52.7225, 6.4764, 56_000],
  ['Meppel', DR, 52.6958, 6.1944, 35_000],
  ['Coevorden', DR, 52.6610, 6.7405, 36_000],
  ['Roden', DR, 53.1375, 6.4208, 33_000, ['Noordenveld']],
];

export interface AreaRow {
  name: string;
  kind: 'region' | 'country';
  province: Province | null;
  latitude: number;
  longitude: number;
  radiusKm: number;
  population: number;
  aliases?: readonly string[];
}

const province = (
  name: Province,
  latitude: number,
  longitude: number,
  radiusKm: number,
  population: number,
  aliases: readonly string[] = [],
): AreaRow => ({
  name,
  kind: 'region',
  province: name,
  latitude,
  longitude,
  radiusKm,
  population,
  // "Provincie Utrecht" / "Utrecht (provincie)" are found by findPlace, which reads "provincie" as a hint.
  aliases,
});

export const AREA_ROWS: readonly AreaRow[] = [
  {
    // The centre of the country's national grid (Onze Lieve Vrouwetoren, Amersfoort): every Dutch
    // place lies within 175 km of it; 300 km leaves room for anything near the borders.
    name: 'Nederland',
    kind: 'country',
    province: null,
    latitude: 52.1552,
    longitude: 5.3872,
    radiusKm: 300,
    population: 18_000_000,
    aliases: ['The Netherlands', 'Netherlands', 'Holland', 'NL'],
  },
  {
    // Centre between Alphen aan den Rijn and Gouda: covers Amsterdam, Rotterdam, Den Haag,
    // Utrecht, Almere, Haarlem, Leiden and Dordrecht.
    name: 'Randstad',
    kind: 'region',
    province: null,
    latitude: 52.12,
    longitude: 4.75,
    radiusKm: 45,
    population: 8_400_000,
  },
  { name: 'Twente', kind: 'region', province: OV, latitude: 52.3, longitude: 6.75, radiusKm: 30, population: 630_000 },
  { name: 'Achterhoek', kind: 'region', province: GE, latitude: 51.98, longitude: 6.5, radiusKm: 35, population: 390_000 },
  { name: 'Veluwe', kind: 'region', province: GE, latitude: 52.2, longitude: 5.85, radiusKm: 35, population: 700_000 },
  { name: 'Het Gooi', kind: 'region', province: NH, latitude: 52.26, longitude: 5.2, radiusKm: 12, population: 250_000, aliases: ["'t Gooi", 'Gooi'] },
  { name: 'Zuid-Limburg', kind: 'region', province: LI, latitude: 50.9, longitude: 5.85, radiusKm: 25, population: 600_000, aliases: ['South Limburg'] },
  province(ZH, 51.99, 4.52, 55, 3_800_000, ['South Holland']),
  province(NH, 52.58, 4.87, 75, 2_950_000, ['North Holland']),
  province(NB, 51.58, 5.18, 70, 2_650_000, ['North Brabant', 'Brabant']),
  province(GE, 52.06, 5.9, 75, 2_170_000, ['Guelders']),
  province(UT, 52.08, 5.18, 35, 1_390_000),
  province(OV, 52.43, 6.45, 55, 1_190_000),
  province(LI, 51.21, 5.93, 70, 1_130_000),
  province(FR, 53.12, 5.8, 70, 660_000, ['Friesland']),
  province(GR, 53.22, 6.74, 50, 600_000),
  province(DR, 52.9, 6.6, 40, 500_000),
  province(FL, 52.53, 5.55, 45, 440_000),
  province(ZE, 51.49, 3.85, 40, 390_000, ['Zealand']),
];
