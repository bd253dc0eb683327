import { isOpen } from './hotness.js';

/**
 * Detects job texts in which the employer says agencies are not welcome
 * (SPEC R9.5), e.g. "Acquisitie naar aanleiding van deze vacature wordt
 * niet op prijs gesteld" or "No agencies please". A mere mention of
 * agencies or of "acquisitie" as a task of the job is not such a statement.
 */

const PATTERNS: readonly RegExp[] = [
  // Dutch: acquisitie … niet op prijs / niet gewenst / ongewenst / niet gewaardeerd
  /\bacquisitie\b[^.!?\n]{0,90}?\b(niet op prijs|niet gewenst|ongewenst|niet gewaardeerd|niet in behandeling)/,
  /\b(geen|zonder)\s+(prijs\s+op\s+)?acquisitie\b(?![-\w])/,
  // Dutch: reacties van bureaus worden niet in behandeling genomen
  /\b(reacties|sollicitaties|cv'?s|kandidaten|voorstellen)\s+(van|via|door)\b[^.!?\n]{0,50}?bureaus?\b[^.!?\n]{0,60}?\b(niet in behandeling|niet geaccepteerd|niet gewenst|niet op prijs|worden niet)/,
  // Dutch: geen (werving- en selectie)bureaus, zonder tussenkomst van bureaus
  /\b(geen|zonder)\s+(tussenkomst\s+van\s+)?((werving[- ]?(en|&)[- ]?selectie|recruitment|bemiddelings|detacherings|uitzend|selectie|wervings)\s*)?bureaus?(?![-\w])/,
  // Dutch: bureaus bedankt, bureaus worden verzocht niet te reageren
  /bureaus?\s+(worden\s+)?(bedankt|verzocht\s+niet|gevraagd\s+niet|niet\s+gewenst)/,
  // Dutch: wij werken niet (samen) met bureaus
  /\b(we|wij)\s+(werken|doen\s+zaken)\s+niet\s+(samen\s+)?met\b[^.!?\n]{0,40}?bureaus?\b/,
  // English: no agencies (please), no agency calls/submissions
  /\bno\s+((recruitment|recruiting|staffing|external|third[- ]party)\s+)?(agencies|agency\s+(calls|submissions|contact|cvs|resumes|solicitations|enquiries|inquiries))\b/,
  // English: agencies need not apply / should not contact
  /\bagencies\s+(need\s+not|should\s+not|must\s+not|please\s+do\s+not|are\s+not\s+to)\s+(apply|contact|respond|submit|call)/,
  // English: we do not accept CVs from (recruitment) agencies / do not work with agencies
  /\b(do\s+not|don'?t|will\s+not|won'?t|does\s+not|cannot|can'?t)\s+(accept|work\s+with|use|respond\s+to|consider|engage)\b[^.!?\n]{0,60}?\bagenc(y|ies)\b/,
  // English: unsolicited agency submissions / resumes from agencies
  /\bunsolicited\b[^.!?\n]{0,40}?\bagenc(y|ies)\b/,
];

// Every pattern above needs one of these words: a text without them is let through without running the patterns (most job texts; imports check 100,000s).
const STEMS = ['acquisitie', 'bureau', 'agenc'];

// ASCII without ^ and `, the two ASCII characters that are diacritics.
const PLAIN = /^[\0-\x5d\x5f\x61-\x7f]*$/;

const ABBREVIATIONS = /\b(n\.a\.v|a\.u\.b|i\.v\.m|m\.b\.t|t\.a\.v|o\.a|bijv|m\.u\.v|z\.s\.m)\./g;

export interface NoAgenciesFinding {
  /** The words that say agencies are not welcome, as they stand in the text. */
  phrase: string;
}

/** The first statement in `text` that agencies are not welcome, or null. */
export function detectNoAgencies(text: string | null | undefined): NoAgenciesFinding | null {
  if (!text) return null;
  // Case and accents folded; offsets stay valid because folding keeps lengths. Plain ASCII has no accents to fold
  // (but ^ and `, diacritics themselves): most job texts skip the costly NFD, and those without a stem all else.
  const lower = (PLAIN.test(text) ? text : text.normalize('NFD').replace(/\p{Diacritic}/gu, '')).toLowerCase();
  if (!STEMS.some((stem) => lower.includes(stem))) return null;
  const folded = lower
    .replace(/\s/g, ' ')
    // Periods inside abbreviations (n.a.v., a.u.b.) do not end a sentence; same length keeps offsets.
    .replace(ABBREVIATIONS, (abbreviation) => abbreviation.replace(/\./g, '_'));
  const original = text.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  for (const pattern of PATTERNS) {
    const match = pattern.exec(folded);
    if (match) return { phrase: original.slice(match.index, match.index + match[0].length).replace(/\s+/g, ' ').trim() };
  }
  return null;
}

/** A company turns agencies away while one of its open jobs says so. */
export function companyRefusesAgencies(jobs: readonly { noAgencies: boolean; closedAt: Date | null }[], now: Date): boolean {
  return jobs.some((job) => job.noAgencies && isOpen(job, now));
}
