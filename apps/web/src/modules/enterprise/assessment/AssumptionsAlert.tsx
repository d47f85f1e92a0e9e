import { Alert } from 'antd';

/** What the register assumed when it prefilled the calculators; the user should check these before relying on a result. */
export function AssumptionsAlert({ assumptions, year }: { assumptions: string[]; year: number | null }) {
  if (!assumptions.length) return null;
  return (
    <Alert
      type="info"
      showIcon
      message={year ? `已按名录中 ${year} 年及以前的年度数据预填，以下各项为假设：` : '以下各项为假设：'}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      }
    />
  );
}
