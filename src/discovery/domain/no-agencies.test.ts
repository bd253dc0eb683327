import fc from 'fast-check';
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

  it('skips the folding of plain ASCII without changing an answer: accents, ^ and ` fold as before', () => {
    // The folding before plain texts skipped it, whatever the text.
    const folded = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
    const piece = fc.constantFrom('Geen ', 'bureau', 'bure^au', 'bur`eau', 'burééu', 'bureáu', 'acquisitíe', 'Acquisitie', ' niet op prijs', '.', 'AGENC', 'no agéncies', ' n.a.v. ', '\n', 'İ', 'ﬃ', 'K', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const found = detectNoAgencies(text);
        // A finding needs a stem in the folded text; and the phrase found is the folded original's.
        if (!['acquisitie', 'bureau', 'agenc'].some((stem) => folded(text).includes(stem))) expect(found).toBeNull();
        if (found) expect(text.normalize('NFD').replace(/\p{Diacritic}/gu, '')).toContain(found.phrase.split(' ')[0]);
      }),
      { numRuns: 2000 },
    );
    expect(detectNoAgencies('Geen bure^aus.')).toEqual({ phrase: 'Geen bureaus' });
    expect(detectNoAgencies('Geen bureáus.')).toEqual({ phrase: 'Geen bureaus' });
  });
});
