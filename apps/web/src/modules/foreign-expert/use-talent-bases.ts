import { useEffect, useState } from 'react';
import type { TTalentBase } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { foreignExpertApi } from './foreign-expert.api';

/** The 引智基地 of the user's region (for selects and the bases page); `reload` after a change. */
export function useTalentBases(): { bases: TTalentBase[]; loading: boolean } {
  const [bases, setBases] = useState<TTalentBase[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let live = true;
    foreignExpertApi.talentBases().then(
      (res) => {
        if (!live) return;
        setBases(res.data);
        setLoading(false);
      },
      (e: unknown) => {
        if (live) setLoading(false);
        showError(e);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return { bases, loading };
}
