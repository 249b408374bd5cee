import { describe, expect, it } from 'vitest';
import { findBoilerplate } from './find-boilerplate';
import { finishImport } from './finish-import';

const flagged = (text: string, options = {}): Array<[string, string]> =>
  findBoilerplate(text, options).map((r) => [r.reason, text.slice(r.start, r.end)]);

describe('findBoilerplate', () => {
  it('flags a newsletter block, its consent sentence glued to the next paragraph, and nothing of the article', () => {
    const text = [
      'The mayor said the ferry would run again in May.',
      'Sign up to the Harbour Weekly newsletter.',
      'Get the week’s stories delivered to your inbox.',
      'By continuing you agree to our Terms and Privacy Policy.Ferry staff said the delay was caused by a late part.',
    ].join('\n');
    expect(flagged(text)).toEqual([
      [
        'newsletter sign-up',
        'Sign up to the Harbour Weekly newsletter.\nGet the week’s stories delivered to your inbox.\nBy continuing you agree to our Terms and Privacy Policy.',
      ],
    ]);
    const [range] = findBoilerplate(text);
    expect(range).toEqual({ start: 49, end: 195, reason: 'newsletter sign-up' });
  });

  it('flags widget labels, even glued to the next sentence, and runs of stray punctuation with blank lines between', () => {
    const text =
      'Officials confirmed the figure.\nImpact Shorts\nMore ShortsSeparately, the port reopened.\n\n)\n\n)\n)\n';
    expect(flagged(text)).toEqual([
      ['widget or section label', 'Impact Shorts\nMore Shorts'],
      ['stray punctuation', ')\n\n)\n)'],
    ]);
  });

  it('flags related-article links and photo captions, but not sentences that merely mention photos', () => {
    const text = [
      'Read more: Ferry timetable to change',
      'Related: Port strike ends',
      'Photo: Courier staff',
      'Divers inspect the pier on Monday. (Photo by Ana Ruiz / Courier)',
      'Crews worked on the pier on May 9 (Picture source: Port authority)',
      'AP Photo/Jan Novak',
      'The photographer said she had read more than twenty reports.',
      'Related coverage was thin, critics said, as the strike went on.',
    ].join('\n');
    expect(flagged(text).map(([reason]) => reason)).toEqual(['related-article link', 'photo caption or credit']);
    expect(flagged(text)[1]![1]).toBe(text.split('\n').slice(2, 6).join('\n'));
  });

  it('keeps offsets in UTF-16 units past emoji and flags page numbers only when asked', () => {
    const text = 'Ein Bericht 😀 über den Hafen.\n12\nSubscribe now';
    expect(findBoilerplate(text)).toEqual([{ start: 34, end: 47, reason: 'newsletter sign-up' }]);
    expect(flagged(text, { pageNumbers: true })).toEqual([
      ['page number', '12'],
      ['newsletter sign-up', 'Subscribe now'],
    ]);
  });

  it('finds nothing in plain prose', () => {
    expect(
      findBoilerplate('A plain article.\nWith two paragraphs, one of which mentions a newsletter in passing.'),
    ).toEqual([]);
  });
});

describe('finishImport', () => {
  it('normalises line endings, flags boilerplate and notes it, keeping the text otherwise exact', () => {
    const result = finishImport('dir/a.txt', {
      format: 'txt',
      encoding: 'utf-8',
      text: 'Cafe\u0301 opens\r\nAdvertisement\r\n',
      author: '  Ana  Ruiz ',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Cafe\u0301 opens',
        format: 'txt',
        encoding: 'utf-8',
        text: 'Cafe\u0301 opens\nAdvertisement\n',
        author: 'Ana Ruiz',
        boilerplate: [{ start: 12, end: 25, reason: 'widget or section label' }],
        notes: [
          { kind: 'line-endings', message: '2 CRLF or CR line endings became LF.' },
          {
            kind: 'boilerplate',
            message: '1 passage looks like boilerplate (widget or section label); flagged, not removed.',
          },
        ],
      },
    });
  });

  it('refuses a document without text', () => {
    expect(finishImport('a.html', { format: 'html', encoding: 'utf-8', text: ' \n ' })).toEqual({
      ok: false,
      error: { code: 'empty', message: 'The file holds no text.' },
    });
  });
});

describe('titles', () => {
  it('skips a first line flagged as boilerplate when choosing the title', () => {
    const result = finishImport('a.txt', {
      format: 'txt',
      encoding: 'utf-8',
      text: 'Breaking News\nFloods close the harbour road\nThe council said so.\n',
    });
    expect(result.ok && result.value.title).toBe('Floods close the harbour road');
  });

  it('falls back to the file name when the first line is too long to be a title', () => {
    const result = finishImport('dir/long-one.txt', { format: 'txt', encoding: 'utf-8', text: 'x'.repeat(300) });
    expect(result.ok && result.value.title).toBe('long-one');
  });
});
