export * from './holiday-arrangement.repository';
export { lunarAnchorsOf } from './lunar-anchors';
export { getWorkingDayCalendar, invalidateWorkingDayCalendar } from './working-day-calendar';
export { computeWorkingDayPeriod, savedEndDateWarning } from './working-day-period';
