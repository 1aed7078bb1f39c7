import { finding } from '../helpers/signals';
import { judge, profile } from './profile-builders';

// FACTORS.md "Profiles on social platforms" — transparency: website stated (30), contact details
// (email, phone) stated (25), address / headquarters stated (20), founded year, industry or
// company size stated (25). A post's page shows none of the profile's card: unobservable there.

const contact = (parts: Partial<{ emails: string[]; phones: string[]; addresses: string[] }>) => ({
  emails: (parts.emails ?? []).map(finding),
  phones: (parts.phones ?? []).map(finding),
  addresses: (parts.addresses ?? []).map(finding),
});

describe('profile transparency: website', () => {
  it('stated is met', () => {
    expect(judge('profile-website', profile({ website: 'https://fjordkaffe.no' }))).toMatchObject({ status: 'met', detail: { params: { website: 'https://fjordkaffe.no' } } });
  });

  it('not stated on the profile page is unmet; on a post’s page unobservable', () => {
    expect(judge('profile-website', profile()).status).toBe('unmet');
    expect(judge('profile-website', profile({ pageType: 'post' })).status).toBe('unobservable');
  });

  it('a profile page whose card Tillit could not read (no name) shows nothing missing: unobservable', () => {
    for (const id of ['profile-website', 'profile-contact', 'profile-address', 'profile-facts'] as const)
      expect(judge(id, profile({ name: null })), id).toMatchObject({ status: 'unobservable', detail: { key: 'detail.cardUnread' } });
  });
});

describe('profile transparency: contact details', () => {
  it('an email address is met, with the finding’s evidence', () => {
    const r = judge('profile-contact', profile({ contact: contact({ emails: ['hei@fjordkaffe.no'] }) }));
    expect(r).toMatchObject({ status: 'met', detail: { key: 'detail.profileStated', params: { values: 'hei@fjordkaffe.no' } } });
    expect(r.evidence).toEqual([expect.objectContaining({ snippet: 'hei@fjordkaffe.no' })]);
  });

  it('a phone number alone is met', () => {
    expect(judge('profile-contact', profile({ contact: contact({ phones: ['+47 55 00 00 00'] }) })).status).toBe('met');
  });

  it('an address alone is not contact details', () => {
    expect(judge('profile-contact', profile({ contact: contact({ addresses: ['Strandkaien 1, Bergen'] }) })).status).toBe('unmet');
  });

  it('on a post’s page, unobservable', () => {
    expect(judge('profile-contact', profile({ pageType: 'feed' }))).toMatchObject({ status: 'unobservable', detail: { key: 'detail.notProfilePage' } });
  });
});

describe('profile transparency: address or headquarters', () => {
  it('a postal address is met', () => {
    expect(judge('profile-address', profile({ contact: contact({ addresses: ['Strandkaien 1, 5013 Bergen'] }) })).status).toBe('met');
  });

  it('a headquarters / location field is met', () => {
    const r = judge('profile-address', profile({ location: 'Bergen, Vestland' }));
    expect(r).toMatchObject({ status: 'met', detail: { params: { values: 'Bergen, Vestland' } } });
    expect(r.evidence).toHaveLength(1);
  });

  it('neither is unmet on the profile page, unobservable on a post’s page', () => {
    expect(judge('profile-address', profile()).status).toBe('unmet');
    expect(judge('profile-address', profile({ pageType: 'post' })).status).toBe('unobservable');
  });
});

describe('profile transparency: founded year, industry or size', () => {
  it('an industry is met', () => {
    expect(judge('profile-facts', profile({ industry: 'Food and Beverage' }))).toMatchObject({ status: 'met', detail: { params: { values: 'Food and Beverage' } } });
  });

  it('a size is met, and the detail lists every fact stated', () => {
    expect(judge('profile-facts', profile({ size: '11-50 employees', joined: '2012' }))).toMatchObject({ status: 'met', detail: { params: { values: '11-50 employees · 2012' } } });
  });

  it('a date alone (often the account’s, not the company’s) is partial', () => {
    expect(judge('profile-facts', profile({ joined: '2012-03' }))).toMatchObject({ status: 'partial', detail: { key: 'detail.profileJoinedOnly', params: { joined: '2012-03' } } });
  });

  it('none is unmet on the profile page, unobservable elsewhere', () => {
    expect(judge('profile-facts', profile()).status).toBe('unmet');
    expect(judge('profile-facts', profile({ pageType: 'other' })).status).toBe('unobservable');
  });
});
