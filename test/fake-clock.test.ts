// `npm run test:unit:2030` proves only what it claims if the suite really ran as of that date:
// this fails the run when test/setup.ts did not move the clock (and, in an ordinary run, when it
// moved it without being asked).
describe('the clock the unit tests run on', () => {
  it('is the machine clock, moved to TILLIT_FAKE_SYSTEM_TIME when that is set', () => {
    const fake = process.env.TILLIT_FAKE_SYSTEM_TIME;
    const expected = fake ? Date.parse(fake) : performance.timeOrigin + performance.now();
    // The moved clock keeps running from the moment the file started: minutes, not years.
    expect(Math.abs(Date.now() - expected)).toBeLessThan(10 * 60_000);
    expect(Math.abs(new Date().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
