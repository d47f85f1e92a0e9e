import dayjs from 'dayjs';

export interface Coverage {
  type: 'success' | 'warning';
  nextYear: number;
  message: string;
  description: string;
}

const ESTIMATE =
  '未录入的年份按《全国年节及纪念日放假办法》规定的法定节假日推算（不含调休），公示截止日期等会带推算提示。';

/** How far the entered years reach, and whether next year's notice is still to be entered. */
export function coverageOf(years: number[], today = dayjs()): Coverage {
  if (years.length === 0) {
    return { type: 'warning', nextYear: today.year(), message: '尚未录入任何年份的节假日安排', description: ESTIMATE };
  }
  const last = Math.max(...years);
  const nextYear = last + 1;
  if (last > today.year()) {
    return {
      type: 'success',
      nextYear,
      message: `已录入至 ${last} 年（${last}-12-31）`,
      description: `国务院办公厅通常在每年 10–12 月发布下一年的安排，发布后请录入 ${nextYear} 年。${ESTIMATE}`,
    };
  }
  const left = dayjs(`${last}-12-31`).diff(today.startOf('day'), 'day');
  return {
    type: 'warning',
    nextYear,
    message:
      left >= 0
        ? `节假日安排只录入到 ${last} 年，还有 ${left} 天结束：请录入 ${nextYear} 年的安排`
        : `节假日安排只录入到 ${last} 年，已结束：请录入 ${nextYear} 年的安排`,
    description: `录入时请依据国务院办公厅《关于${nextYear}年部分节假日安排的通知》，填写放假与调休日期及通知文号。${ESTIMATE}`,
  };
}
