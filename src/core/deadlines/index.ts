export {
  computeDeadlines, graceEnd, urgency, DEFAULT_SERVICE_ESTIMATE_DAYS,
  type Deadline, type DeadlineFacts, type DeadlineKind, type DeadlineOptions,
} from './deadlines.js';
export { addDays, addMonthsClamped, daysBetween, daysInMonth } from './iso-date.js';
