// Matching enterprises' technology needs with commissioners (docs/rules.md §5.1.2), mounted by the commissioner module.
export { commissionerMatchingRoutes } from './matching.routes';
