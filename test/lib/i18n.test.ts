import { formatNumber, pickLang, translate } from '@/lib/i18n';

describe('pickLang', () => {
  it.each(['nb', 'nb-NO', 'no', 'no-NO', 'nn', 'nn-NO', 'NB', 'nb_NO'])('%s → bokmål', (tag) => {
    expect(pickLang(tag)).toBe('nb');
  });

  it.each(['en', 'en-US', 'en-GB', 'sv-SE', 'da', 'de', 'nl', 'nob', 'nordic', '', null, undefined])('%s → English', (tag) => {
    expect(pickLang(tag)).toBe('en');
  });
});

describe('translate', () => {
  it('looks up the message for the language', () => {
    expect(translate('en', 'level.strong')).toBe('Strong');
    expect(translate('nb', 'level.strong')).toBe('Sterk');
    expect(translate('nb', 'factor.responsiveness')).toBe('Rask responstid');
  });

  it('fills every placeholder', () => {
    expect(translate('en', 'score.points', { earned: 15, points: 30 })).toBe('15 of 30 points');
    expect(translate('nb', 'detail.ownerReplies', { replies: 2, comments: 3 })).toBe('2 svar fra eieren på 3 kommentarer fra lesere');
  });

  it('formats numbers for the language (decimal comma in Norwegian)', () => {
    expect(translate('en', 'detail.medianReply', { hours: 8.75 })).toBe('Median reply time: 8.8 hours');
    expect(translate('nb', 'detail.medianReply', { hours: 8.75 })).toBe('Median svartid: 8,8 timer');
    expect(translate('nb', 'tip.gain', { gain: 17.5 })).toBe('+17,5 poeng');
  });

  it('large numbers get the language\'s grouping', () => {
    expect(formatNumber('en', 12345)).toBe('12,345');
    // nb-NO groups with a (narrow) no-break space.
    expect(formatNumber('nb', 12345)).toMatch(/^12\s345$/u);
  });

  it('string parameters are inserted as they are, never re-interpreted', () => {
    expect(translate('en', 'detail.authors', { names: '{names} $& <b>x</b>' })).toBe('Author: {names} $& <b>x</b>');
  });

  it('a missing parameter leaves its placeholder visible rather than "undefined"', () => {
    expect(translate('en', 'score.points', { earned: 3 })).toBe('3 of {points} points');
  });

  it('without parameters the template is returned unchanged', () => {
    expect(translate('en', 'error.noTab')).toBe('There is no page to analyse in this window.');
  });
});
