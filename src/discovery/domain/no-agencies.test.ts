import { describe, expect, it } from 'vitest';
import { detectNoAgencies } from './no-agencies.js';

describe('detectNoAgencies', () => {
  it.each([
    'Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.',
    'Acquisitie n.a.v. deze vacature wordt niet op prijs gesteld',
    'Wij stellen acquisitie naar aanleiding van deze advertentie niet op prijs.',
    'Acquisitie naar aanleiding van deze vacature is niet gewenst.',
    'Acquisitie wordt niet gewaardeerd.',
    'Reacties van werving- en selectiebureaus worden niet in behandeling genomen.',
    'Sollicitaties via bemiddelingsbureaus worden niet in behandeling genomen.',
    'Geen bureaus a.u.b.',
    'Geen acquisitie.',
    'Wij werven zonder tussenkomst van bureaus.',
    'Bureaus bedankt!',
    'Werving- en selectiebureaus worden verzocht niet te reageren.',
    'Wij werken niet samen met recruitmentbureaus.',
    'ACQUISITIE NAAR AANLEIDING VAN DEZE VACATURE WORDT NIET OP PRIJS GESTELD',
    'No agencies please.',
    'No recruitment agencies.',
    'Agencies need not apply.',
    'We do not accept CVs from recruitment agencies.',
    "We don't work with agencies for this role.",
    'Unsolicited agency submissions will not be accepted.',
    'Please, no agency calls.',
  ])('flags %j', (text) => {
    expect(detectNoAgencies(`Wij zoeken een ervaren collega. ${text} Solliciteer snel!`)).not.toBeNull();
  });

  it.each([
    'Acquisitie is onderdeel van je takenpakket.',
    'Je bent verantwoordelijk voor acquisitie van nieuwe klanten en het onderhouden van relaties.',
    'Ervaring bij een reclamebureau is een pré.',
    'Je werkt samen met recruitmentbureaus om talent aan te trekken.',
    'Geen bureau-ervaring vereist.',
    'We are a recruitment agency looking for consultants.',
    'You will manage relationships with external agencies.',
    'No agency experience required.',
    'Onze klant is een groot ingenieursbureau in Utrecht.',
    'Acquisitie is niet je hoofdtaak, maar je staat er wel voor open.',
    '',
  ])('does not flag %j', (text) => {
    expect(detectNoAgencies(text)).toBeNull();
  });

  it('returns the phrase as it stands in the text', () => {
    expect(detectNoAgencies('Functie-eisen: HBO. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.')).toEqual({
      phrase: 'Acquisitie naar aanleiding van deze vacature wordt niet op prijs',
    });
  });
});
