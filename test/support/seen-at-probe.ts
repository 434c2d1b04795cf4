/**
 * Run by test/unit/seen-at-picker.test.ts in a child process with a chosen TZ
 * (Node reads TZ once). Prints, as JSON, what the 发现时间 picker shows and
 * answers at the instants given in argv (ms): its value and limits, and the
 * time a pick of a day or a clock gives.
 */
import { pickSeenAt, seenAtPicker, seenAtProblem } from '../../domain/reports/seen-at';

const [nowArg, ...seenArgs] = process.argv.slice(2);
const now = Number(nowArg);
const rows = seenArgs.map((arg) => {
  const seenAt = Number(arg);
  return {
    zoneOffsetMinutes: new Date(now).getTimezoneOffset(),
    picker: seenAtPicker(seenAt, now),
    pickedDay: pickSeenAt(seenAt, { day: '2026-06-15' }, now),
    pickedClock: pickSeenAt(seenAt, { clock: '07:30' }, now),
    pickedLater: pickSeenAt(seenAt, { clock: '23:50' }, now),
    pickedFirstDay: pickSeenAt(seenAt, { day: seenAtPicker(seenAt, now).firstDay, clock: '00:00' }, now),
    problem: seenAtProblem(seenAt, now),
  };
});
process.stdout.write(JSON.stringify(rows));
