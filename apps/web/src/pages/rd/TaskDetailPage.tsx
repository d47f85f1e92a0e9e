import { useParams } from 'react-router-dom';
import { RdTaskDetail } from '../../modules/rd/task/RdTaskDetail';

/** /rd/tasks/:id */
export default function TaskDetailPage() {
  const id = Number(useParams().id);
  return <RdTaskDetail key={id} id={id} />;
}
