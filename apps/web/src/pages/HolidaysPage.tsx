import { PageContainer } from '@ant-design/pro-components';
import { HolidayArrangementTable } from '../modules/holidays/HolidayArrangementTable';

export default function HolidaysPage() {
  return (
    <PageContainer content="公示期等“工作日”按此表计算：每年依据国务院办公厅的节假日安排通知录入放假日期和调休上班日。">
      <HolidayArrangementTable />
    </PageContainer>
  );
}
