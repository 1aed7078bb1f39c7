import { registerMessages } from '@/lib/i18n';
import { en } from './helpers/messages';
import { nb } from './helpers/messages';

// The pages load one language at start (loadMessages); tests use both, synchronously.
registerMessages('en', en);
registerMessages('nb', nb);

// TILLIT_FAKE_SYSTEM_TIME=2030-01-01T00:00:00Z runs the suite as if the machine's clock said so
// (`npm run test:unit:2030`): a test that judges dates by the real clock instead of a fixed "now"
// fails there long before it would fail in CI. The shifted clock keeps running, unlike
// vi.setSystemTime's frozen one, and it survives vi.useFakeTimers()/vi.useRealTimers() (the fake
// timers start from it and put it back), which vi.setSystemTime's mock does not.
const fakeTime = process.env.TILLIT_FAKE_SYSTEM_TIME;
if (fakeTime) {
  const RealDate = Date;
  const target = RealDate.parse(fakeTime);
  if (Number.isNaN(target)) throw new Error(`TILLIT_FAKE_SYSTEM_TIME is not a date: ${fakeTime}`);
  const offset = target - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (Target, args: unknown[], newTarget) =>
      Reflect.construct(Target, args.length ? args : [now()], newTarget) as object,
    apply: () => new RealDate(now()).toString(),
    get: (Target, key, receiver) => (key === 'now' ? now : Reflect.get(Target, key, receiver)),
  });
}
