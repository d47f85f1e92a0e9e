import type { HolidayArrangement } from './holiday-arrangement';

/**
 * 国务院办公厅 节假日安排 for 2022–2026, as the product ships them: the seed of the `holiday_arrangement` table
 * (migration 20261206-1430). Later years are entered by the system administrator in 系统管理 → 节假日安排, not
 * here; this list stays as it is so a fresh database gets the same seed as an upgraded one.
 */
export const CN_HOLIDAY_ARRANGEMENTS_2022_2026: readonly HolidayArrangement[] = [
  {
    year: 2022,
    noticeNo: '国办发明电〔2021〕11号',
    noticeTitle: '国务院办公厅关于2022年部分节假日安排的通知',
    noticeUrl: 'https://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
    holidays: [
      { name: '元旦', from: '2022-01-01', to: '2022-01-03', workdays: [] },
      { name: '春节', from: '2022-01-31', to: '2022-02-06', workdays: ['2022-01-29', '2022-01-30'] },
      { name: '清明节', from: '2022-04-03', to: '2022-04-05', workdays: ['2022-04-02'] },
      { name: '劳动节', from: '2022-04-30', to: '2022-05-04', workdays: ['2022-04-24', '2022-05-07'] },
      { name: '端午节', from: '2022-06-03', to: '2022-06-05', workdays: [] },
      { name: '中秋节', from: '2022-09-10', to: '2022-09-12', workdays: [] },
      { name: '国庆节', from: '2022-10-01', to: '2022-10-07', workdays: ['2022-10-08', '2022-10-09'] },
    ],
  },
  {
    year: 2023,
    noticeNo: '国办发明电〔2022〕16号',
    noticeTitle: '国务院办公厅关于2023年部分节假日安排的通知',
    noticeUrl: 'https://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm',
    holidays: [
      { name: '元旦', from: '2022-12-31', to: '2023-01-02', workdays: [] },
      { name: '春节', from: '2023-01-21', to: '2023-01-27', workdays: ['2023-01-28', '2023-01-29'] },
      { name: '清明节', from: '2023-04-05', to: '2023-04-05', workdays: [] },
      { name: '劳动节', from: '2023-04-29', to: '2023-05-03', workdays: ['2023-04-23', '2023-05-06'] },
      { name: '端午节', from: '2023-06-22', to: '2023-06-24', workdays: ['2023-06-25'] },
      { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06', workdays: ['2023-10-07', '2023-10-08'] },
    ],
  },
  {
    year: 2024,
    noticeNo: '国办发明电〔2023〕7号',
    noticeTitle: '国务院办公厅关于2024年部分节假日安排的通知',
    noticeUrl: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
    holidays: [
      { name: '元旦', from: '2024-01-01', to: '2024-01-01', workdays: [] },
      { name: '春节', from: '2024-02-10', to: '2024-02-17', workdays: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06', workdays: ['2024-04-07'] },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05', workdays: ['2024-04-28', '2024-05-11'] },
      { name: '端午节', from: '2024-06-10', to: '2024-06-10', workdays: [] },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17', workdays: ['2024-09-14'] },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07', workdays: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    year: 2025,
    noticeNo: '国办发明电〔2024〕12号',
    noticeTitle: '国务院办公厅关于2025年部分节假日安排的通知',
    noticeUrl: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01', workdays: [] },
      { name: '春节', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06', workdays: [] },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02', workdays: [] },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    noticeNo: '国办发明电〔2025〕7号',
    noticeTitle: '国务院办公厅关于2026年部分节假日安排的通知',
    noticeUrl: null,
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
      { name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: [] },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21', workdays: [] },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', workdays: [] },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];
