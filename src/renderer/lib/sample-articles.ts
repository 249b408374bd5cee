/**
 * Three short reports of one invented event (a storm surge in a town that does not exist), written for
 * Collate: they differ the way real reports do (figures, dates, sources, hedging, a denial), so a new
 * user can try tagging, linking and comparing before importing their own articles.
 */
export interface SampleArticle {
  name: string;
  html: string;
}

const page = (title: string, outlet: string, published: string, author: string, paragraphs: string[]): string =>
  [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${title}</title>`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:site_name" content="${outlet}">`,
    `<meta property="article:published_time" content="${published}">`,
    `<meta name="author" content="${author}">`,
    '</head><body><article>',
    `<h1>${title}</h1>`,
    ...paragraphs.map((p) => `<p>${p}</p>`),
    '</article></body></html>',
  ].join('\n');

export const SAMPLE_ARTICLES: readonly SampleArticle[] = [
  {
    name: 'sample-aldren-courier.html',
    html: page(
      'Storm surge floods Port Aldren, 4,000 residents evacuated',
      'The Aldren Courier',
      '2026-03-04',
      'Mara Quill',
      [
        'About 4,000 residents of Port Aldren were evacuated on Tuesday after a storm surge broke through the harbour sea wall, Mayor Elena Brandt said.',
        'Two people died in the flooding, according to the county coroner. Both were found in the low-lying Fenwick district.',
        '“The wall held for thirty years, and it was inspected last spring,” Brandt told reporters at the town hall. She denied that the evacuation warning came late.',
        'The surge may have been made worse by a king tide, the regional weather office said.',
        'Schools will stay closed until Monday, the town council announced.',
      ],
    ),
  },
  {
    name: 'sample-northshore-daily.html',
    html: page('Three dead as sea wall fails in Port Aldren', 'Northshore Daily', '2026-03-04', 'Tomas Reyes', [
      'Three people were killed when the sea wall protecting Port Aldren failed on Monday night, police said.',
      'Some 4,200 people left their homes as water rose in the Fenwick district, a city official who asked not to be named said.',
      'Residents said the evacuation warning came too late. “We had ten minutes,” said Ines Harrow, a shop owner on Quay Street.',
      'Engineers said the sea wall failed because of cracks reported two years ago that were never repaired.',
      'Schools are closed until further notice.',
    ]),
  },
  {
    name: 'sample-coastline-wire.html',
    html: page(
      'Port Aldren counts the cost after storm surge',
      'Coastline Wire',
      '2026-03-05',
      'Coastline Wire staff',
      [
        'Thousands of people were evacuated from Port Aldren on March 3 when a storm surge flooded the harbour district.',
        'At least two people died, officials said.',
        'The cause of the breach is not yet known. Engineers could not rule out that the sea wall had been weakened by earlier storms, the regional authority said in a statement.',
        'Mayor Elena Brandt said the town would ask the national government for emergency funds on Friday.',
        'Damage is estimated at more than 30 million euros, according to the chamber of commerce.',
      ],
    ),
  },
];

/** The sample articles as files for the importer. */
export function sampleArticleFiles(): File[] {
  return SAMPLE_ARTICLES.map((a) => new File([a.html], a.name, { type: 'text/html' }));
}
