import { useState } from 'react';
import type { FormInstance } from 'antd';
import { handleMutationError } from '../../../ui/mutation-error';

/** Runs a calculator call and keeps its last result; engine validation errors land under the form's fields. */
export function useCalculation<I, R>(run: (input: I) => Promise<R>, form: FormInstance) {
  const [result, setResult] = useState<R | null>(null);
  const calculate = async (input: I) => {
    try {
      setResult(await run(input));
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };
  return { result, calculate };
}
